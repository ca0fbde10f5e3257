package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The calendar the tests compute with: the shipped decisions 2019–2026 (24/11/2026 included) and the default rules for
 * 2015–2018 and 2027–2035, default office hours.
 */
final class ShippedCalendar {

	static final WorkingCalendar CALENDAR = new WorkingCalendar(
			AnnouncedSchedules.withDefaults(2015, 2035, DefaultHolidayRules.statutory()), 2015, 2035);

	static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(CALENDAR, OfficeHours.DEFAULT);

	private ShippedCalendar() {
	}

	static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	/** An instant given as Vietnamese wall-clock time. */
	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(DeadlineCalculator.ZONE).toInstant();
	}

	/** A Vietnamese wall-clock time, to compare with {@link Appointment#dueAt()}. */
	static ZonedDateTime local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(DeadlineCalculator.ZONE);
	}

}
