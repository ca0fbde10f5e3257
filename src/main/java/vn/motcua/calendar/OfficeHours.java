package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Giờ làm việc of a unit: a morning and an afternoon window (table {@code office_hours}, one optional row per unit;
 * DOMAIN.md §5.5 "count office hours only, per unit"). A window includes its start and excludes its end: an online
 * dossier filed at 17:00 sharp arrives after closing.
 *
 * @param morningStart opening time
 * @param morningEnd start of the lunch break
 * @param afternoonStart end of the lunch break
 * @param afternoonEnd closing time: a deadline in days ends then
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	/**
	 * 07:30–11:30 and 13:00–17:00: eight hours a day, forty a week (DOMAIN.md §5.3), so that half a day is the four
	 * hours of one window (§5.5). A unit with other hours (DOMAIN.md's example 13:30–17:00) has its own row.
	 */
	public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 0), LocalTime.of(17, 0));

	public OfficeHours {
		Objects.requireNonNull(morningStart, "morningStart");
		Objects.requireNonNull(morningEnd, "morningEnd");
		Objects.requireNonNull(afternoonStart, "afternoonStart");
		Objects.requireNonNull(afternoonEnd, "afternoonEnd");
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("office hours " + morningStart + "–" + morningEnd + ", " + afternoonStart
					+ "–" + afternoonEnd + " are not in order");
		}
	}

	/** Opening time of a working day. */
	public LocalTime opening() {
		return morningStart;
	}

	/** Closing time of a working day: the end of a deadline counted in days. */
	public LocalTime closing() {
		return afternoonEnd;
	}

	/** Office time of one working day. */
	public Duration perDay() {
		return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
	}

	/** Whether the office is open at {@code time} of a working day. */
	public boolean isOpenAt(LocalTime time) {
		return windows().stream().anyMatch(window -> window.contains(time));
	}

	/** {@code time} if the office is open then, else the next opening on the same day; empty from closing time on. */
	public Optional<LocalTime> openAtOrAfter(LocalTime time) {
		for (Window window : windows()) {
			if (time.isBefore(window.end())) {
				return Optional.of(time.isBefore(window.start()) ? window.start() : time);
			}
		}
		return Optional.empty();
	}

	/** Office time between two times of the same working day (zero if {@code to} is not after {@code from}). */
	public Duration officeTimeBetween(LocalTime from, LocalTime to) {
		Duration total = Duration.ZERO;
		for (Window window : windows()) {
			LocalTime start = from.isAfter(window.start()) ? from : window.start();
			LocalTime end = to.isBefore(window.end()) ? to : window.end();
			if (start.isBefore(end)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total;
	}

	/** "07:30–11:30, 13:00–17:00". */
	public String describe() {
		return VietnameseText.time(morningStart) + "–" + VietnameseText.time(morningEnd) + ", "
				+ VietnameseText.time(afternoonStart) + "–" + VietnameseText.time(afternoonEnd);
	}

	/** The two windows, morning first. */
	List<Window> windows() {
		return List.of(new Window(morningStart, morningEnd), new Window(afternoonStart, afternoonEnd));
	}

	/** [start, end) of one window. */
	record Window(LocalTime start, LocalTime end) {

		boolean contains(LocalTime time) {
			return !time.isBefore(start) && time.isBefore(end);
		}

	}

}
