package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.motcua.calendar.ShippedCalendar.CALENDAR;
import static vn.motcua.calendar.ShippedCalendar.date;

class AnnouncedSchedulesTests {

	@ParameterizedTest(name = "{0}–{1} off")
	@CsvSource({ // the "Days off" column of DOMAIN.md §5.3, weekends included
			"2018-12-29, 2019-01-01", "2019-02-02, 2019-02-10", "2019-04-15, 2019-04-15", "2019-04-27, 2019-05-01",
			"2019-09-02, 2019-09-02", //
			"2020-01-01, 2020-01-01", "2020-01-23, 2020-01-29", "2020-04-02, 2020-04-02", "2020-04-30, 2020-05-03",
			"2020-09-02, 2020-09-02", //
			"2021-01-01, 2021-01-01", "2021-02-10, 2021-02-16", "2021-04-21, 2021-04-21", "2021-04-30, 2021-05-03",
			"2021-09-02, 2021-09-05", //
			"2022-01-01, 2022-01-03", "2022-01-29, 2022-02-06", "2022-04-11, 2022-04-11", "2022-04-30, 2022-05-03",
			"2022-09-01, 2022-09-04", //
			"2022-12-31, 2023-01-02", "2023-01-20, 2023-01-26", "2023-04-29, 2023-05-03", "2023-09-01, 2023-09-04", //
			"2024-01-01, 2024-01-01", "2024-02-08, 2024-02-14", "2024-04-18, 2024-04-18", "2024-04-27, 2024-05-01",
			"2024-08-31, 2024-09-03", //
			"2025-01-01, 2025-01-01", "2025-01-25, 2025-02-02", "2025-04-07, 2025-04-07", "2025-04-30, 2025-05-04",
			"2025-08-30, 2025-09-02", //
			"2026-01-01, 2026-01-04", "2026-02-14, 2026-02-22", "2026-04-27, 2026-04-27", "2026-04-30, 2026-05-03",
			"2026-08-29, 2026-09-02", "2026-11-24, 2026-11-24" })
	void everyBreakOfTheTableIsOff(LocalDate first, LocalDate last) {
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			assertThat(CALENDAR.isWorkingDay(day)).as("%s", day).isFalse();
		}
	}

	@Test
	void breaksEndBeforeAWorkingDay() { // the day after each Tết break is a working day again
		assertThat(CALENDAR.isWorkingDay(date(2019, 2, 11))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2020, 1, 30))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2021, 2, 17))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2022, 2, 7))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2023, 1, 27))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2024, 2, 15))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2025, 2, 3))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2026, 2, 23))).isTrue();
	}

	@Test
	void makeUpSaturdaysAreWorkingDays() { // "Make-up Sat" column
		assertThat(AnnouncedSchedules.all()).filteredOn(day -> day.type() == Type.MAKEUP_WORKDAY)
			.extracting(CalendarDay::date)
			.containsExactly(date(2019, 1, 5), date(2019, 5, 4), date(2024, 5, 4), date(2025, 4, 26), date(2026, 1, 10),
					date(2026, 8, 22))
			.allMatch(CALENDAR::isWorkingDay);
	}

	@Test
	void swapsArePairedWithTheirSaturday() { // sw column: 31/12/18, 29/04/19, 29/04/24, 02/05/25, 02/01/26, 31/08/26
		assertThat(AnnouncedSchedules.all()).filteredOn(day -> day.type() == Type.SWAPPED_OFF)
			.extracting(CalendarDay::date, CalendarDay::name)
			.containsExactly(tuple(date(2018, 12, 31), "Nghỉ hoán đổi, làm bù Thứ Bảy 05/01/2019"),
					tuple(date(2019, 4, 29), "Nghỉ hoán đổi, làm bù Thứ Bảy 04/05/2019"),
					tuple(date(2024, 4, 29), "Nghỉ hoán đổi, làm bù Thứ Bảy 04/05/2024"),
					tuple(date(2025, 5, 2), "Nghỉ hoán đổi, làm bù Thứ Bảy 26/04/2025"),
					tuple(date(2026, 1, 2), "Nghỉ hoán đổi, làm bù Thứ Bảy 10/01/2026"),
					tuple(date(2026, 8, 31), "Nghỉ hoán đổi, làm bù Thứ Bảy 22/08/2026"));
	}

	@Test
	void legalRefIsTheSourceColumn() {
		assertThat(AnnouncedSchedules.forYear(2020)).isNotEmpty()
			.allMatch(day -> day.legalRef().equals("TB 4544/TB-LĐTBXH 25/10/2019"));
		assertThat(AnnouncedSchedules.forYear(2024)).filteredOn(day -> day.date().getMonthValue() == 4
				&& day.date().getDayOfMonth() == 29 || day.type() == Type.MAKEUP_WORKDAY)
			.allMatch(day -> day.legalRef().equals("CV 2450/VPCP-KGVX 12/04/2024"));
		assertThat(AnnouncedSchedules.forYear(2026).get(0).legalRef()).isEqualTo(
				"CV 12729/VPCP-KGVX 25/12/2025; CV 9859/VPCP-KGVX 13/10/2025, TB 9441/TB-BNV 16/10/2025");
	}

	@Test
	void decisionsAreConfirmedExceptTheCultureDay() { // 24/11/2026 unverified (DOMAIN.md §5.1)
		List<CalendarDay> days = AnnouncedSchedules.all();
		assertThat(days).allMatch(day -> day.source() == Source.DECISION);
		assertThat(days).filteredOn(day -> !day.confirmed())
			.singleElement()
			.satisfies(day -> {
				assertThat(day.date()).isEqualTo(date(2026, 11, 24));
				assertThat(day.type()).isEqualTo(Type.EXTRA_OFF);
				assertThat(day.name()).isEqualTo("Ngày Văn hóa Việt Nam");
				assertThat(day.legalRef()).contains("chưa xác minh");
			});
	}

	@Test
	void workingDaysOf2025And2026() {
		// 2025: 261 weekdays − 12 off (01/01, Tết ×5, 07/04, 30/04, 01/05, 02/05, 01/09, 02/09) + 1 make-up (26/04)
		assertThat(CALENDAR.workingDaysBetween(date(2024, 12, 31), date(2025, 12, 31))).isEqualTo(250);
		// 2026: 261 weekdays − 14 off (01/01, 02/01, Tết ×5, 27/04, 30/04, 01/05, 31/08, 01/09, 02/09, 24/11)
		// + 2 make-up (10/01, 22/08)
		assertThat(CALENDAR.workingDaysBetween(date(2025, 12, 31), date(2026, 12, 31))).isEqualTo(249);
	}

	@Test
	void seedUsesDecisionsWhereAnnouncedAndDefaultsElsewhere() {
		List<CalendarDay> seed = AnnouncedSchedules.withDefaults(2025, 2027, DefaultHolidayRules.statutory());
		assertThat(seed).filteredOn(day -> day.date().getYear() == 2026).allMatch(day -> day.source() == Source.DECISION);
		assertThat(seed).filteredOn(day -> day.date().getYear() == 2027)
			.isNotEmpty()
			.allMatch(day -> day.source() == Source.DEFAULT_RULE);
		assertThat(AnnouncedSchedules.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
	}

}
