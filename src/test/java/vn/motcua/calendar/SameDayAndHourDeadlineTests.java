package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ProcessingTime.FIFTEEN_HUNDRED;
import static vn.motcua.calendar.ProcessingTime.halfDay;
import static vn.motcua.calendar.ProcessingTime.sameDay;
import static vn.motcua.calendar.ProcessingTime.workingDays;
import static vn.motcua.calendar.ProcessingTime.workingHours;
import static vn.motcua.calendar.ShippedCalendar.CALCULATOR;
import static vn.motcua.calendar.ShippedCalendar.at;
import static vn.motcua.calendar.ShippedCalendar.local;

/** Same-day procedures with the 15:00 cut-off (DOMAIN.md §5.4) and deadlines in working hours (§5.5), hand-checked. */
class SameDayAndHourDeadlineTests {

	static final boolean DIRECT = false;

	static final boolean ONLINE = true;

	static ZonedDateTime due(Instant receivedAt, ProcessingTime time, boolean online) {
		return CALCULATOR.appointment(receivedAt, time, online).dueAt();
	}

	// --- same day, cut-off 15:00 ---

	@Test
	void beforeTheCutoffTheResultIsDueTheSameDay() { // Tue 10/03/2026 14:59 → 17:00 same day
		assertThat(due(at(2026, 3, 10, 14, 59), sameDay(FIFTEEN_HUNDRED), DIRECT)).isEqualTo(local(2026, 3, 10, 17, 0));
	}

	@Test
	void atTheCutoffStillTheSameDay() { // "sau 15 giờ" → 15:00 itself is not after
		assertThat(due(at(2026, 3, 10, 15, 0), sameDay(FIFTEEN_HUNDRED), DIRECT)).isEqualTo(local(2026, 3, 10, 17, 0));
	}

	@Test
	void afterTheCutoffTheNextWorkingDay() { // Tue 10/03/2026 15:01 → Wed 11/03 17:00
		Appointment appointment = CALCULATOR.appointment(at(2026, 3, 10, 15, 1), sameDay(FIFTEEN_HUNDRED), DIRECT);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 11, 17, 0));
		assertThat(appointment.trace()).contains("Tiếp nhận sau 15:00: trả kết quả trong ngày làm việc tiếp theo.");
	}

	@Test
	void afterTheCutoffOnTheEveOfTet2026() { // Fri 13/02/2026 16:45 → next working day Mon 23/02
		assertThat(due(at(2026, 2, 13, 16, 45), sameDay(FIFTEEN_HUNDRED), DIRECT)).isEqualTo(local(2026, 2, 23, 17, 0));
	}

	@Test
	void afterTheCutoffBeforeAMakeUpSaturday() { // Fri 09/01/2026 15:30 → Sat 10/01 làm bù
		assertThat(due(at(2026, 1, 9, 15, 30), sameDay(FIFTEEN_HUNDRED), DIRECT)).isEqualTo(local(2026, 1, 10, 17, 0));
	}

	@Test
	void onlineOnSundaySameDayIsMonday() { // Sun 08/03/2026 10:00 → Mon 09/03 07:30, before 15:00 → Mon 17:00
		assertThat(due(at(2026, 3, 8, 10, 0), sameDay(FIFTEEN_HUNDRED), ONLINE)).isEqualTo(local(2026, 3, 9, 17, 0));
	}

	@Test
	void onlineAfterTheCutoffInOfficeHours() { // Tue 10/03/2026 16:00 online (office open) → Wed 11/03
		assertThat(due(at(2026, 3, 10, 16, 0), sameDay(FIFTEEN_HUNDRED), ONLINE)).isEqualTo(local(2026, 3, 11, 17, 0));
	}

	@Test
	void onlineAtNightCountsFromTheNextOpeningBeforeTheCutoff() { // Tue 10/03 18:00 → Wed 11/03 07:30 → Wed 17:00
		assertThat(due(at(2026, 3, 10, 18, 0), sameDay(FIFTEEN_HUNDRED), ONLINE)).isEqualTo(local(2026, 3, 11, 17, 0));
	}

	@Test
	void sameDayWithoutCutoffUsesClosingTime() { // Tue 10/03/2026 16:50 → same day; 17:10 (late desk) → Wed 11/03
		assertThat(due(at(2026, 3, 10, 16, 50), sameDay(), DIRECT)).isEqualTo(local(2026, 3, 10, 17, 0));
		assertThat(due(at(2026, 3, 10, 17, 10), sameDay(), DIRECT)).isEqualTo(local(2026, 3, 11, 17, 0));
	}

	// --- working hours ---

	@Test
	void hoursSkipTheLunchBreak() { // Mon 09/03/2026 10:00 + 4 h: 10:00–11:30 (1 h 30), 13:00–15:30 (2 h 30)
		Appointment appointment = CALCULATOR.appointment(at(2026, 3, 9, 10, 0), workingHours(4), DIRECT);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 9, 15, 30));
		assertThat(appointment.trace()).contains("Giờ làm việc được tính: 09/03/2026 10:00–11:30, 13:00–15:30.");
	}

	@Test
	void hoursCarryOverNight() { // Mon 09/03/2026 16:00 + 4 h: 16:00–17:00 (1 h), Tue 07:30–10:30 (3 h)
		assertThat(due(at(2026, 3, 9, 16, 0), workingHours(4), DIRECT)).isEqualTo(local(2026, 3, 10, 10, 30));
	}

	@Test
	void hoursEndingExactlyAtNoonEndAt1130() { // Tue 10/03/2026 07:30 + 4 h = 11:30, not 13:00
		assertThat(due(at(2026, 3, 10, 7, 30), workingHours(4), DIRECT)).isEqualTo(local(2026, 3, 10, 11, 30));
	}

	@Test
	void hoursFromNoonStartAfterLunch() { // Tue 10/03/2026 11:30 + 1 h → 13:00–14:00
		assertThat(due(at(2026, 3, 10, 11, 30), workingHours(1), DIRECT)).isEqualTo(local(2026, 3, 10, 14, 0));
	}

	@Test
	void halfADayOverTet2026() { // Fri 13/02/2026 16:45 + 4 h: 16:45–17:00 (15 min), Tết, Mon 23/02 07:30–11:15
		Appointment appointment = CALCULATOR.appointment(at(2026, 2, 13, 16, 45), halfDay(), DIRECT);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 2, 23, 11, 15));
		assertThat(appointment.trace()).contains("Không tính 16/02–20/02/2026: Tết Âm lịch.");
	}

	@Test
	void hoursAcrossNewYear2027() { // Thu 31/12/2026 14:00 + 8 h: 3 h Thu, Fri 01/01 holiday, weekend, Mon 04/01 5 h → 14:00
		assertThat(due(at(2026, 12, 31, 14, 0), workingHours(8), DIRECT)).isEqualTo(local(2027, 1, 4, 14, 0));
	}

	@Test
	void onlineOnSundayHoursCountFromMondayOpening() { // Sun 08/03/2026 09:00 + 2 h → Mon 09/03 07:30–09:30
		assertThat(due(at(2026, 3, 8, 9, 0), workingHours(2), ONLINE)).isEqualTo(local(2026, 3, 9, 9, 30));
	}

	@Test
	void oneAndAHalfDaysAreOneDayThenFourHours() { // Mon 09/03/2026 10:00: end of Tue 10/03, + 4 h → Wed 11/03 11:30
		assertThat(due(at(2026, 3, 9, 10, 0), workingDays(new BigDecimal("1.5")), DIRECT))
			.isEqualTo(local(2026, 3, 11, 11, 30));
	}

	@Test
	void oneAndAHalfDaysOverTet2026() { // Thu 12/02/2026 08:00: end of Fri 13/02, Tết, + 4 h → Mon 23/02 11:30
		assertThat(due(at(2026, 2, 12, 8, 0), workingDays(new BigDecimal("1.5")), DIRECT))
			.isEqualTo(local(2026, 2, 23, 11, 30));
	}

}
