package vn.motcua.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.motcua.IntegrationTest;
import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.at;
import static vn.motcua.calendar.ShippedCalendar.date;
import static vn.motcua.calendar.ShippedCalendar.local;

/**
 * {@link CalendarDays} against the shared database. Other tests read the calendar too: these change only 2034 (and
 * empty 2035 to see it filled again, exactly as before).
 */
@IntegrationTest
class CalendarDaysTests {

	@Autowired
	CalendarDays calendarDays;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	OrganisationFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AuditLog audit;

	private CurrentUser provinceAdmin() {
		return fixtures.principal(fixtures.user(fixtures.unit(vn.motcua.organisation.UnitKind.PROVINCE, null), Role.ADMIN));
	}

	private long rowsOf(int year) {
		return jdbc.queryForObject("select count(*) from calendar_day where extract(year from day) = ?", Long.class,
				year);
	}

	@Test
	void theCalendarFromTheDatabaseKnowsTetAndMakeUpDays() {
		WorkingCalendar calendar = calendarDays.workingCalendar();
		assertThat(calendar.firstYear()).isEqualTo(2015);
		assertThat(calendar.lastYear()).isEqualTo(2035);
		assertThat(calendar.isWorkingDay(date(2026, 2, 16))).isFalse();
		assertThat(calendar.reason(date(2026, 2, 16))).contains("Tết Âm lịch");
		assertThat(calendar.isWorkingDay(date(2026, 1, 10))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(date(2026, 1, 2))).as("swapped Friday").isFalse();
		assertThat(calendar.isWorkingDay(date(2026, 4, 27))).as("nghỉ bù Giỗ Tổ").isFalse();
	}

	@Test
	void everyYearOtherTestsReadIsTheShippedCalendar() {
		WorkingCalendar calendar = calendarDays.workingCalendar();
		for (LocalDate day = date(2015, 1, 1); day.getYear() <= 2031; day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString())
				.isEqualTo(ShippedCalendar.CALENDAR.isWorkingDay(day));
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from calendar_day where day between '2027-01-01' and '2031-12-31'
				and (source <> 'DEFAULT_RULE' or confirmed)""", Long.class)).as("2027–2031 are proposals").isZero();
	}

	@Test
	void aDayAddedThroughThePagesChangesTheCalendarAtOnce() {
		CurrentUser admin = provinceAdmin();
		LocalDate wednesday = date(2034, 6, 14);
		assertThat(wednesday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
		assertThat(calendarDays.workingCalendar().isWorkingDay(wednesday)).isTrue();

		administration.add(admin, 2034, new CalendarDayForm(wednesday, Type.EXTRA_OFF, "Nghỉ thêm (thử)", "QĐ thử"));
		assertThat(calendarDays.workingCalendar().isWorkingDay(wednesday)).isFalse();
		assertThat(calendarDays.workingCalendar().reason(wednesday)).contains("Nghỉ thêm (thử)");

		administration.change(admin, wednesday, new CalendarDayForm(wednesday, Type.EXTRA_OFF, "Nghỉ thêm (đã sửa)", ""));
		assertThat(calendarDays.workingCalendar().reason(wednesday)).contains("Nghỉ thêm (đã sửa)");

		administration.delete(admin, wednesday);
		assertThat(calendarDays.workingCalendar().isWorkingDay(wednesday)).isTrue();
		assertThat(audit.history(CalendarAdministration.DAY, wednesday.toString())).extracting("action")
			.containsExactly("calendar.day.deleted", "calendar.day.changed", "calendar.day.added");
	}

	@Test
	void anotherInstancesChangeIsSeenAfterTheRefreshInterval() {
		MutableClock clock = new MutableClock(Instant.parse("2034-01-02T01:00:00Z"));
		CalendarDays other = new CalendarDays(jdbcClient, transactions, audit, clock, Duration.ofSeconds(30));
		LocalDate thursday = date(2034, 7, 13);
		assertThat(other.workingCalendar().isWorkingDay(thursday)).isTrue();
		jdbc.update("insert into calendar_day (day, type, name, source, confirmed) values (?, 'EXTRA_OFF', ?, 'DECISION', true)",
				thursday, "Nghỉ thêm do phiên bản khác thêm");
		try {
			clock.advance(Duration.ofSeconds(29));
			assertThat(other.workingCalendar().isWorkingDay(thursday)).as("within the interval: cached").isTrue();
			clock.advance(Duration.ofSeconds(2));
			assertThat(other.workingCalendar().isWorkingDay(thursday)).as("after the interval").isFalse();
		}
		finally {
			jdbc.update("delete from calendar_day where day = ?", thursday);
		}
		clock.advance(Duration.ofSeconds(31));
		assertThat(other.workingCalendar().isWorkingDay(thursday)).isTrue();
	}

	@Test
	void aYearWithoutHolidaysIsFilledByTheDefaultRulesOnceAndToBeConfirmed() {
		List<CalendarDay> expected = DefaultHolidayRules.statutory().forYear(2035);
		assertThat(calendarDays.daysOf(2035)).as("filled at start-up").isEqualTo(expected);
		assertThat(calendarDays.fillMissingYears()).as("idempotent").isZero();
		assertThat(rowsOf(2035)).isEqualTo(expected.size());

		jdbc.update("delete from calendar_day where day between '2035-01-01' and '2035-12-31'");
		CalendarDays other = new CalendarDays(jdbcClient, transactions, audit, Clock.systemUTC(), Duration.ofSeconds(30));
		assertThat(other.workingCalendar().isWorkingDay(date(2035, 1, 1))).as("filled before building").isFalse();
		assertThat(calendarDays.daysOf(2035)).isEqualTo(expected);
		assertThat(expected).allMatch(day -> day.source() == Source.DEFAULT_RULE && !day.confirmed());
		assertThat(calendarDays.fillMissingYears()).isZero();
		assertThat(audit.history(CalendarAdministration.YEAR, "2035")).extracting("action")
			.contains("calendar.year.filled");
	}

	@Test
	void appointmentsUseTheCalendarAndTheUnitsOfficeHours() {
		UnitView unit = fixtures.unit(vn.motcua.organisation.UnitKind.COMMUNE, null);
		Instant friday = at(2026, 2, 13, 16, 0);
		Appointment appointment = calendarDays.appointment(friday, ProcessingTime.workingDays(3), false, unit.id());
		assertThat(appointment).isEqualTo(ShippedCalendar.CALCULATOR.appointment(friday, ProcessingTime.workingDays(3),
				false));
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 2, 25, 17, 0));
		assertThat(calendarDays.officeHours(unit.id())).isEqualTo(OfficeHours.DEFAULT);

		jdbc.update("""
				insert into office_hours (unit_id, morning_start, morning_end, afternoon_start, afternoon_end)
				values (?, '07:00', '11:00', '13:30', '16:30')""", unit.id());
		OfficeHours own = new OfficeHours(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 30),
				LocalTime.of(16, 30));
		assertThat(calendarDays.officeHours(unit.id())).isEqualTo(own);
		assertThat(calendarDays.appointment(friday, ProcessingTime.workingDays(3), false, unit.id()).dueAt())
			.isEqualTo(local(2026, 2, 25, 16, 30));
	}

	/** A clock the test moves. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return DeadlineCalculator.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
