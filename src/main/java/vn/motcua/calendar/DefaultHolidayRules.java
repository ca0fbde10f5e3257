package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

/**
 * The statutory days off of a year for which no government decision is known yet (DOMAIN.md §5.1): every row has
 * source {@link Source#DEFAULT_RULE} and {@code confirmed = false}, to be checked against the yearly notice of the
 * Ministry of Home Affairs. The rules below reproduce every holiday and compensatory day of the decisions 2019–2026
 * ({@link AnnouncedSchedules}, DOMAIN.md §5.3); only the swaps (hoán đổi, làm bù) need a decision.
 *
 * <table>
 * <caption>Rules</caption>
 * <tr><th>Day</th><th>Rule</th><th>Basis</th></tr>
 * <tr><td>Tết Dương lịch</td><td>01/01</td><td>BLLĐ 2019 art. 112(1); BLLĐ 2012 art. 115 before 2021</td></tr>
 * <tr><td>Tết Âm lịch, 5 days</td><td>the five working days (Monday–Friday) that start on the day before the
 * lunar New Year's Eve (28 or 29 tháng Chạp), or on the following Monday when that day is a Saturday or Sunday.</td>
 * <td>The law leaves the days to the Prime Minister. This is what every decision of 2019–2026 did: 2019, 2022 and
 * 2026 (eve on a Monday) eve + mùng 1–4; 2020 and 2024 (eve on a Friday) 29 and 30 Tết + mùng 3–5; 2021 29 and 30
 * Tết, mùng 1, 4, 5; 2023 (eve on a Saturday) 29 Tết + mùng 2–5; 2025 28 and 29 Tết + mùng 1–3. The five days are
 * always weekdays, so Tết never needs a compensatory day. "Last day of the year + first four" would have missed five
 * of those eight years.</td></tr>
 * <tr><td>Giỗ Tổ Hùng Vương</td><td>10/3 âm lịch, computed at UTC+7 ({@link VietnameseLunarCalendar})</td><td>BLLĐ
 * 2019 art. 112(1)</td></tr>
 * <tr><td>Ngày Chiến thắng, Quốc tế Lao động</td><td>30/04, 01/05</td><td>BLLĐ 2019 art. 112(1)</td></tr>
 * <tr><td>Quốc khánh</td><td>02/09, plus from 2021 one adjacent day: 03/09 when 02/09 is a Monday, Thursday or
 * Sunday, otherwise 01/09 ({@link #nationalDayAdjacent(int)}). Before 2021 one day only (BLLĐ 2012).</td>
 * <td>BLLĐ 2019 art. 112(1) "02/09 and one day before or after", chosen yearly. The rule picks a weekday, and among
 * two weekdays the one touching the weekend, 01/09 when neither does: it gives exactly the adjacent days of 2021
 * (Thu → 03/09), 2022 (Fri → 01/09), 2023 (Sat → 01/09), 2024 (Mon → 03/09), 2025 (Tue → 01/09) and 2026 (Wed →
 * 01/09).</td></tr>
 * <tr><td>Nghỉ bù</td><td>each holiday on a Saturday or Sunday gives the next weekday that is not already off, in
 * date order (2022: 30/04 Sat and 01/05 Sun → 02/05 and 03/05)</td><td>BLLĐ 2019 art. 111 (unverified
 * number)</td></tr>
 * <tr><td>Ngày Văn hóa Việt Nam</td><td>24/11 from 2026, {@link Type#EXTRA_OFF}, only with
 * {@link #withVietnameseCultureDay()}, compensated like a holiday</td><td>Unverified (DOMAIN.md §5.1): off by
 * default.</td></tr>
 * </table>
 */
public final class DefaultHolidayRules {

	/** First year the rules are checked for. */
	public static final int FIRST_YEAR = 2015;

	/** Last year the rules are checked for. */
	public static final int LAST_YEAR = 2035;

	/** First year of Bộ luật Lao động 2019 (in force 01/01/2021): Quốc khánh becomes two days. */
	public static final int FIRST_YEAR_OF_LABOUR_CODE_2019 = 2021;

	/** First year of Ngày Văn hóa Việt Nam (24/11) as a day off, if enabled. */
	public static final int FIRST_YEAR_OF_CULTURE_DAY = 2026;

	/** Days of the Tết holiday (BLLĐ 2019 art. 112(1), BLLĐ 2012 art. 115). */
	public static final int TET_DAYS = 5;

	/** Note at the end of each proposed day's legal reference; the admin page drops it when the day is confirmed. */
	static final String PENDING = " (quy tắc mặc định, chờ xác nhận)";

	/** Day of September of the adjacent Quốc khánh day, by the weekday of 02/09 (see the class Javadoc). */
	private static final Map<DayOfWeek, Integer> NATIONAL_DAY_ADJACENT = new EnumMap<>(DayOfWeek.class);

	static {
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.MONDAY, 3);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.TUESDAY, 1);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.WEDNESDAY, 1);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.THURSDAY, 3);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.FRIDAY, 1);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.SATURDAY, 1);
		NATIONAL_DAY_ADJACENT.put(DayOfWeek.SUNDAY, 3);
	}

	private static final DefaultHolidayRules STATUTORY = new DefaultHolidayRules(false);

	private final boolean cultureDay;

	private DefaultHolidayRules(boolean cultureDay) {
		this.cultureDay = cultureDay;
	}

	/** The holidays of the Labour Code only. */
	public static DefaultHolidayRules statutory() {
		return STATUTORY;
	}

	/** These rules plus 24/11 Ngày Văn hóa Việt Nam from 2026 (unverified, DOMAIN.md §5.1). */
	public DefaultHolidayRules withVietnameseCultureDay() {
		return new DefaultHolidayRules(true);
	}

	/** The proposed days off of {@code year}, in date order. */
	public List<CalendarDay> forYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException(
					"default holiday rules are checked for " + FIRST_YEAR + "–" + LAST_YEAR + " only, not " + year);
		}
		boolean code2019 = year >= FIRST_YEAR_OF_LABOUR_CODE_2019;
		String holidayRef = (code2019 ? "BLLĐ 2019 Điều 112" : "BLLĐ 2012 Điều 115") + PENDING;
		String compensationRef = (code2019 ? "BLLĐ 2019 Điều 111" : "BLLĐ 2012 Điều 115") + ", nghỉ bù" + PENDING;

		List<CalendarDay> holidays = new ArrayList<>();
		holidays.add(holiday(LocalDate.of(year, 1, 1), HolidayNames.NEW_YEAR, holidayRef));
		for (LocalDate day : tetDays(year)) {
			holidays.add(holiday(day, HolidayNames.TET, holidayRef));
		}
		holidays.add(holiday(VietnameseLunarCalendar.hungKingsDay(year), HolidayNames.HUNG_KINGS, holidayRef));
		holidays.add(holiday(LocalDate.of(year, 4, 30), HolidayNames.VICTORY, holidayRef));
		holidays.add(holiday(LocalDate.of(year, 5, 1), HolidayNames.LABOUR, holidayRef));
		holidays.add(holiday(LocalDate.of(year, 9, 2), HolidayNames.NATIONAL_DAY, holidayRef));
		if (code2019) {
			holidays.add(holiday(nationalDayAdjacent(year), HolidayNames.NATIONAL_DAY_ADJACENT, holidayRef));
		}
		if (cultureDay && year >= FIRST_YEAR_OF_CULTURE_DAY) {
			holidays.add(new CalendarDay(LocalDate.of(year, 11, 24), Type.EXTRA_OFF, HolidayNames.CULTURE_DAY,
					AnnouncedSchedules.CULTURE_DAY_REF, Source.DEFAULT_RULE, false));
		}
		holidays.sort(Comparator.comparing(CalendarDay::date));

		Set<LocalDate> off = new HashSet<>();
		for (CalendarDay day : holidays) {
			if (!off.add(day.date())) {
				throw new IllegalStateException("two holidays on " + day.date() + ": rules need a decision");
			}
		}
		List<CalendarDay> days = new ArrayList<>(holidays);
		for (CalendarDay day : holidays) {
			if (CalendarDay.isWeekend(day.date())) {
				LocalDate compensation = day.date().plusDays(1);
				while (CalendarDay.isWeekend(compensation) || off.contains(compensation)) {
					compensation = compensation.plusDays(1);
				}
				off.add(compensation);
				days.add(new CalendarDay(compensation, Type.COMPENSATORY_OFF,
						HolidayNames.compensatory(day.name(), day.date()), compensationRef, Source.DEFAULT_RULE, false));
			}
		}
		days.sort(Comparator.comparing(CalendarDay::date));
		return List.copyOf(days);
	}

	/** {@link #forYear(int)} for each year from {@code firstYear} to {@code lastYear}, in date order. */
	public List<CalendarDay> forYears(int firstYear, int lastYear) {
		List<CalendarDay> days = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			days.addAll(forYear(year));
		}
		return List.copyOf(days);
	}

	/**
	 * The five Tết holidays of the lunar year beginning in {@code year}: five weekdays from the day before the lunar
	 * New Year's Eve, or from the following Monday if that day is a weekend (class Javadoc).
	 */
	public static List<LocalDate> tetDays(int year) {
		LocalDate day = VietnameseLunarCalendar.lunarNewYearsEve(year).minusDays(1);
		List<LocalDate> days = new ArrayList<>(TET_DAYS);
		while (days.size() < TET_DAYS) {
			if (!CalendarDay.isWeekend(day)) {
				days.add(day);
			}
			day = day.plusDays(1);
		}
		return List.copyOf(days);
	}

	/** The Quốc khánh day adjacent to 02/09 (BLLĐ 2019): 03/09 if 02/09 is a Monday, Thursday or Sunday, else 01/09. */
	public static LocalDate nationalDayAdjacent(int year) {
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		return nationalDay.withDayOfMonth(NATIONAL_DAY_ADJACENT.get(nationalDay.getDayOfWeek()));
	}

	private static CalendarDay holiday(LocalDate date, String name, String legalRef) {
		return new CalendarDay(date, Type.HOLIDAY, name, legalRef, Source.DEFAULT_RULE, false);
	}

}
