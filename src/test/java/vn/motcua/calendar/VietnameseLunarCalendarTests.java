package vn.motcua.calendar;

import java.time.LocalDate;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VietnameseLunarCalendarTests {

	@ParameterizedTest(name = "{0}: Tết {1}, tháng Chạp {2} ngày, Giỗ Tổ {3}")
	@CsvSource({ // DOMAIN.md §5.2
			"2019, 2019-02-05, 30, 2019-04-14", //
			"2020, 2020-01-25, 30, 2020-04-02", //
			"2021, 2021-02-12, 30, 2021-04-21", //
			"2022, 2022-02-01, 29, 2022-04-10", //
			"2023, 2023-01-22, 30, 2023-04-29", //
			"2024, 2024-02-10, 30, 2024-04-18", //
			"2025, 2025-01-29, 29, 2025-04-07", //
			"2026, 2026-02-17, 29, 2026-04-26", //
			"2027, 2027-02-06, 29, 2027-04-16" })
	void matchesTheTableOfDomainSection52(int year, LocalDate tet, int daysInTwelfthMonth, LocalDate hungKings) {
		assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(tet);
		assertThat(VietnameseLunarCalendar.daysInTwelfthMonth(year)).isEqualTo(daysInTwelfthMonth);
		assertThat(VietnameseLunarCalendar.hungKingsDay(year)).isEqualTo(hungKings);
	}

	@ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
	@CsvSource({ // DEPENDENCIES.md "Lunar calendar", Vietnam at UTC+7
			"2028, 2028-01-26, 2028-04-04", //
			"2029, 2029-02-13, 2029-04-23", //
			"2030, 2030-02-02, 2030-04-12" })
	void matchesTheUtcPlus7ValuesOf2028To2030(int year, LocalDate tet, LocalDate hungKings) {
		assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(tet);
		assertThat(VietnameseLunarCalendar.hungKingsDay(year)).isEqualTo(hungKings);
	}

	@Test
	void tet1985IsVietnamsNotChinas() { // Vietnam 21/01/1985, China 20/02/1985 (DEPENDENCIES.md)
		assertThat(VietnameseLunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(chinaTet(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
	}

	@Test
	void tet2007IsOneDayBeforeChinas() { // Đinh Hợi: Vietnam 17/02/2007, China 18/02/2007
		assertThat(VietnameseLunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
		assertThat(chinaTet(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
	}

	@Test
	void newYearsEveIsTheDayBeforeTet() { // 29 Chạp Ất Tỵ = 16/02/2026; 27 Chạp = 14/02/2026 (DOMAIN.md §5.2)
		assertThat(VietnameseLunarCalendar.lunarNewYearsEve(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
		assertThat(VietnameseLunarCalendar.toGregorian(2025, 12, 27)).isEqualTo(LocalDate.of(2026, 2, 14));
	}

	@Test
	void refusesADayThatDoesNotExist() { // tháng Chạp of Ất Tỵ has 29 days: no 30 Tết in 2026
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toGregorian(2025, 12, 30));
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.toGregorian(2026, 13, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> VietnameseLunarCalendar.tet(1899));
	}

	/** Plain ICU {@link ChineseCalendar}: astronomy at UTC+8, China's calendar. */
	@SuppressWarnings("deprecation")
	private static LocalDate chinaTet(int year) {
		ChineseCalendar china = new ChineseCalendar();
		china.clear();
		china.setRelatedYear(year);
		china.set(Calendar.MONTH, 0);
		china.set(Calendar.IS_LEAP_MONTH, 0);
		china.set(Calendar.DAY_OF_MONTH, 1);
		return LocalDate.ofEpochDay(china.get(Calendar.JULIAN_DAY) - 2_440_588L);
	}

}
