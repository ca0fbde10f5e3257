package vn.motcua.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditLog;
import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

/**
 * The working-day calendar of the installation, read from table {@code calendar_day}: the API other modules use to
 * know which days are working days, a unit's office hours and a dossier's appointment (ngày hẹn trả).
 *
 * <p><b>Filling.</b> At start-up (and, should a caller come first, before the first calendar is built) every year of
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} without a {@link Type#HOLIDAY} row gets the days of
 * {@link DefaultHolidayRules#statutory()}, as {@link Source#DEFAULT_RULE} and unconfirmed: the admin page shows them
 * "to be confirmed" until an administrator confirms or changes them. A year counts as filled by its holidays rather
 * than by any row, because a decision may reach into the year before (the 2019 schedule's swapped day 31/12/2018);
 * every year has at least 01/01, and the admin pages never let a year lose its last holiday, so a year an
 * administrator edited is never filled again. The filling takes PostgreSQL's transaction-scoped advisory lock, so two
 * instances starting together do it once; it is idempotent and audited.
 *
 * <p><b>Cache.</b> The {@link WorkingCalendar} is built once and kept in memory. A change made through the admin
 * pages of this instance drops it when its transaction commits, so the next call sees the change at once. With several
 * instances the cache is per instance: each one compares, at most once every {@code motcua.calendar.refresh-interval}
 * (30 s by default), a fingerprint of the table (row count and an MD5 of every row, one SQL statement over a few
 * hundred rows) with the one its calendar was built from, and rebuilds when they differ. A content hash rather than
 * {@code max(updated_at)}: a transaction that started earlier but commits later would not move the maximum. So
 * another instance's change reaches this one within that interval.
 *
 * <p>Office hours are read on each call (one primary-key lookup); a unit without a row works
 * {@link OfficeHours#DEFAULT}.
 */
@Service
public class CalendarDays {

	/** First year of the calendar. */
	public static final int FIRST_YEAR = DefaultHolidayRules.FIRST_YEAR;

	/** Last year of the calendar. */
	public static final int LAST_YEAR = DefaultHolidayRules.LAST_YEAR;

	/** Key of the advisory lock that serialises the filling across instances ("MotCuaCa" in ASCII, then 1). */
	static final long FILL_LOCK = 0x4d6f744375614361L + 1;

	private static final String COLUMNS = "day, type, name, legal_ref, source, confirmed";

	private static final String FINGERPRINT = """
			select count(*) || '/' || coalesce(md5(string_agg(day || ';' || type || ';' || name || ';'
			    || coalesce(legal_ref, '') || ';' || source || ';' || confirmed, '|' order by day)), '')
			from calendar_day""";

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration refreshInterval;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}; {@code null} until first built and after a change. */
	private Snapshot snapshot;

	/** Bumped by every change through this instance, so that a build started before it is not kept. */
	private long generation;

	CalendarDays(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit, Clock clock,
			@Value("${motcua.calendar.refresh-interval:30s}") Duration refreshInterval) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.audit = audit;
		this.clock = clock;
		this.refreshInterval = refreshInterval;
	}

	/**
	 * The working-day calendar for {@value #FIRST_YEAR}–{@value #LAST_YEAR}, as the table holds it (at most
	 * {@code refresh-interval} old for changes made by another instance, see the class Javadoc).
	 */
	public WorkingCalendar workingCalendar() {
		Instant now = clock.instant();
		Snapshot current;
		long startedAt;
		synchronized (lock) {
			current = snapshot;
			startedAt = generation;
		}
		if (current != null) {
			if (now.isBefore(current.checkedAt().plus(refreshInterval))) {
				return current.calendar();
			}
			if (fingerprint().equals(current.fingerprint())) {
				keep(current.checked(now), startedAt);
				return current.calendar();
			}
		}
		Snapshot built = build(now);
		keep(built, startedAt);
		return built.calendar();
	}

	/** Office hours of the unit: its own row of table {@code office_hours}, or {@link OfficeHours#DEFAULT}. */
	public OfficeHours officeHours(Long unitId) {
		return ownOfficeHours(unitId).orElse(OfficeHours.DEFAULT);
	}

	/** The unit's row of table {@code office_hours}, if it has one. */
	Optional<OfficeHours> ownOfficeHours(Long unitId) {
		Objects.requireNonNull(unitId, "unitId");
		return jdbc.sql("""
				select morning_start, morning_end, afternoon_start, afternoon_end from office_hours where unit_id = ?""")
			.param(unitId)
			.query((rs, n) -> new OfficeHours(time(rs, 1), time(rs, 2), time(rs, 3), time(rs, 4)))
			.optional();
	}

	/** A calculator with the current calendar and the unit's office hours, e.g. for a supplement's new appointment. */
	public DeadlineCalculator deadlineCalculator(Long unitId) {
		return new DeadlineCalculator(workingCalendar(), officeHours(unitId));
	}

	/**
	 * Ngày hẹn trả of a dossier received by a unit ({@link DeadlineCalculator#appointment}).
	 * @param receivedAt the valid reception
	 * @param time the processing time of the procedure version in force
	 * @param online whether it was filed online (outside office hours it counts from the next opening)
	 * @param unitId the receiving unit, whose office hours count
	 * @throws OutsideCalendarException if the count leaves {@value #FIRST_YEAR}–{@value #LAST_YEAR}
	 */
	public Appointment appointment(Instant receivedAt, ProcessingTime time, boolean online, Long unitId) {
		return deadlineCalculator(unitId).appointment(receivedAt, time, online);
	}

	/**
	 * Gives every year of {@value #FIRST_YEAR}–{@value #LAST_YEAR} without a holiday the default rules' days, in its
	 * own transaction under the advisory lock; idempotent.
	 * @return the number of years filled
	 */
	int fillMissingYears() {
		Integer filled = newTransaction.execute(status -> {
			jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(FILL_LOCK).query(Integer.class).single();
			Set<Integer> seeded = yearsWithHolidays();
			int years = 0;
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				if (!seeded.contains(year)) {
					int rows = 0;
					for (CalendarDay day : DefaultHolidayRules.statutory().forYear(year)) {
						rows += jdbc.sql("insert into calendar_day (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)"
								+ " on conflict (day) do nothing")
							.params(day.date(), day.type().name(), day.name(), day.legalRef(), day.source().name(),
									day.confirmed())
							.update();
					}
					audit.recordAs("system", null, "calendar.year.filled", "CalendarYear", Integer.toString(year),
							rows + " ngày nghỉ theo quy tắc mặc định, chờ xác nhận");
					years++;
				}
			}
			return years;
		});
		if (filled != null && filled > 0) {
			invalidate(); // committed: its own transaction
		}
		return filled == null ? 0 : filled;
	}

	/** The rows of one year, in date order, straight from the table (the admin page shows the table itself). */
	List<CalendarDay> daysOf(int year) {
		return jdbc.sql("select " + COLUMNS + " from calendar_day where day between ? and ? order by day")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> day(rs))
			.list();
	}

	/**
	 * Drops the cached calendar when the current transaction commits (at once without one): called by every change
	 * to table {@code calendar_day} made through this instance.
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					invalidate();
				}
			});
		}
		else {
			invalidate();
		}
	}

	private void invalidate() {
		synchronized (lock) {
			generation++;
			snapshot = null;
		}
	}

	/** Keeps a snapshot unless a change was made since its build started (then the next call builds again). */
	private void keep(Snapshot built, long startedAt) {
		synchronized (lock) {
			if (generation == startedAt) {
				snapshot = built;
			}
		}
	}

	/**
	 * Reads the table. The fingerprint is taken first: should a change commit between the two statements, the
	 * fingerprint is the older one and the next check rebuilds, never the reverse.
	 */
	private Snapshot build(Instant now) {
		if (yearsWithHolidays().size() < LAST_YEAR - FIRST_YEAR + 1) { // a call before the start-up filling
			fillMissingYears();
		}
		String fingerprint = fingerprint();
		List<CalendarDay> days = jdbc.sql("select " + COLUMNS + " from calendar_day where day between ? and ?")
			.params(LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(LAST_YEAR, 12, 31))
			.query((rs, n) -> day(rs))
			.list();
		return new Snapshot(new WorkingCalendar(days, FIRST_YEAR, LAST_YEAR), fingerprint, now);
	}

	private String fingerprint() {
		return jdbc.sql(FINGERPRINT).query(String.class).single();
	}

	private Set<Integer> yearsWithHolidays() {
		return new TreeSet<>(jdbc.sql("""
				select distinct extract(year from day)::int from calendar_day
				where type = 'HOLIDAY' and day between ? and ?""")
			.params(LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(LAST_YEAR, 12, 31))
			.query(Integer.class)
			.list());
	}

	static CalendarDay day(ResultSet rs) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), Type.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getString("legal_ref"), Source.valueOf(rs.getString("source")),
				rs.getBoolean("confirmed"));
	}

	private static LocalTime time(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalTime.class);
	}

	/** A built calendar, the fingerprint of the table it was built from, and when that was last checked. */
	private record Snapshot(WorkingCalendar calendar, String fingerprint, Instant checkedAt) {

		Snapshot checked(Instant at) {
			return new Snapshot(calendar, fingerprint, at);
		}

	}

}
