package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * A date outside the years a {@link WorkingCalendar} was built for: its working days are unknown, so no deadline can
 * be computed until the calendar of that year is seeded.
 */
public class OutsideCalendarException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient LocalDate date;

	OutsideCalendarException(LocalDate date, int firstYear, int lastYear) {
		super("no working-day calendar for " + date + ": the calendar covers " + firstYear + "–" + lastYear);
		this.date = date;
	}

	/** The date asked for. */
	public LocalDate date() {
		return date;
	}

}
