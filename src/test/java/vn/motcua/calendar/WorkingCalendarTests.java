package vn.motcua.calendar;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.CalendarDay.Source;
import vn.motcua.calendar.CalendarDay.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.ShippedCalendar.CALENDAR;
import static vn.motcua.calendar.ShippedCalendar.date;

class WorkingCalendarTests {

	@Test
	void mondayToFridayAreWorkingDays() { // week of 09/03/2026 has no holiday
		assertThat(CALENDAR.isWorkingDay(date(2026, 3, 9))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2026, 3, 13))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2026, 3, 14))).isFalse();
		assertThat(CALENDAR.isWorkingDay(date(2026, 3, 15))).isFalse();
	}

	@Test
	void holidaysCompensatorySwappedAndExtraDaysAreOff() {
		assertThat(CALENDAR.isWorkingDay(date(2026, 2, 16))).isFalse(); // Tết
		assertThat(CALENDAR.isWorkingDay(date(2026, 4, 27))).isFalse(); // nghỉ bù Giỗ Tổ (Sun 26/04)
		assertThat(CALENDAR.isWorkingDay(date(2026, 1, 2))).isFalse(); // hoán đổi with Sat 10/01
		assertThat(CALENDAR.isWorkingDay(date(2026, 11, 24))).isFalse(); // Ngày Văn hóa Việt Nam (shipped, unconfirmed)
	}

	@Test
	void makeUpSaturdayIsAWorkingDay() { // 10/01/2026 and 22/08/2026 (DOMAIN.md §5.3); 17/01/2026 is not
		assertThat(CALENDAR.isWorkingDay(date(2026, 1, 10))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2026, 8, 22))).isTrue();
		assertThat(CALENDAR.isWorkingDay(date(2026, 1, 17))).isFalse();
	}

	@Test
	void nextWorkingDaySkipsTheWholeTetBreak() { // Fri 13/02/2026 → Mon 23/02/2026
		assertThat(CALENDAR.nextWorkingDay(date(2026, 2, 13))).isEqualTo(date(2026, 2, 23));
		assertThat(CALENDAR.nextWorkingDay(date(2026, 1, 9))).isEqualTo(date(2026, 1, 10)); // make-up Saturday
		assertThat(CALENDAR.workingDayOnOrAfter(date(2026, 2, 23))).isEqualTo(date(2026, 2, 23));
	}

	@Test
	void addWorkingDaysDoesNotCountTheStartDay() { // STYLE.md example: only 01/09 and 02/09/2026 off
		WorkingCalendar calendar = new WorkingCalendar(List.of(holiday(date(2026, 9, 1)), holiday(date(2026, 9, 2))),
				2026, 2026);
		// Mon 31/08, Thu 03/09, Fri 04/09
		assertThat(calendar.addWorkingDays(date(2026, 8, 28), 3)).isEqualTo(date(2026, 9, 4));
		assertThat(calendar.addWorkingDays(date(2026, 8, 28), 0)).isEqualTo(date(2026, 8, 28));
	}

	@Test
	void reasonNamesTheDayOff() {
		assertThat(CALENDAR.reason(date(2026, 2, 16))).hasValue("Tết Âm lịch");
		assertThat(CALENDAR.reason(date(2026, 2, 14))).hasValue("Thứ Bảy");
		assertThat(CALENDAR.reason(date(2026, 2, 15))).hasValue("Chủ nhật");
		assertThat(CALENDAR.reason(date(2026, 4, 27))).hasValue("Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)");
		assertThat(CALENDAR.reason(date(2026, 4, 26))).hasValue("Giỗ Tổ Hùng Vương"); // a holiday on a Sunday
		assertThat(CALENDAR.reason(date(2026, 1, 2))).hasValue("Nghỉ hoán đổi, làm bù Thứ Bảy 10/01/2026");
		assertThat(CALENDAR.reason(date(2026, 1, 10))).isEmpty();
		assertThat(CALENDAR.reason(date(2026, 3, 9))).isEmpty();
	}

	@Test
	void refusesDatesOutsideItsYears() {
		assertThatThrownBy(() -> CALENDAR.isWorkingDay(date(2036, 1, 2))).isInstanceOf(OutsideCalendarException.class)
			.hasMessageContaining("2015–2035");
		WorkingCalendar only2026 = new WorkingCalendar(AnnouncedSchedules.forYear(2026), 2026, 2026);
		assertThatThrownBy(() -> only2026.addWorkingDays(date(2026, 12, 30), 3))
			.isInstanceOf(OutsideCalendarException.class);
	}

	@Test
	void refusesTwoDaysOnOneDate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingCalendar(List.of(holiday(date(2026, 9, 1)), holiday(date(2026, 9, 1))), 2026,
					2026));
	}

	@Test
	void countsWorkingDaysBetween() { // (Fri 13/02, Fri 27/02/2026]: 23/02–27/02 = 5
		assertThat(CALENDAR.workingDaysBetween(date(2026, 2, 13), date(2026, 2, 27))).isEqualTo(5);
		assertThat(CALENDAR.workingDaysBetween(date(2026, 2, 27), date(2026, 2, 13))).isZero();
	}

	private static CalendarDay holiday(java.time.LocalDate date) {
		return new CalendarDay(date, Type.HOLIDAY, "Quốc khánh", null, Source.DECISION, true);
	}

}
