package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are working days (ngày làm việc), for a range of whole years (DOMAIN.md §5.3): Monday to Friday, minus
 * the off days of the calendar (holidays, compensatory, swapped and extra days off), plus its make-up Saturdays.
 * Nothing else: the calendar table is the only source, a Saturday-morning desk opening does not make a working day.
 *
 * <p>Immutable and thread-safe. Every method refuses a date outside its years with
 * {@link OutsideCalendarException}, rather than silently treating an unseeded year as having no holidays.
 */
public final class WorkingCalendar {

	private final Map<LocalDate, CalendarDay> days;

	private final int firstYear;

	private final int lastYear;

	/**
	 * @param days the calendar days; days outside {@code firstYear}–{@code lastYear} are ignored
	 * @param firstYear first year covered
	 * @param lastYear last year covered
	 * @throws IllegalArgumentException if two days share a date or the years are reversed
	 */
	public WorkingCalendar(Collection<CalendarDay> days, int firstYear, int lastYear) {
		if (firstYear > lastYear) {
			throw new IllegalArgumentException("first year " + firstYear + " after last year " + lastYear);
		}
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
		for (CalendarDay day : days) {
			int year = day.date().getYear();
			if (year >= firstYear && year <= lastYear) {
				CalendarDay previous = byDate.putIfAbsent(day.date(), day);
				if (previous != null) {
					throw new IllegalArgumentException(
							"two calendar days on " + day.date() + ": " + previous.name() + " and " + day.name());
				}
			}
		}
		this.days = Collections.unmodifiableMap(byDate);
	}

	/** First year covered. */
	public int firstYear() {
		return firstYear;
	}

	/** Last year covered. */
	public int lastYear() {
		return lastYear;
	}

	/** Whether {@code date} lies in the years covered. */
	public boolean covers(LocalDate date) {
		return date.getYear() >= firstYear && date.getYear() <= lastYear;
	}

	/** Whether {@code date} is a working day. */
	public boolean isWorkingDay(LocalDate date) {
		check(date);
		CalendarDay day = days.get(date);
		if (day != null) {
			return !day.isDayOff();
		}
		return !CalendarDay.isWeekend(date);
	}

	/** The first working day strictly after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** {@code date} if it is a working day, else the first working day after it. */
	public LocalDate workingDayOnOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : nextWorkingDay(date);
	}

	/**
	 * The {@code n}-th working day after {@code date}, which itself is not counted (BLDS 2015 art. 147, DOMAIN.md
	 * §5.2): from Friday 28/08/2026, 3 working days end on Friday 04/09/2026. {@code n = 0} gives {@code date}.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative number of working days: " + n);
		}
		check(date);
		LocalDate day = date;
		for (int i = 0; i < n; i++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	/** Working days in the interval ({@code after}, {@code upTo}]: 0 if {@code upTo} is not after {@code after}. */
	public int workingDaysBetween(LocalDate after, LocalDate upTo) {
		int count = 0;
		for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Why {@code date} is not a working day: the name of its calendar day ("Tết Âm lịch", "Nghỉ bù Giỗ Tổ Hùng Vương
	 * (Chủ nhật 26/04/2026)"…) or "Thứ Bảy" / "Chủ nhật"; empty for a working day.
	 */
	public Optional<String> reason(LocalDate date) {
		if (isWorkingDay(date)) {
			return Optional.empty();
		}
		CalendarDay day = days.get(date);
		if (day != null) {
			return Optional.of(day.name());
		}
		return Optional.of(VietnameseText.weekday(date.getDayOfWeek()));
	}

	/** The calendar day on {@code date}, if the calendar has one. */
	public Optional<CalendarDay> entry(LocalDate date) {
		check(date);
		return Optional.ofNullable(days.get(date));
	}

	private void check(LocalDate date) {
		if (!covers(date)) {
			throw new OutsideCalendarException(date, firstYear, lastYear);
		}
	}

}
