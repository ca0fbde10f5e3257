package vn.motcua.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CalendarDayTests {

	@Test
	void onlyAWeekendDayCanBeMadeAWorkingDay() { // Fri 09/01/2026 is already one
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDay(LocalDate.of(2026, 1, 9),
				Type.MAKEUP_WORKDAY, "Làm bù", null, Source.DECISION, true));
		assertThat(new CalendarDay(LocalDate.of(2026, 1, 10), Type.MAKEUP_WORKDAY, "Làm bù", null, Source.DECISION, true)
			.isDayOff()).isFalse();
	}

	@Test
	void nameAndLegalRefFitTheTable() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CalendarDay(LocalDate.of(2026, 1, 1), Type.HOLIDAY, " ", null, Source.DECISION, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDay(LocalDate.of(2026, 1, 1), Type.HOLIDAY,
				"x".repeat(201), null, Source.DECISION, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDay(LocalDate.of(2026, 1, 1), Type.HOLIDAY,
				"Tết Dương lịch", "x".repeat(301), Source.DECISION, true));
	}

	@Test
	void everyTypeButMakeUpIsADayOff() {
		assertThat(Type.values()).filteredOn(Type::isDayOff)
			.containsExactly(Type.HOLIDAY, Type.COMPENSATORY_OFF, Type.SWAPPED_OFF, Type.EXTRA_OFF);
	}

}
