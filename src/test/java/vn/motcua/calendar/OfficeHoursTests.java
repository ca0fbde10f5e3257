package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficeHoursTests {

	OfficeHours hours = OfficeHours.DEFAULT;

	@Test
	void defaultIsEightHoursAndHalfADayIsOneWindow() { // 07:30–11:30, 13:00–17:00; 0,5 day = 4 hours (§5.5)
		assertThat(hours.perDay()).isEqualTo(Duration.ofHours(8));
		assertThat(ProcessingTime.halfDay().officeTime()).isEqualTo(Duration.ofHours(4));
		assertThat(hours.describe()).isEqualTo("07:30–11:30, 13:00–17:00");
	}

	@Test
	void windowsIncludeTheirStartAndExcludeTheirEnd() {
		assertThat(hours.isOpenAt(LocalTime.of(7, 30))).isTrue();
		assertThat(hours.isOpenAt(LocalTime.of(11, 30))).isFalse();
		assertThat(hours.isOpenAt(LocalTime.of(12, 15))).isFalse();
		assertThat(hours.isOpenAt(LocalTime.of(16, 59))).isTrue();
		assertThat(hours.isOpenAt(LocalTime.of(17, 0))).isFalse();
	}

	@Test
	void nextOpeningOnTheSameDay() {
		assertThat(hours.openAtOrAfter(LocalTime.of(6, 0))).hasValue(LocalTime.of(7, 30));
		assertThat(hours.openAtOrAfter(LocalTime.of(12, 0))).hasValue(LocalTime.of(13, 0));
		assertThat(hours.openAtOrAfter(LocalTime.of(9, 10))).hasValue(LocalTime.of(9, 10));
		assertThat(hours.openAtOrAfter(LocalTime.of(17, 0))).isEmpty();
	}

	@Test
	void officeTimeSkipsLunch() { // 10:00–11:30 + 13:00–14:00 = 2 h 30
		assertThat(hours.officeTimeBetween(LocalTime.of(10, 0), LocalTime.of(14, 0))).isEqualTo(Duration.ofMinutes(150));
		assertThat(hours.officeTimeBetween(LocalTime.of(14, 0), LocalTime.of(10, 0))).isZero();
	}

	@Test
	void refusesHoursOutOfOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(LocalTime.of(7, 30), LocalTime.of(13, 30),
				LocalTime.of(13, 0), LocalTime.of(17, 0)));
	}

	@Test
	void processingTimesAreValidated() {
		// the 15:00 cut-off belongs to same-day procedures only (DOMAIN.md §5.4, §8.2)
		assertThatIllegalArgumentException().isThrownBy(() -> new ProcessingTime(BigDecimal.ONE,
				ProcessingTime.Unit.WORKING_DAY, ProcessingTime.FIFTEEN_HUNDRED));
		assertThatIllegalArgumentException().isThrownBy(() -> new ProcessingTime(new BigDecimal("1.5"),
				ProcessingTime.Unit.CALENDAR_DAY, null));
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessingTime.workingHours(0));
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessingTime.workingDays(-1));
		assertThat(ProcessingTime.workingDays(new BigDecimal("2.0"))).isEqualTo(ProcessingTime.workingDays(2));
		assertThat(ProcessingTime.workingDays(2).officeTime()).isZero();
		// 1,5 days = 1 day by the day rule + 4 office hours
		assertThat(ProcessingTime.workingDays(new BigDecimal("1.5")).days()).isEqualTo(1);
		assertThat(ProcessingTime.workingDays(new BigDecimal("1.5")).officeTime()).isEqualTo(Duration.ofHours(4));
		assertThat(ProcessingTime.workingDays(new BigDecimal("1.5")).countsOfficeTime()).isFalse();
		assertThat(ProcessingTime.halfDay().countsOfficeTime()).isTrue();
		assertThat(ProcessingTime.workingDays(new BigDecimal("0.5")).describe())
			.isEqualTo("0,5 ngày làm việc (4 giờ làm việc)");
		assertThat(ProcessingTime.workingDays(new BigDecimal("1.5")).describe())
			.isEqualTo("1,5 ngày làm việc (1 ngày và 4 giờ làm việc)");
	}

}
