package vn.motcua.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VnFormatTests {

	VnFormat fmt = new VnFormat();

	@Test
	void groupsThousandsWithDots() {
		assertThat(fmt.number(1273)).isEqualTo("1.273");
		assertThat(fmt.number(69938)).isEqualTo("69.938");
		assertThat(fmt.number(659245L)).isEqualTo("659.245");
		assertThat(fmt.number(2_000_000L)).isEqualTo("2.000.000");
		assertThat(fmt.number(21)).isEqualTo("21");
		assertThat(fmt.number(0)).isEqualTo("0");
	}

	@Test
	void percentUsesDecimalCommaAndTwoDecimals() {
		assertThat(fmt.percent(new BigDecimal("99.96"))).isEqualTo("99,96%");
		assertThat(fmt.percent(new BigDecimal("100"))).isEqualTo("100,00%");
		assertThat(fmt.percent(new BigDecimal("0.5"))).isEqualTo("0,50%");
	}

	@Test
	void ratesRoundHalfUpFromRawCounts() {
		// seed 002, Cao Lộc 2021: 69.917 / 69.938 = 99,9699…% → 99,97% (the article truncated to 99,96%)
		assertThat(fmt.percent(69917, 69938)).isEqualTo("99,97%");
		assertThat(fmt.percent(21, 69938)).isEqualTo("0,03%");
		// seed 001, Phước Đức 2023: 213 / 227
		assertThat(fmt.percent(213, 227)).isEqualTo("93,83%");
		// seed 003, Ngã Năm H1/2019: 4.817 / 5.343
		assertThat(fmt.percent(4817, 5343)).isEqualTo("90,16%");
		assertThat(fmt.percent(635593, 643272)).isEqualTo("98,81%");
		// exactly half rounds up: 1/8 = 12,5%; 1/16 = 6,25%; 1/32 = 3,125% → 3,13%
		assertThat(fmt.percent(1, 32)).isEqualTo("3,13%");
	}

	@Test
	void rateWithoutDenominatorIsADash() {
		assertThat(fmt.percent(0, 0)).isEqualTo("—");
		assertThat(VnFormat.rate(5, 0)).isNull();
	}

	@Test
	void datesAreDayMonthYear() {
		assertThat(fmt.date(LocalDate.of(2022, 1, 5))).isEqualTo("05/01/2022");
		assertThat(fmt.date(null)).isEmpty();
	}

	@Test
	void dateTimesAreShownInVietnamTime() {
		// 2022-01-05T07:30Z is 14:30 in Asia/Ho_Chi_Minh (UTC+7)
		assertThat(fmt.dateTime(Instant.parse("2022-01-05T07:30:00Z"))).isEqualTo("05/01/2022 14:30");
		// 17:30Z crosses midnight locally
		assertThat(fmt.dateTime(Instant.parse("2022-01-05T17:30:00Z"))).isEqualTo("06/01/2022 00:30");
		assertThat(fmt.dateTime(LocalDateTime.of(2026, 2, 13, 16, 45))).isEqualTo("13/02/2026 16:45");
	}

}
