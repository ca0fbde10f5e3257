package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the working-day calendar (table {@code calendar_day}, DOMAIN.md §5.1): a date whose status differs from
 * the ordinary week, where Monday–Friday are working days and Saturday–Sunday are not.
 *
 * <p>Off days ({@link Type#isDayOff()}) may fall on a weekend: a statutory holiday on a Saturday is kept because it
 * explains the compensatory day that follows it. A {@link Type#MAKEUP_WORKDAY} must fall on a weekend.
 *
 * @param date the day
 * @param type what kind of day it is
 * @param name Vietnamese name shown to users and in the deadline explanation
 * @param legalRef the document that decides it (notice, official letter, article of law), or {@code null}
 * @param source whether a government decision sets it or the default rule of {@link DefaultHolidayRules} proposes it
 * @param confirmed whether an administrator (or the shipped data) has checked it against the decision
 */
public record CalendarDay(LocalDate date, Type type, String name, String legalRef, Source source, boolean confirmed) {

	/** Longest {@link #name()} the table holds. */
	public static final int NAME_LENGTH = 200;

	/** Longest {@link #legalRef()} the table holds. */
	public static final int LEGAL_REF_LENGTH = 300;

	/** The kind of calendar day (column {@code type}). */
	public enum Type {

		/** Ngày nghỉ lễ, tết: a holiday of BLLĐ 2019 art. 112 (BLLĐ 2012 art. 115 before 2021). */
		HOLIDAY,

		/** Nghỉ bù: a holiday fell on the weekly rest day, so the next working day is off (BLLĐ 2019 art. 111). */
		COMPENSATORY_OFF,

		/** Nghỉ hoán đổi: a weekday off, swapped against a {@link #MAKEUP_WORKDAY} Saturday. */
		SWAPPED_OFF,

		/** Another day off decided by the State (e.g. 24/11 Ngày Văn hóa Việt Nam, DOMAIN.md §5.1). */
		EXTRA_OFF,

		/** Làm bù: a Saturday (or Sunday) that is a working day because of a swap. */
		MAKEUP_WORKDAY;

		/** Whether the day is a day off (every type except {@link #MAKEUP_WORKDAY}). */
		public boolean isDayOff() {
			return this != MAKEUP_WORKDAY;
		}

	}

	/** Where a calendar day comes from (column {@code source}). */
	public enum Source {

		/** Announced by the Government, the Ministry of Home Affairs (earlier MOLISA) or the law itself. */
		DECISION,

		/** Proposed by {@link DefaultHolidayRules} for a year without a decision: to be confirmed. */
		DEFAULT_RULE

	}

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		if (name.isBlank() || name.length() > NAME_LENGTH) {
			throw new IllegalArgumentException("name of " + date + " must have 1 to " + NAME_LENGTH + " characters");
		}
		if (legalRef != null && (legalRef.isBlank() || legalRef.length() > LEGAL_REF_LENGTH)) {
			throw new IllegalArgumentException(
					"legal reference of " + date + " must be absent or have 1 to " + LEGAL_REF_LENGTH + " characters");
		}
		if (type == Type.MAKEUP_WORKDAY && !isWeekend(date)) {
			throw new IllegalArgumentException("make-up working day " + date + " is a " + date.getDayOfWeek()
					+ ": only a weekend day can be made a working day");
		}
	}

	/** Whether the day is a day off ({@link Type#isDayOff()}). */
	public boolean isDayOff() {
		return type.isDayOff();
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
