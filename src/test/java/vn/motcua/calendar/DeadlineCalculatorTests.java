package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ProcessingTime.calendarDays;
import static vn.motcua.calendar.ProcessingTime.workingDays;
import static vn.motcua.calendar.ShippedCalendar.CALCULATOR;
import static vn.motcua.calendar.ShippedCalendar.at;
import static vn.motcua.calendar.ShippedCalendar.local;

/**
 * Deadlines in working and calendar days over the shipped 2019–2026 decisions (DOMAIN.md §5.3) and the default rules
 * of 2027. Every expected value was counted by hand from the table; the comment gives the count.
 */
class DeadlineCalculatorTests {

	static final boolean DIRECT = false;

	static final boolean ONLINE = true;

	static ZonedDateTime due(Instant receivedAt, ProcessingTime time, boolean online) {
		return CALCULATOR.appointment(receivedAt, time, online).dueAt();
	}

	// --- the counting rule (§5.2) ---

	@Test
	void receptionDayIsNotCounted() { // Mon 09/03/2026 07:35 + 1 → Tue 10/03, not Monday
		assertThat(due(at(2026, 3, 9, 7, 35), workingDays(1), DIRECT)).isEqualTo(local(2026, 3, 10, 17, 0));
	}

	@Test
	void hourOfReceptionDoesNotMoveADayDeadline() { // no general 15:00 rule (§5.4): 16:30 gives the same Tue 10/03
		assertThat(due(at(2026, 3, 9, 16, 30), workingDays(1), DIRECT)).isEqualTo(local(2026, 3, 10, 17, 0));
	}

	@Test
	void deadlineEndsAtClosingOfTheUnitsOfficeHours() { // unit closing 16:30: Mon 09/03 + 2 → Wed 11/03 16:30
		OfficeHours early = new OfficeHours(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(13, 30),
				LocalTime.of(16, 30));
		assertThat(CALCULATOR.withOfficeHours(early).appointment(at(2026, 3, 9, 9, 0), workingDays(2), DIRECT).dueAt())
			.isEqualTo(local(2026, 3, 11, 16, 30));
	}

	@Test
	void thirtyWorkingDaysIncludeAMakeUpSaturday() {
		// Mon 05/01/2026: 06–09/01 (4), Sat 10/01 make-up (5), 12–16 (10), 19–23 (15), 26–30 (20), 02–06/02 (25),
		// 09–13/02 (30) → Fri 13/02/2026
		assertThat(due(at(2026, 1, 5, 9, 0), workingDays(30), DIRECT)).isEqualTo(local(2026, 2, 13, 17, 0));
	}

	// --- Tết 2019–2027 ---

	@Test
	void tet2019() { // Fri 01/02/2019 + 3: break 02/02–10/02 → Mon 11, Tue 12, Wed 13/02
		assertThat(due(at(2019, 2, 1, 10, 0), workingDays(3), DIRECT)).isEqualTo(local(2019, 2, 13, 17, 0));
	}

	@Test
	void tet2020() { // Wed 22/01/2020 + 2: Tết 23/01–29/01 → Thu 30, Fri 31/01
		assertThat(due(at(2020, 1, 22, 9, 0), workingDays(2), DIRECT)).isEqualTo(local(2020, 1, 31, 17, 0));
	}

	@Test
	void tet2021() { // Tue 09/02/2021 + 1: Tết 10/02–16/02 → Wed 17/02
		assertThat(due(at(2021, 2, 9, 14, 0), workingDays(1), DIRECT)).isEqualTo(local(2021, 2, 17, 17, 0));
	}

	@Test
	void tet2022() { // Fri 28/01/2022 + 5: break 29/01–06/02 → 07, 08, 09, 10, Fri 11/02
		assertThat(due(at(2022, 1, 28, 16, 0), workingDays(5), DIRECT)).isEqualTo(local(2022, 2, 11, 17, 0));
	}

	@Test
	void tet2023() { // Thu 19/01/2023 + 2: Tết 20/01–26/01 → Fri 27, Mon 30/01
		assertThat(due(at(2023, 1, 19, 8, 0), workingDays(2), DIRECT)).isEqualTo(local(2023, 1, 30, 17, 0));
	}

	@Test
	void tet2024() { // Wed 07/02/2024 + 3: Tết 08/02–14/02 → Thu 15, Fri 16, Mon 19/02
		assertThat(due(at(2024, 2, 7, 10, 0), workingDays(3), DIRECT)).isEqualTo(local(2024, 2, 19, 17, 0));
	}

	@Test
	void tet2025() { // Fri 24/01/2025 + 1: break 25/01–02/02 → Mon 03/02
		assertThat(due(at(2025, 1, 24, 15, 30), workingDays(1), DIRECT)).isEqualTo(local(2025, 2, 3, 17, 0));
	}

	@Test
	void tet2026ReceivedAt1645OnTheEveOfTheBreak() { // Fri 13/02/2026 16:45 + 5: break 14/02–22/02 → 23–27/02
		Appointment appointment = CALCULATOR.appointment(at(2026, 2, 13, 16, 45), workingDays(5), DIRECT);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 2, 27, 17, 0));
		assertThat(appointment.trace()).containsExactly("Tiếp nhận: 16:45 Thứ Sáu 13/02/2026 (trực tiếp).",
				"Thời hạn: 5 ngày làm việc.", "Không tính ngày tiếp nhận 13/02/2026.",
				"Không tính 14/02–15/02/2026: nghỉ cuối tuần.", "Không tính 16/02–20/02/2026: Tết Âm lịch.",
				"Không tính 21/02–22/02/2026: nghỉ cuối tuần.", "Ngày làm việc thứ 5: Thứ Sáu 27/02/2026.",
				"Hẹn trả: 17:00 Thứ Sáu 27/02/2026.");
	}

	@Test
	void tet2026OnlineAfterClosingOnTheEve() { // Fri 13/02 17:30 online → counted from Mon 23/02 07:30: 24–27/02, 02/03
		Appointment appointment = CALCULATOR.appointment(at(2026, 2, 13, 17, 30), workingDays(5), ONLINE);
		assertThat(appointment.countedFrom()).isEqualTo(local(2026, 2, 23, 7, 30));
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 2, 17, 0));
	}

	@Test
	void tenWorkingDaysAcrossTet2026() { // Fri 13/02/2026 + 10: 23–27/02 (5), 02–06/03 (10)
		assertThat(due(at(2026, 2, 13, 9, 0), workingDays(10), DIRECT)).isEqualTo(local(2026, 3, 6, 17, 0));
	}

	@Test
	void tet2027FromTheDefaultRule() { // Wed 03/02/2027 + 2: default Tết Thu 04–Wed 10/02 → Thu 11, Fri 12/02
		assertThat(due(at(2027, 2, 3, 9, 0), workingDays(2), DIRECT)).isEqualTo(local(2027, 2, 12, 17, 0));
	}

	// --- 30/4–1/5 ---

	@Test
	void victoryDay2019WithSwap() { // Fri 26/04/2019 + 2: 27/04–01/05 off (29/04 sw) → Thu 02, Fri 03/05
		assertThat(due(at(2019, 4, 26, 10, 0), workingDays(2), DIRECT)).isEqualTo(local(2019, 5, 3, 17, 0));
	}

	@Test
	void makeUpSaturday2019() { // Thu 02/05/2019 + 2: Fri 03, Sat 04/05 (làm bù)
		assertThat(due(at(2019, 5, 2, 10, 0), workingDays(2), DIRECT)).isEqualTo(local(2019, 5, 4, 17, 0));
	}

	@Test
	void labourDay2021OnSaturdayCompensatedMonday() { // Thu 29/04/2021 + 2: 30/04, 01/05 Sat, 03/05 comp → Tue 04, Wed 05
		assertThat(due(at(2021, 4, 29, 10, 0), workingDays(2), DIRECT)).isEqualTo(local(2021, 5, 5, 17, 0));
	}

	@Test
	void bridge2022TwoCompensatoryDays() { // Fri 29/04/2022 + 1: 30/04–01/05 weekend, 02–03/05 comp → Wed 04/05
		assertThat(due(at(2022, 4, 29, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2022, 5, 4, 17, 0));
	}

	@Test
	void bridge2023GioToOnSaturday() { // Fri 28/04/2023 + 1: 29/04 Giỗ Tổ Sat … 03/05 comp → Thu 04/05
		assertThat(due(at(2023, 4, 28, 11, 0), workingDays(1), DIRECT)).isEqualTo(local(2023, 5, 4, 17, 0));
	}

	@Test
	void bridge2024SwapAndMakeUpSaturday() { // Fri 26/04/2024 + 3: 27/04–01/05 off → Thu 02, Fri 03, Sat 04/05 làm bù
		assertThat(due(at(2024, 4, 26, 10, 0), workingDays(3), DIRECT)).isEqualTo(local(2024, 5, 4, 17, 0));
	}

	@Test
	void makeUpSaturday2025BeforeTheBridge() { // Fri 25/04/2025 + 1 → Sat 26/04 (làm bù)
		assertThat(due(at(2025, 4, 25, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2025, 4, 26, 17, 0));
	}

	@Test
	void bridge2025WithSwappedFriday() { // Tue 29/04/2025 + 1: 30/04, 01/05, 02/05 sw, weekend → Mon 05/05
		assertThat(due(at(2025, 4, 29, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2025, 5, 5, 17, 0));
	}

	@Test
	void bridge2026WithoutSwap() { // Wed 29/04/2026 + 1: Thu 30/04, Fri 01/05, weekend → Mon 04/05
		assertThat(due(at(2026, 4, 29, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2026, 5, 4, 17, 0));
	}

	@Test
	void gioTo2026OnSundayCompensatedMonday() { // Fri 24/04/2026 + 2: Sat, Sun 26/04 Giỗ Tổ, Mon 27 comp → Tue 28, Wed 29
		assertThat(due(at(2026, 4, 24, 10, 0), workingDays(2), DIRECT)).isEqualTo(local(2026, 4, 29, 17, 0));
	}

	@Test
	void newYear2023OnSundayCompensatedMonday() { // Fri 30/12/2022 + 1: Sat 31, Sun 01/01, Mon 02/01 comp → Tue 03/01
		assertThat(due(at(2022, 12, 30, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2023, 1, 3, 17, 0));
	}

	// --- Quốc khánh ---

	@Test
	void nationalDay2019WasOneDay() { // Fri 30/08/2019 + 1: weekend, Mon 02/09 → Tue 03/09
		assertThat(due(at(2019, 8, 30, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2019, 9, 3, 17, 0));
	}

	@Test
	void nationalDay2021WithFridayAfter() { // Wed 01/09/2021 + 1: Thu 02, Fri 03 (+03/09), weekend → Mon 06/09
		assertThat(due(at(2021, 9, 1, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2021, 9, 6, 17, 0));
	}

	@Test
	void nationalDay2023OnSaturdayCompensatedMonday() { // Thu 31/08/2023 + 1: Fri 01/09 (+), Sat 02, Sun, Mon 04 comp → Tue 05
		assertThat(due(at(2023, 8, 31, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2023, 9, 5, 17, 0));
	}

	@Test
	void nationalDay2024WithTuesdayAfter() { // Fri 30/08/2024 + 1: weekend, Mon 02, Tue 03 (+) → Wed 04/09
		assertThat(due(at(2024, 8, 30, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2024, 9, 4, 17, 0));
	}

	@Test
	void nationalDay2025WithMondayBefore() { // Fri 29/08/2025 + 2: weekend, Mon 01/09 (+), Tue 02 → Wed 03, Thu 04
		assertThat(due(at(2025, 8, 29, 10, 0), workingDays(2), DIRECT)).isEqualTo(local(2025, 9, 4, 17, 0));
	}

	@Test
	void nationalDay2026WithSwappedMondayAndMakeUpSaturday() { // Fri 21/08/2026 + 1 → Sat 22/08 làm bù
		assertThat(due(at(2026, 8, 21, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2026, 8, 22, 17, 0));
		// Fri 28/08 + 3: Sat 29, Sun 30, Mon 31 sw, Tue 01 (+), Wed 02 → Thu 03, Fri 04, Mon 07/09
		assertThat(due(at(2026, 8, 28, 10, 0), workingDays(3), DIRECT)).isEqualTo(local(2026, 9, 7, 17, 0));
	}

	// --- 2026 New Year swap and 24/11 ---

	@Test
	void makeUpSaturday10January2026() { // Fri 09/01/2026 + 1 → Sat 10/01 làm bù
		assertThat(due(at(2026, 1, 9, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2026, 1, 10, 17, 0));
	}

	@Test
	void newYear2026WithSwappedFriday() { // Wed 31/12/2025 + 2: Thu 01/01, Fri 02 sw, weekend → Mon 05, Tue 06/01
		assertThat(due(at(2025, 12, 31, 14, 0), workingDays(2), DIRECT)).isEqualTo(local(2026, 1, 6, 17, 0));
	}

	@Test
	void vietnameseCultureDayIsOffAsShipped() { // Mon 23/11/2026 + 1: Tue 24/11 (EXTRA_OFF, unconfirmed) → Wed 25/11
		assertThat(due(at(2026, 11, 23, 10, 0), workingDays(1), DIRECT)).isEqualTo(local(2026, 11, 25, 17, 0));
	}

	// --- calendar days (§5.2: a period ending on a day off ends at the end of the next working day) ---

	@Test
	void calendarDaysEndingOnAHolidayMoveToTheNextWorkingDay() {
		// Mon 20/04/2026 + 10 days = Thu 30/04 (holiday); Fri 01/05 holiday, weekend → Mon 04/05
		Appointment appointment = CALCULATOR.appointment(at(2026, 4, 20, 9, 0), calendarDays(10), DIRECT);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 5, 4, 17, 0));
		assertThat(appointment.trace()).contains("Không tính 30/04/2026: Ngày Chiến thắng.",
				"Không tính 01/05/2026: Ngày Quốc tế Lao động.", "Không tính 02/05–03/05/2026: nghỉ cuối tuần.");
	}

	@Test
	void calendarDaysEndingOnAWorkingDayStayThere() { // Mon 13/04/2026 + 15 = Tue 28/04
		assertThat(due(at(2026, 4, 13, 9, 0), calendarDays(15), DIRECT)).isEqualTo(local(2026, 4, 28, 17, 0));
	}

	@Test
	void calendarDaysEndingInTetMoveAfterTheBreak() { // Tue 10/02/2026 + 5 = Sun 15/02 → break until 22/02 → Mon 23/02
		assertThat(due(at(2026, 2, 10, 9, 0), calendarDays(5), DIRECT)).isEqualTo(local(2026, 2, 23, 17, 0));
	}

	@Test
	void calendarDaysEndingOnASaturday() { // Thu 05/03/2026 + 2 = Sat 07/03 → Mon 09/03
		assertThat(due(at(2026, 3, 5, 9, 0), calendarDays(2), DIRECT)).isEqualTo(local(2026, 3, 9, 17, 0));
	}

	@Test
	void calendarDaysEndingOnTheCultureDay() { // Mon 09/11/2026 + 15 = Tue 24/11 (off) → Wed 25/11
		assertThat(due(at(2026, 11, 9, 9, 0), calendarDays(15), DIRECT)).isEqualTo(local(2026, 11, 25, 17, 0));
	}

	// --- online outside office hours (§5.6) ---

	@Test
	void onlineOnSundayCountsFromMondayOpening() { // Sun 08/03/2026 21:00 → Mon 09/03 07:30; +3 → Tue, Wed, Thu 12/03
		Appointment appointment = CALCULATOR.appointment(at(2026, 3, 8, 21, 0), workingDays(3), ONLINE);
		assertThat(appointment.countedFrom()).isEqualTo(local(2026, 3, 9, 7, 30));
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 12, 17, 0));
		assertThat(appointment.trace()).contains(
				"Nộp trực tuyến vào ngày nghỉ (Chủ nhật): tính là tiếp nhận lúc 07:30 Thứ Hai 09/03/2026.");
	}

	@Test
	void saturdayDeskReceptionCountsFromSaturday() { // desk open Sat 07/03/2026: day not counted → Mon, Tue, Wed 11/03
		assertThat(due(at(2026, 3, 7, 9, 0), workingDays(3), DIRECT)).isEqualTo(local(2026, 3, 11, 17, 0));
	}

	@Test
	void onlineAfterClosingCountsFromTomorrow() { // Tue 10/03/2026 18:30 → Wed 11/03 07:30; +1 → Thu 12/03
		assertThat(due(at(2026, 3, 10, 18, 30), workingDays(1), ONLINE)).isEqualTo(local(2026, 3, 12, 17, 0));
	}

	@Test
	void onlineDuringLunchCountsFromTheAfternoonOpening() { // Tue 10/03/2026 12:00 → 13:00 same day; +1 → Wed 11/03
		Appointment appointment = CALCULATOR.appointment(at(2026, 3, 10, 12, 0), workingDays(1), ONLINE);
		assertThat(appointment.countedFrom()).isEqualTo(local(2026, 3, 10, 13, 0));
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 11, 17, 0));
	}

	@Test
	void onlineDuringTetCountsFromTheFirstWorkingDay() { // Wed 18/02/2026 → Mon 23/02 07:30; +1 → Tue 24/02
		assertThat(due(at(2026, 2, 18, 10, 0), workingDays(1), ONLINE)).isEqualTo(local(2026, 2, 24, 17, 0));
	}

	@Test
	void onlineOnTheCultureDay() { // Tue 24/11/2026 → Wed 25/11 07:30; +2 → Thu 26, Fri 27/11
		assertThat(due(at(2026, 11, 24, 10, 0), workingDays(2), ONLINE)).isEqualTo(local(2026, 11, 27, 17, 0));
	}

	@Test
	void onlineOnAMakeUpSaturdayIsInOfficeHours() { // Sat 10/01/2026 09:00 is a working day: +1 → Mon 12/01
		Appointment appointment = CALCULATOR.appointment(at(2026, 1, 10, 9, 0), workingDays(1), ONLINE);
		assertThat(appointment.countedFrom()).isEqualTo(local(2026, 1, 10, 9, 0));
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 1, 12, 17, 0));
	}

}
