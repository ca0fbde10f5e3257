package vn.motcua.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.motcua.calendar.ProcessingTime.FIFTEEN_HUNDRED;
import static vn.motcua.calendar.ProcessingTime.calendarDays;
import static vn.motcua.calendar.ProcessingTime.sameDay;
import static vn.motcua.calendar.ProcessingTime.workingDays;
import static vn.motcua.calendar.ProcessingTime.workingHours;
import static vn.motcua.calendar.ShippedCalendar.CALCULATOR;
import static vn.motcua.calendar.ShippedCalendar.at;
import static vn.motcua.calendar.ShippedCalendar.local;
import static vn.motcua.calendar.SupplementPolicy.PAUSE;
import static vn.motcua.calendar.SupplementPolicy.RESTART;

/** New appointment after a supplement request (DOMAIN.md §4.1), hand-checked. */
class SupplementTests {

	static final boolean DIRECT = false;

	// Mon 09/03/2026 09:00, 5 working days: Tue 10 … Mon 16/03 (original appointment)

	@Test
	void pauseResumesWithTheRemainingDays() {
		// request Wed 11/03 10:00: used Tue 10, Wed 11 = 2, remaining 3; back Mon 16/03 → Tue 17, Wed 18, Thu 19/03
		Appointment appointment = CALCULATOR.afterPause(at(2026, 3, 9, 9, 0), workingDays(5), DIRECT,
				new Pause(at(2026, 3, 11, 10, 0), at(2026, 3, 16, 9, 0), DIRECT), PAUSE);
		assertThat(appointment.dueAt()).isEqualTo(local(2026, 3, 19, 17, 0));
		assertThat(appointment.countedFrom()).isEqualTo(local(2026, 3, 16, 9, 0));
		assertThat(appointment.trace()).contains(
				"Yêu cầu bổ sung lúc 10:00 Thứ Tư 11/03/2026: đã dùng 2 ngày làm việc (tính cả ngày yêu cầu), còn 3 ngày làm việc.");
	}

	@Test
	void restartCountsTheFullTimeFromTheResubmission() { // back Mon 16/03 → Tue 17 … Mon 23/03
		assertThat(CALCULATOR.afterPause(at(2026, 3, 9, 9, 0), workingDays(5), DIRECT,
				new Pause(at(2026, 3, 11, 10, 0), at(2026, 3, 16, 9, 0), DIRECT), RESTART).dueAt())
			.isEqualTo(local(2026, 3, 23, 17, 0));
	}

	@Test
	void requestAndResubmissionOnTheSameDayChangeNothing() { // Wed 11/03 09:00 → 15:00: still Mon 16/03
		assertThat(CALCULATOR.afterPause(at(2026, 3, 9, 9, 0), workingDays(5), DIRECT,
				new Pause(at(2026, 3, 11, 9, 0), at(2026, 3, 11, 15, 0), DIRECT), PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 16, 17, 0));
	}

	@Test
	void pauseOverTetWithOnlineResubmissionOnSaturday() {
		// Mon 09/02/2026 + 5; request Wed 11/02 (used 2, remaining 3); online Sat 21/02 → Mon 23/02 07:30;
		// Tue 24, Wed 25, Thu 26/02
		assertThat(CALCULATOR.afterPause(at(2026, 2, 9, 9, 0), workingDays(5), DIRECT,
				new Pause(at(2026, 2, 11, 10, 0), at(2026, 2, 21, 10, 0), true), PAUSE).dueAt())
			.isEqualTo(local(2026, 2, 26, 17, 0));
	}

	@Test
	void pauseInWorkingHours() { // Tue 10/03 08:00 + 8 h; request 10:00 (2 h used); back Wed 11/03 14:00: 3 h + Thu 3 h
		assertThat(CALCULATOR.afterPause(at(2026, 3, 10, 8, 0), workingHours(8), DIRECT,
				new Pause(at(2026, 3, 10, 10, 0), at(2026, 3, 11, 14, 0), DIRECT), PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 12, 10, 30));
	}

	@Test
	void pauseInCalendarDays() { // Mon 02/03/2026 + 10; request Wed 04/03 (used 2); back Mon 09/03 + 8 = Tue 17/03
		assertThat(CALCULATOR.afterPause(at(2026, 3, 2, 9, 0), calendarDays(10), DIRECT,
				new Pause(at(2026, 3, 4, 9, 0), at(2026, 3, 9, 9, 0), DIRECT), PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 17, 17, 0));
	}

	@Test
	void twoRoundsPauseTwice() {
		// Mon 09/03/2026 + 5: request Tue 10 (used 1, rem 4), back Thu 12; request Fri 13 (used 1, rem 3), back Tue 17
		// → Wed 18, Thu 19, Fri 20/03
		assertThat(CALCULATOR.afterPauses(at(2026, 3, 9, 9, 0), workingDays(5), DIRECT,
				List.of(new Pause(at(2026, 3, 10, 9, 0), at(2026, 3, 12, 9, 0), DIRECT),
						new Pause(at(2026, 3, 13, 9, 0), at(2026, 3, 17, 9, 0), DIRECT)),
				PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 20, 17, 0));
	}

	@Test
	void requestAfterTheDeadlineLeavesTheResubmissionDay() { // Mon 09/03 + 1 (Tue 10); request Wed 11; back Fri 13
		assertThat(CALCULATOR.afterPause(at(2026, 3, 9, 9, 0), workingDays(1), DIRECT,
				new Pause(at(2026, 3, 11, 9, 0), at(2026, 3, 13, 9, 0), DIRECT), PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 13, 17, 0));
	}

	@Test
	void sameDayProcedureRestartsWithItsCutoff() { // back Wed 11/03/2026 15:30, after 15:00 → Thu 12/03
		assertThat(CALCULATOR.afterPause(at(2026, 3, 10, 9, 0), sameDay(FIFTEEN_HUNDRED), DIRECT,
				new Pause(at(2026, 3, 10, 10, 0), at(2026, 3, 11, 15, 30), DIRECT), PAUSE).dueAt())
			.isEqualTo(local(2026, 3, 12, 17, 0));
	}

	@Test
	void refusesARequestBeforeTheReception() {
		assertThatIllegalArgumentException().isThrownBy(() -> CALCULATOR.afterPause(at(2026, 3, 9, 9, 0),
				workingDays(5), DIRECT, new Pause(at(2026, 3, 6, 9, 0), at(2026, 3, 9, 10, 0), DIRECT), PAUSE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Pause(at(2026, 3, 10, 9, 0), at(2026, 3, 9, 9, 0), DIRECT));
	}

}
