package vn.motcua.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.statistics.ReportPeriods.Preset;
import vn.motcua.statistics.ReportPeriods.Range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The period presets (DOMAIN.md §6.4), plain Java. */
class StatisticsPeriodsTests {

	private static Range range(String from, String to) {
		return new Range(LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void calendarPeriods() {
		assertThat(ReportPeriods.of(Preset.MONTH, 2026, 2)).isEqualTo(range("2026-02-01", "2026-02-28"));
		assertThat(ReportPeriods.of(Preset.MONTH, 2024, 2)).isEqualTo(range("2024-02-01", "2024-02-29"));
		assertThat(ReportPeriods.of(Preset.MONTH, 2026, 12)).isEqualTo(range("2026-12-01", "2026-12-31"));
		assertThat(ReportPeriods.of(Preset.QUARTER, 2026, 1)).isEqualTo(range("2026-01-01", "2026-03-31"));
		assertThat(ReportPeriods.of(Preset.QUARTER, 2026, 2)).isEqualTo(range("2026-04-01", "2026-06-30"));
		assertThat(ReportPeriods.of(Preset.QUARTER, 2026, 4)).isEqualTo(range("2026-10-01", "2026-12-31"));
		assertThat(ReportPeriods.of(Preset.SIX_MONTHS, 2019, 0)).isEqualTo(range("2019-01-01", "2019-06-30"));
		assertThat(ReportPeriods.of(Preset.NINE_MONTHS, 2026, 0)).isEqualTo(range("2026-01-01", "2026-09-30"));
		assertThat(ReportPeriods.of(Preset.YEAR, 2021, 0)).isEqualTo(range("2021-01-01", "2021-12-31"));
		// "10 tháng đầu năm 2022" (Xã Quang Thuận)
		assertThat(ReportPeriods.of(Preset.FIRST_MONTHS, 2022, 10)).isEqualTo(range("2022-01-01", "2022-10-31"));
		assertThat(ReportPeriods.of(Preset.FIRST_MONTHS, 2026, 1)).isEqualTo(range("2026-01-01", "2026-01-31"));
		assertThat(ReportPeriods.monthOf(LocalDate.of(2026, 4, 10))).isEqualTo(range("2026-04-01", "2026-04-30"));
	}

	@Test
	void officialWindowsOfDecree09CrossTheYearBoundary() {
		// a month: the 15th of the month before → the 14th
		assertThat(ReportPeriods.of(Preset.OFFICIAL_MONTH, 2026, 1)).isEqualTo(range("2025-12-15", "2026-01-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_MONTH, 2026, 3)).isEqualTo(range("2026-02-15", "2026-03-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_MONTH, 2026, 12)).isEqualTo(range("2026-11-15", "2026-12-14"));
		// a quarter: the 15th of the month before it → the 14th of its last month
		assertThat(ReportPeriods.of(Preset.OFFICIAL_QUARTER, 2026, 1)).isEqualTo(range("2025-12-15", "2026-03-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_QUARTER, 2026, 2)).isEqualTo(range("2026-03-15", "2026-06-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_QUARTER, 2026, 4)).isEqualTo(range("2026-09-15", "2026-12-14"));
		// 6 months, 9 months, the year: from 15/12 of the year before
		assertThat(ReportPeriods.of(Preset.OFFICIAL_SIX_MONTHS, 2026, 0)).isEqualTo(range("2025-12-15", "2026-06-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_NINE_MONTHS, 2026, 0)).isEqualTo(range("2025-12-15", "2026-09-14"));
		assertThat(ReportPeriods.of(Preset.OFFICIAL_YEAR, 2026, 0)).isEqualTo(range("2025-12-15", "2026-12-14"));
		// contiguous: each official month starts the day after the previous one ends, December to January included
		for (int year = 2024; year <= 2026; year++) {
			for (int month = 1; month <= 12; month++) {
				Range current = ReportPeriods.of(Preset.OFFICIAL_MONTH, year, month);
				Range next = month == 12 ? ReportPeriods.of(Preset.OFFICIAL_MONTH, year + 1, 1)
						: ReportPeriods.of(Preset.OFFICIAL_MONTH, year, month + 1);
				assertThat(current.to().plusDays(1)).isEqualTo(next.from());
			}
			assertThat(ReportPeriods.of(Preset.OFFICIAL_YEAR, year, 0).to().plusDays(1))
				.isEqualTo(ReportPeriods.of(Preset.OFFICIAL_YEAR, year + 1, 0).from());
		}
	}

	@Test
	void badPresetsAreRefusedInVietnamese() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriods.of(Preset.MONTH, 2026, 13))
			.withMessageContaining("từ 1 đến 12");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriods.of(Preset.QUARTER, 2026, 5))
			.withMessageContaining("từ 1 đến 4");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriods.of(Preset.OFFICIAL_MONTH, 2026, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriods.of(Preset.CUSTOM, 2026, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriods.of(Preset.YEAR, 10000, 0))
			.withMessageContaining("Năm");
		assertThatIllegalArgumentException().isThrownBy(() -> Preset.parse("tuan")).withMessageContaining("kỳ báo cáo");
		assertThat(Preset.parse("official-quarter")).isEqualTo(Preset.OFFICIAL_QUARTER);
		assertThat(Preset.OFFICIAL_QUARTER.urlName()).isEqualTo("official-quarter");
	}

}
