package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

/**
 * The days off and make-up Saturdays announced for civil servants (Monday–Friday week) for 2019–2026, exactly as
 * DOMAIN.md §5.3 lists them; {@code legalRef} is the table's source column. Migration
 * {@code V4__calendar.sql} inserts the same rows ({@code CalendarMigrationTests} keeps them equal).
 *
 * <p>Only days that change the ordinary week are rows: the weekdays of a break and the weekend holidays whose
 * compensatory day they explain. A notice's break "Tết 14/02–22/02" therefore gives the five weekdays 16/02–20/02
 * as {@link Type#HOLIDAY}; its Saturdays and Sundays are ordinary weekend days. Every break's weekdays were checked
 * to be five for Tết.
 *
 * <p>The decisions are {@link Source#DECISION} and confirmed, except 24/11/2026 Ngày Văn hóa Việt Nam
 * ({@link Type#EXTRA_OFF}, unverified: DOMAIN.md §5.1), shipped unconfirmed for an administrator to keep or delete.
 * A schedule year may reach into the previous one (31/12/2018 belongs to the 2019 schedule).
 */
public final class AnnouncedSchedules {

	/** Legal basis of 24/11 Ngày Văn hóa Việt Nam, as far as it is known (DOMAIN.md §5.1). */
	static final String CULTURE_DAY_REF = "NQ 80-NQ/TW 07/01/2026; NQ 30/NQ-CP (02/2026); "
			+ "NQ 28/2026/QH16 (hiệu lực 01/07/2026) chỉ thấy qua nguồn thứ cấp: chưa xác minh (DOMAIN.md §5.1)";

	private static final Map<Integer, List<CalendarDay>> BY_YEAR = new TreeMap<>();

	static {
		// 2019 | 29/12/18–01/01 (31/12 sw); Tết 02/02–10/02; 15/04 comp Giỗ Tổ (unverified); 27/04–01/05 (29/04 sw);
		// QK 02/09 | make-up 05/01, 04/05
		new Schedule(2019, "CV 6519/VPCP-KGVX 11/07/2018; TB 3238/TB-LĐTBXH (2018, date unverified)")
			.swap(date(2018, 12, 31), date(2019, 1, 5))
			.holiday(date(2019, 1, 1), HolidayNames.NEW_YEAR)
			.tet(date(2019, 2, 2), date(2019, 2, 10))
			.holiday(date(2019, 4, 14), HolidayNames.HUNG_KINGS)
			.compensatory(date(2019, 4, 15), HolidayNames.HUNG_KINGS, date(2019, 4, 14),
					"CV 6519/VPCP-KGVX 11/07/2018; TB 3238/TB-LĐTBXH (2018, date unverified); nghỉ bù 15/04: unverified")
			.swap(date(2019, 4, 29), date(2019, 5, 4))
			.holiday(date(2019, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2019, 5, 1), HolidayNames.LABOUR)
			.holiday(date(2019, 9, 2), HolidayNames.NATIONAL_DAY)
			.register();
		// 2020 | 01/01; Tết 23/01–29/01; Giỗ Tổ 02/04; 30/04–03/05; QK 02/09 | none
		new Schedule(2020, "TB 4544/TB-LĐTBXH 25/10/2019")
			.holiday(date(2020, 1, 1), HolidayNames.NEW_YEAR)
			.tet(date(2020, 1, 23), date(2020, 1, 29))
			.holiday(date(2020, 4, 2), HolidayNames.HUNG_KINGS)
			.holiday(date(2020, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2020, 5, 1), HolidayNames.LABOUR)
			.holiday(date(2020, 9, 2), HolidayNames.NATIONAL_DAY)
			.register();
		// 2021 | 01/01; Tết 10/02–16/02; Giỗ Tổ 21/04; 30/04–03/05 (03/05 comp); QK 02/09–05/09 (+03/09) | none
		new Schedule(2021, "CV 9895/VPCP-KGVX 26/11/2020")
			.holiday(date(2021, 1, 1), HolidayNames.NEW_YEAR)
			.tet(date(2021, 2, 10), date(2021, 2, 16))
			.holiday(date(2021, 4, 21), HolidayNames.HUNG_KINGS)
			.holiday(date(2021, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2021, 5, 1), HolidayNames.LABOUR)
			.compensatory(date(2021, 5, 3), HolidayNames.LABOUR, date(2021, 5, 1))
			.holiday(date(2021, 9, 2), HolidayNames.NATIONAL_DAY)
			.holiday(date(2021, 9, 3), HolidayNames.NATIONAL_DAY_ADJACENT)
			.register();
		// 2022 | 01/01–03/01 (comp); Tết 29/01–06/02; 11/04 comp Giỗ Tổ; 30/04–03/05 (02–03/05 comp);
		// QK 01/09–04/09 (+01/09) | none
		new Schedule(2022, "CV 245/VPCP-KGVX 11/01/2022")
			.holiday(date(2022, 1, 1), HolidayNames.NEW_YEAR)
			.compensatory(date(2022, 1, 3), HolidayNames.NEW_YEAR, date(2022, 1, 1))
			.tet(date(2022, 1, 29), date(2022, 2, 6))
			.holiday(date(2022, 4, 10), HolidayNames.HUNG_KINGS)
			.compensatory(date(2022, 4, 11), HolidayNames.HUNG_KINGS, date(2022, 4, 10))
			.holiday(date(2022, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2022, 5, 1), HolidayNames.LABOUR)
			.compensatory(date(2022, 5, 2), HolidayNames.VICTORY, date(2022, 4, 30))
			.compensatory(date(2022, 5, 3), HolidayNames.LABOUR, date(2022, 5, 1))
			.holiday(date(2022, 9, 1), HolidayNames.NATIONAL_DAY_ADJACENT)
			.holiday(date(2022, 9, 2), HolidayNames.NATIONAL_DAY)
			.register();
		// 2023 | 31/12/22–02/01 (comp); Tết 20/01–26/01; Giỗ Tổ Sat 29/04 → 29/04–03/05 (02–03/05 comp);
		// QK 01/09–04/09 (+01/09, 04/09 comp) | none
		new Schedule(2023, "CV 8056/VPCP-KGVX 01/12/2022")
			.holiday(date(2023, 1, 1), HolidayNames.NEW_YEAR)
			.compensatory(date(2023, 1, 2), HolidayNames.NEW_YEAR, date(2023, 1, 1))
			.tet(date(2023, 1, 20), date(2023, 1, 26))
			.holiday(date(2023, 4, 29), HolidayNames.HUNG_KINGS)
			.holiday(date(2023, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2023, 5, 1), HolidayNames.LABOUR)
			.compensatory(date(2023, 5, 2), HolidayNames.HUNG_KINGS, date(2023, 4, 29))
			.compensatory(date(2023, 5, 3), HolidayNames.VICTORY, date(2023, 4, 30))
			.holiday(date(2023, 9, 1), HolidayNames.NATIONAL_DAY_ADJACENT)
			.holiday(date(2023, 9, 2), HolidayNames.NATIONAL_DAY)
			.compensatory(date(2023, 9, 4), HolidayNames.NATIONAL_DAY, date(2023, 9, 2))
			.register();
		// 2024 | 01/01; Tết 08/02–14/02; Giỗ Tổ 18/04; 27/04–01/05 (29/04 sw); QK 31/08–03/09 (+03/09) | 04/05
		new Schedule(2024, "CV 8662/VPCP-KGVX 03/11/2023, TB 5015/TB-LĐTBXH 22/11/2023")
			.holiday(date(2024, 1, 1), HolidayNames.NEW_YEAR)
			.tet(date(2024, 2, 8), date(2024, 2, 14))
			.holiday(date(2024, 4, 18), HolidayNames.HUNG_KINGS)
			.swap(date(2024, 4, 29), date(2024, 5, 4), "CV 2450/VPCP-KGVX 12/04/2024")
			.holiday(date(2024, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2024, 5, 1), HolidayNames.LABOUR)
			.holiday(date(2024, 9, 2), HolidayNames.NATIONAL_DAY)
			.holiday(date(2024, 9, 3), HolidayNames.NATIONAL_DAY_ADJACENT)
			.register();
		// 2025 | 01/01; Tết 25/01–02/02; Giỗ Tổ 07/04; 30/04–04/05 (02/05 sw); QK 30/08–02/09 (+01/09) | 26/04
		new Schedule(2025, "CV 8726/VPCP-KGVX 26/11/2024; TB 6150/TB-LĐTBXH (late 2024, date unverified)")
			.holiday(date(2025, 1, 1), HolidayNames.NEW_YEAR)
			.tet(date(2025, 1, 25), date(2025, 2, 2))
			.holiday(date(2025, 4, 7), HolidayNames.HUNG_KINGS)
			.holiday(date(2025, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2025, 5, 1), HolidayNames.LABOUR)
			.swap(date(2025, 5, 2), date(2025, 4, 26))
			.holiday(date(2025, 9, 1), HolidayNames.NATIONAL_DAY_ADJACENT)
			.holiday(date(2025, 9, 2), HolidayNames.NATIONAL_DAY)
			.register();
		// 2026 | 01/01–04/01 (02/01 sw); Tết 14/02–22/02; 27/04 comp Giỗ Tổ; 30/04–03/05 (no swap);
		// QK 29/08–02/09 (+01/09, 31/08 sw); 24/11 Ngày Văn hóa Việt Nam (unverified) | 10/01, 22/08
		new Schedule(2026, "CV 12729/VPCP-KGVX 25/12/2025; CV 9859/VPCP-KGVX 13/10/2025, TB 9441/TB-BNV 16/10/2025")
			.holiday(date(2026, 1, 1), HolidayNames.NEW_YEAR)
			.swap(date(2026, 1, 2), date(2026, 1, 10))
			.tet(date(2026, 2, 14), date(2026, 2, 22))
			.holiday(date(2026, 4, 26), HolidayNames.HUNG_KINGS)
			.compensatory(date(2026, 4, 27), HolidayNames.HUNG_KINGS, date(2026, 4, 26))
			.holiday(date(2026, 4, 30), HolidayNames.VICTORY)
			.holiday(date(2026, 5, 1), HolidayNames.LABOUR)
			.swap(date(2026, 8, 31), date(2026, 8, 22))
			.holiday(date(2026, 9, 1), HolidayNames.NATIONAL_DAY_ADJACENT)
			.holiday(date(2026, 9, 2), HolidayNames.NATIONAL_DAY)
			.add(new CalendarDay(date(2026, 11, 24), Type.EXTRA_OFF, HolidayNames.CULTURE_DAY, CULTURE_DAY_REF,
					Source.DECISION, false))
			.register();
	}

	private AnnouncedSchedules() {
	}

	/** Years with an announced schedule: 2019–2026. */
	public static SortedSet<Integer> years() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(BY_YEAR.keySet()));
	}

	/** The schedule announced for {@code year}, in date order; empty if none is known. */
	public static List<CalendarDay> forYear(int year) {
		return BY_YEAR.getOrDefault(year, List.of());
	}

	/** Every announced day, in date order. */
	public static List<CalendarDay> all() {
		List<CalendarDay> days = new ArrayList<>();
		BY_YEAR.values().forEach(days::addAll);
		return List.copyOf(days);
	}

	/**
	 * The seed of a calendar for {@code firstYear}–{@code lastYear}: the announced schedule of each year that has one,
	 * {@code defaults} for the others. This is what table {@code calendar_day} should hold.
	 */
	public static List<CalendarDay> withDefaults(int firstYear, int lastYear, DefaultHolidayRules defaults) {
		List<CalendarDay> days = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			days.addAll(BY_YEAR.containsKey(year) ? BY_YEAR.get(year) : defaults.forYear(year));
		}
		days.sort(Comparator.comparing(CalendarDay::date));
		return List.copyOf(days);
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	/** Builds one year's rows in the words of the notice. */
	private static final class Schedule {

		private final int year;

		private final String legalRef;

		private final List<CalendarDay> days = new ArrayList<>();

		Schedule(int year, String legalRef) {
			this.year = year;
			this.legalRef = legalRef;
		}

		Schedule holiday(LocalDate date, String name) {
			return add(new CalendarDay(date, Type.HOLIDAY, name, legalRef, Source.DECISION, true));
		}

		/** A Tết break as the notice gives it, weekends included: its weekdays are the five Tết holidays. */
		Schedule tet(LocalDate first, LocalDate last) {
			int weekdays = 0;
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				if (!CalendarDay.isWeekend(day)) {
					holiday(day, HolidayNames.TET);
					weekdays++;
				}
			}
			if (weekdays != DefaultHolidayRules.TET_DAYS) {
				throw new IllegalStateException("Tết " + first + "–" + last + " has " + weekdays + " weekdays");
			}
			return this;
		}

		Schedule compensatory(LocalDate date, String holiday, LocalDate holidayDate) {
			return compensatory(date, holiday, holidayDate, legalRef);
		}

		Schedule compensatory(LocalDate date, String holiday, LocalDate holidayDate, String ref) {
			return add(new CalendarDay(date, Type.COMPENSATORY_OFF, HolidayNames.compensatory(holiday, holidayDate),
					ref, Source.DECISION, true));
		}

		Schedule swap(LocalDate dayOff, LocalDate makeUpDay) {
			return swap(dayOff, makeUpDay, legalRef);
		}

		/** A weekday off against a Saturday worked. */
		Schedule swap(LocalDate dayOff, LocalDate makeUpDay, String ref) {
			add(new CalendarDay(dayOff, Type.SWAPPED_OFF, HolidayNames.swapped(makeUpDay), ref, Source.DECISION, true));
			return add(new CalendarDay(makeUpDay, Type.MAKEUP_WORKDAY, HolidayNames.makeUp(dayOff), ref,
					Source.DECISION, true));
		}

		Schedule add(CalendarDay day) {
			days.add(day);
			return this;
		}

		void register() {
			days.sort(Comparator.comparing(CalendarDay::date));
			BY_YEAR.put(year, List.copyOf(days));
		}

	}

}
