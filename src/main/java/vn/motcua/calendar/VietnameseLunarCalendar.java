package vn.motcua.calendar;

import java.time.LocalDate;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunar calendar (âm lịch), for the two lunar holidays: Tết (mùng 1 tháng Giêng) and Giỗ Tổ Hùng
 * Vương (10/3 âm lịch). It only seeds the working-day calendar; deadlines read the table (DOMAIN.md §8.1).
 *
 * <p>Vietnam's calendar is China's lunisolar calendar with new moons and solar terms taken at UTC+7 instead of UTC+8
 * (Hồ Ngọc Đức's method, DOMAIN.md §5.2). The two usually agree but not always: Tết 1985 was 21/01 in Vietnam and
 * 20/02 in China, Tết 2030 falls on 02/02 in Vietnam. So this class runs ICU4J's {@link ChineseCalendar} through its
 * protected constructor with a UTC+7 astronomical zone, the way ICU's own {@code DangiCalendar} runs it at Korea's zone.
 * No astronomy is written here.
 *
 * <p>ICU marks that constructor and {@link Calendar#setRelatedYear(int)} as internal ("deprecated"); both are the only
 * way to get this calendar. In ICU 79 {@code EXTENDED_YEAR} is not the Gregorian year + 2637, hence
 * {@code setRelatedYear}. The results are checked against the table of DOMAIN.md §5.2 and DEPENDENCIES.md in
 * {@code VietnameseLunarCalendarTests}; near midnight ICU's astronomy is approximate, so check any new year range too.
 *
 * <p>A year here is the Gregorian year in which the lunar year begins: {@code tet(2026)} is 17/02/2026, the first
 * day of year Bính Ngọ.
 */
public final class VietnameseLunarCalendar {

	/** First Gregorian year accepted. */
	public static final int MIN_YEAR = 1900;

	/** Last Gregorian year accepted. */
	public static final int MAX_YEAR = 2100;

	/** UTC+7 without daylight saving: Vietnam's zone for the astronomy of the lunar calendar. */
	private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

	/** Julian day number of 1970-01-01, to turn ICU's {@code JULIAN_DAY} into a {@link LocalDate}. */
	private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

	private VietnameseLunarCalendar() {
	}

	/** Mùng 1 tháng Giêng: the first day of the lunar year that begins in Gregorian {@code year}. */
	public static LocalDate tet(int year) {
		return toGregorian(year, 1, 1);
	}

	/** Giỗ Tổ Hùng Vương: 10th day of the 3rd (regular, not leap) lunar month of the lunar year beginning in {@code year}. */
	public static LocalDate hungKingsDay(int year) {
		return toGregorian(year, 3, 10);
	}

	/** Last day of the lunar year that ends in Gregorian {@code year} (29 or 30 tháng Chạp): the eve of {@link #tet(int)}. */
	public static LocalDate lunarNewYearsEve(int year) {
		return tet(year).minusDays(1);
	}

	/**
	 * Days (29 or 30) of tháng Chạp, the last lunar month before {@link #tet(int) Tết} of {@code year}: 30 means that
	 * "30 Tết" exists. If that year ends with a leap twelfth month, this is the length of the leap month.
	 */
	public static int daysInTwelfthMonth(int year) {
		ChineseCalendar calendar = newCalendar();
		calendar.set(Calendar.JULIAN_DAY, julianDay(lunarNewYearsEve(year)));
		// the eve is the last day of its month, so its day of month is the month's length
		return calendar.get(Calendar.DAY_OF_MONTH);
	}

	/**
	 * The Gregorian date of a day of a regular (not leap) lunar month.
	 * @param year Gregorian year in which the lunar year begins
	 * @param lunarMonth 1 (tháng Giêng) to 12 (tháng Chạp)
	 * @param lunarDay 1 to 30
	 * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR}–{@value #MAX_YEAR} or the day does not
	 * exist (day 30 of a 29-day month)
	 */
	@SuppressWarnings("deprecation") // setRelatedYear is ICU-internal API, the only correct way (class Javadoc)
	public static LocalDate toGregorian(int year, int lunarMonth, int lunarDay) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("year " + year + " outside " + MIN_YEAR + "–" + MAX_YEAR);
		}
		if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
			throw new IllegalArgumentException("no lunar day " + lunarDay + "/" + lunarMonth);
		}
		ChineseCalendar calendar = newCalendar();
		calendar.clear();
		calendar.setRelatedYear(year);
		calendar.set(Calendar.MONTH, lunarMonth - 1);
		calendar.set(Calendar.IS_LEAP_MONTH, 0);
		calendar.set(Calendar.DAY_OF_MONTH, 1);
		LocalDate first = LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
		if (lunarDay > calendar.getActualMaximum(Calendar.DAY_OF_MONTH)) {
			throw new IllegalArgumentException("lunar month " + lunarMonth + " of " + year + " has only "
					+ calendar.getActualMaximum(Calendar.DAY_OF_MONTH) + " days");
		}
		return first.plusDays(lunarDay - 1L);
	}

	private static int julianDay(LocalDate date) {
		return Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH);
	}

	/** A fresh calendar for each call: ICU calendars are mutable and not thread-safe. */
	private static ChineseCalendar newCalendar() {
		return new UtcPlus7ChineseCalendar();
	}

	/** {@link ChineseCalendar} whose new moons and solar terms are computed at UTC+7. */
	private static final class UtcPlus7ChineseCalendar extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		@SuppressWarnings("deprecation") // the protected constructor DangiCalendar uses (class Javadoc)
		UtcPlus7ChineseCalendar() {
			super(UTC_PLUS_7, ULocale.ROOT, UTC_PLUS_7);
		}

	}

}
