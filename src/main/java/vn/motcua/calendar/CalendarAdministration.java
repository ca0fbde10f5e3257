package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.UnitView;

/**
 * The administrator's changes to table {@code calendar_day} and to a unit's office hours, each in one transaction
 * with its audit record; a broken rule throws {@link CalendarException} and changes nothing. Every calendar change
 * drops the cached {@link WorkingCalendar} of {@link CalendarDays} when it commits.
 *
 * <p>The calendar serves the whole installation, so only an administrator of a top-level unit (the province) may
 * change it, as for the procedure catalogue; office hours belong to a unit and any administrator whose scope reaches
 * the unit may change them.
 */
@Service
@Transactional
class CalendarAdministration {

	static final String DAY = "CalendarDay";

	static final String YEAR = "CalendarYear";

	static final String UNIT = "OrganisationUnit";

	/** A confirmed day's legal reference: without the default rules' "to be confirmed" note (one parameter). */
	private static final String CONFIRMED_REF = "nullif(replace(legal_ref, ?, ''), '')";

	private final JdbcClient jdbc;

	private final CalendarDays calendar;

	private final OrganisationUnits units;

	private final AuditLog audit;

	CalendarAdministration(JdbcClient jdbc, CalendarDays calendar, OrganisationUnits units, AuditLog audit) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.units = units;
		this.audit = audit;
	}

	/** Whether the user may change the calendar: an administrator of a top-level unit. */
	@Transactional(readOnly = true)
	public boolean canEdit(CurrentUser user) {
		return units.find(user.unitCode()).map(unit -> unit.parentCode() == null).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<CalendarDay> find(LocalDate date) {
		return jdbc.sql("select day, type, name, legal_ref, source, confirmed from calendar_day where day = ?")
			.param(date)
			.query((rs, n) -> CalendarDays.day(rs))
			.optional();
	}

	/** Adds a day of {@code year}; refused on a date the table already has. */
	public CalendarDay add(CurrentUser user, int year, CalendarDayForm form) {
		requireEditor(user);
		if (form.date().getYear() != year) {
			throw new CalendarException("date", "calendar.error.outsideYear", VietnameseText.date(form.date()), year);
		}
		CalendarDay day = form.toDay(checked(form.date(), form.type()));
		Optional<CalendarDay> existing = find(day.date());
		if (existing.isPresent()) {
			throw new CalendarException("date", "calendar.error.duplicate", VietnameseText.date(day.date()),
					existing.get().name());
		}
		int inserted = jdbc.sql("""
				insert into calendar_day (day, type, name, legal_ref, source, confirmed) values (?, ?, ?, ?, ?, ?)
				on conflict (day) do nothing""")
			.params(day.date(), day.type().name(), day.name(), day.legalRef(), day.source().name(), day.confirmed())
			.update();
		if (inserted == 0) { // added by someone else since find
			throw new CalendarException("date", "calendar.error.duplicate", VietnameseText.date(day.date()), "—");
		}
		audit.record("calendar.day.added", DAY, day.date().toString(), describe(day));
		calendar.changed();
		return day;
	}

	/** Changes the type, name and legal reference of a day: it then counts as checked against a decision. */
	public CalendarDay change(CurrentUser user, LocalDate date, CalendarDayForm form) {
		requireEditor(user);
		CalendarDay before = lockedDay(date);
		CalendarDay after = form.toDay(checked(date, form.type()));
		if (before.type() == Type.HOLIDAY && after.type() != Type.HOLIDAY) {
			requireAnotherHoliday(date);
		}
		jdbc.sql("""
				update calendar_day set type = ?, name = ?, legal_ref = ?, source = ?, confirmed = ?, updated_at = now()
				where day = ?""")
			.params(after.type().name(), after.name(), after.legalRef(), after.source().name(), after.confirmed(), date)
			.update();
		audit.record("calendar.day.changed", DAY, date.toString(),
				"trước: %s; sau: %s".formatted(describe(before), describe(after)));
		calendar.changed();
		return after;
	}

	/** Deletes a day: it becomes an ordinary day of the week again. A year keeps at least one holiday. */
	public CalendarDay delete(CurrentUser user, LocalDate date) {
		requireEditor(user);
		CalendarDay day = lockedDay(date);
		if (day.type() == Type.HOLIDAY) {
			requireAnotherHoliday(date);
		}
		jdbc.sql("delete from calendar_day where day = ?").param(date).update();
		audit.record("calendar.day.deleted", DAY, date.toString(), describe(day));
		calendar.changed();
		return day;
	}

	/** Confirms a day as it is (checked against the decision). */
	public CalendarDay confirm(CurrentUser user, LocalDate date) {
		requireEditor(user);
		CalendarDay day = lockedDay(date);
		if (!day.confirmed()) {
			jdbc.sql("update calendar_day set confirmed = true, legal_ref = " + CONFIRMED_REF + ", updated_at = now()"
					+ " where day = ?")
				.params(DefaultHolidayRules.PENDING, date)
				.update();
			audit.record("calendar.day.confirmed", DAY, date.toString(), describe(day));
			calendar.changed();
		}
		return day;
	}

	/**
	 * Confirms every unconfirmed day the default rules proposed for {@code year}.
	 * @return how many days were confirmed
	 */
	public int confirmDefaults(CurrentUser user, int year) {
		requireEditor(user);
		List<LocalDate> days = jdbc.sql("""
				update calendar_day set confirmed = true, legal_ref = %s, updated_at = now()
				where day between ? and ? and source = ? and not confirmed returning day""".formatted(CONFIRMED_REF))
			.params(DefaultHolidayRules.PENDING, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
					Source.DEFAULT_RULE.name())
			.query(LocalDate.class)
			.list();
		if (!days.isEmpty()) {
			audit.record("calendar.year.confirmed", YEAR, Integer.toString(year),
					days.size() + " ngày theo quy tắc mặc định được xác nhận");
			calendar.changed();
		}
		return days.size();
	}

	// --- office hours ---

	/** The unit's own office hours, if it has any (else it works {@link OfficeHours#DEFAULT}). */
	@Transactional(readOnly = true)
	public Optional<OfficeHours> ownOfficeHours(Long unitId) {
		return calendar.ownOfficeHours(unitId);
	}

	public OfficeHours saveOfficeHours(CurrentUser user, String unitCode, OfficeHoursForm form) {
		UnitView unit = units.requireAccessible(user, unitCode);
		if (!form.morningStart().isBefore(form.morningEnd())) {
			throw new CalendarException("morningEnd", "officeHours.error.morning");
		}
		if (form.afternoonStart().isBefore(form.morningEnd())) {
			throw new CalendarException("afternoonStart", "officeHours.error.lunch");
		}
		if (!form.afternoonStart().isBefore(form.afternoonEnd())) {
			throw new CalendarException("afternoonEnd", "officeHours.error.afternoon");
		}
		OfficeHours before = calendar.officeHours(unit.id());
		OfficeHours after = new OfficeHours(form.morningStart(), form.morningEnd(), form.afternoonStart(),
				form.afternoonEnd());
		jdbc.sql("""
				insert into office_hours (unit_id, morning_start, morning_end, afternoon_start, afternoon_end)
				values (?, ?, ?, ?, ?)
				on conflict (unit_id) do update set morning_start = excluded.morning_start,
				    morning_end = excluded.morning_end, afternoon_start = excluded.afternoon_start,
				    afternoon_end = excluded.afternoon_end""")
			.params(unit.id(), after.morningStart(), after.morningEnd(), after.afternoonStart(), after.afternoonEnd())
			.update();
		audit.record("calendar.officeHours.changed", UNIT, unit.code(),
				"giờ làm việc trước: %s; sau: %s".formatted(before.describe(), after.describe()));
		return after;
	}

	/** Back to {@link OfficeHours#DEFAULT}. */
	public void resetOfficeHours(CurrentUser user, String unitCode) {
		UnitView unit = units.requireAccessible(user, unitCode);
		OfficeHours before = calendar.officeHours(unit.id());
		if (jdbc.sql("delete from office_hours where unit_id = ?").param(unit.id()).update() > 0) {
			audit.record("calendar.officeHours.reset", UNIT, unit.code(),
					"giờ làm việc trước: %s; sau: giờ mặc định %s".formatted(before.describe(),
							OfficeHours.DEFAULT.describe()));
		}
	}

	// --- rules ---

	private void requireEditor(CurrentUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("the calendar is edited at the top-level unit");
		}
	}

	/** The row on {@code date}, locked until the transaction ends. */
	private CalendarDay lockedDay(LocalDate date) {
		return jdbc.sql("select day, type, name, legal_ref, source, confirmed from calendar_day where day = ? for update")
			.param(date)
			.query((rs, n) -> CalendarDays.day(rs))
			.optional()
			.orElseThrow(() -> new CalendarException(null, "calendar.error.notFound", VietnameseText.date(date)));
	}

	/**
	 * A make-up day must fall on a weekend (a weekday already is a working day); a compensatory or swapped day off on
	 * a weekend would change nothing. A holiday or an extra day off may fall on a weekend: it explains its nghỉ bù.
	 */
	private static LocalDate checked(LocalDate date, Type type) {
		boolean weekend = CalendarDay.isWeekend(date);
		if (type == Type.MAKEUP_WORKDAY && !weekend) {
			throw new CalendarException("type", "calendar.error.makeUpOnWeekday", VietnameseText.date(date));
		}
		if ((type == Type.COMPENSATORY_OFF || type == Type.SWAPPED_OFF) && weekend) {
			throw new CalendarException("type", "calendar.error.offOnWeekend", VietnameseText.date(date));
		}
		return date;
	}

	/**
	 * Every year keeps a holiday (01/01 always is one): the start-up filling takes a year without any for a year
	 * without a decision and would fill it again from the default rules.
	 */
	private void requireAnotherHoliday(LocalDate date) {
		List<LocalDate> others = jdbc.sql("""
				select day from calendar_day where type = 'HOLIDAY' and day between ? and ? and day <> ? for update""")
			.params(date.withDayOfYear(1), date.withMonth(12).withDayOfMonth(31), date)
			.query(LocalDate.class)
			.list();
		if (others.isEmpty()) {
			throw new CalendarException("type", "calendar.error.lastHoliday", date.getYear());
		}
	}

	private static String describe(CalendarDay day) {
		return "%s %s: %s (%s%s), căn cứ: %s".formatted(day.type(), VietnameseText.date(day.date()), day.name(),
				day.source(), day.confirmed() ? ", đã xác nhận" : ", chờ xác nhận",
				day.legalRef() == null ? "—" : day.legalRef());
	}

}
