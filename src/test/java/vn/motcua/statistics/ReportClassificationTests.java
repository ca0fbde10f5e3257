package vn.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import vn.motcua.statistics.ReportClassification.Facts;
import vn.motcua.statistics.ReportClassification.Outcome;
import vn.motcua.statistics.ReportClassification.Period;
import vn.motcua.statistics.ReportClassification.Placement;
import vn.motcua.statistics.ReportClassification.Received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The boundary cases of the report's columns (DOMAIN.md §4.2, §6.1). */
class ReportClassificationTests {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	ReportClassification rules = new ReportClassification(VN);

	static Instant at(int y, int m, int d, int h, int min) {
		return ZonedDateTime.of(y, m, d, h, min, 0, 0, VN).toInstant();
	}

	/** March 2026, counted long after it ended. */
	Period march = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), at(2026, 11, 1, 9, 0), VN);

	Facts resolved(Instant received, Instant due, Instant resolved) {
		return new Facts(received, due, resolved, null, null);
	}

	@Test
	void resolvedOnTheAppointmentDayBeforeItsHourIsOnTime() {
		assertThat(rules.place(resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), at(2026, 3, 9, 16, 59)), march))
			.isEqualTo(new Placement(Received.NEW_IN_PERIOD, Outcome.ON_TIME, false));
	}

	@Test
	void resolvedOnTheAppointmentDayAfterItsHourIsLate() {
		assertThat(rules.place(resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), at(2026, 3, 9, 17, 1)), march)
			.outcome()).isEqualTo(Outcome.LATE);
	}

	@Test
	void resolvedTheDayBeforeIsEarlyAndTheDayAfterIsLate() {
		assertThat(rules.place(resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), at(2026, 3, 8, 23, 59)), march)
			.outcome()).isEqualTo(Outcome.EARLY);
		assertThat(rules.place(resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), at(2026, 3, 10, 7, 30)), march)
			.outcome()).isEqualTo(Outcome.LATE);
	}

	@Test
	void openWithTheAppointmentExactlyOnTheLastDayIsOverdueAtTheEndOfThatDay() {
		Facts open = new Facts(at(2026, 3, 24, 9, 0), at(2026, 3, 31, 17, 0), null, null, null);
		assertThat(rules.place(open, march)).isEqualTo(new Placement(Received.NEW_IN_PERIOD, Outcome.IN_PROGRESS_OVERDUE, false));
		// counted during the afternoon of 31/03 (a period that has not ended yet), it is still within the deadline
		Period now = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), at(2026, 3, 31, 14, 0), VN);
		assertThat(rules.place(open, now).outcome()).isEqualTo(Outcome.IN_PROGRESS_WITHIN);
	}

	@Test
	void carriedOverAcrossTheYearBoundary() {
		Period year2026 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), at(2027, 2, 1, 9, 0), VN);
		Facts december = resolved(at(2025, 12, 29, 10, 0), at(2026, 1, 6, 17, 0), at(2026, 1, 5, 11, 0));
		assertThat(rules.place(december, year2026)).isEqualTo(new Placement(Received.CARRIED_OVER, Outcome.EARLY, false));
		Period year2025 = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), at(2027, 2, 1, 9, 0), VN);
		assertThat(rules.place(december, year2025))
			.isEqualTo(new Placement(Received.NEW_IN_PERIOD, Outcome.IN_PROGRESS_WITHIN, false));
		// resolved before the period: not in it at all
		assertThat(rules.place(resolved(at(2025, 12, 1, 8, 0), at(2025, 12, 5, 17, 0), at(2025, 12, 4, 8, 0)), year2026))
			.isEqualTo(Placement.OUTSIDE);
	}

	@Test
	void awaitingASupplementIsWithinTheDeadlineUnlessAlreadyOverdueWhenPaused() {
		// paused on 05/03 with the appointment on 09/03 (the due date will move when the documents arrive)
		Facts paused = new Facts(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), null, null, at(2026, 3, 5, 10, 0));
		assertThat(rules.place(paused, march).outcome()).isEqualTo(Outcome.IN_PROGRESS_WITHIN);
		Facts pausedLate = new Facts(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), null, null, at(2026, 3, 10, 10, 0));
		assertThat(rules.place(pausedLate, march).outcome()).isEqualTo(Outcome.IN_PROGRESS_OVERDUE);
	}

	@Test
	void aSupplementThatRestartedTheClockIsJudgedAgainstTheMovedAppointment() {
		// PAUSE or RESTART only change dueAt, which the dossier module keeps: the verdict reads the moved date
		Facts restarted = resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 16, 17, 0), at(2026, 3, 13, 10, 0));
		assertThat(rules.place(restarted, march).outcome()).isEqualTo(Outcome.EARLY);
	}

	@Test
	void anApologyNeverTurnsALateDossierIntoAnOnTimeOne() {
		// the new date promised by Mẫu 04 is not in the facts at all: the original appointment decides
		assertThat(rules.place(resolved(at(2026, 3, 2, 9, 0), at(2026, 3, 4, 17, 0), at(2026, 3, 9, 10, 0)), march)
			.outcome()).isEqualTo(Outcome.LATE);
	}

	@Test
	void withdrawnInThePeriodIsCountedBesideTheTableOnly() {
		Facts withdrawn = new Facts(at(2026, 2, 20, 9, 0), at(2026, 3, 5, 17, 0), null, at(2026, 3, 3, 9, 0), null);
		assertThat(rules.place(withdrawn, march)).isEqualTo(new Placement(Received.NONE, Outcome.NONE, true));
	}

	@Test
	void withdrawnAfterThePeriodStillCountsInIt() {
		Facts withdrawnLater = new Facts(at(2026, 3, 20, 9, 0), at(2026, 4, 5, 17, 0), null, at(2026, 4, 2, 9, 0), null);
		assertThat(rules.place(withdrawnLater, march))
			.isEqualTo(new Placement(Received.NEW_IN_PERIOD, Outcome.IN_PROGRESS_WITHIN, false));
		// and withdrawn before the period: nowhere
		Facts withdrawnBefore = new Facts(at(2026, 2, 1, 9, 0), at(2026, 2, 5, 17, 0), null, at(2026, 2, 3, 9, 0), null);
		assertThat(rules.place(withdrawnBefore, march)).isEqualTo(Placement.OUTSIDE);
	}

	@Test
	void receivedAfterTheCutOffIsNotCounted() {
		Period untilNoon = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), at(2026, 3, 10, 12, 0), VN);
		assertThat(rules.place(new Facts(at(2026, 3, 10, 14, 0), at(2026, 3, 17, 17, 0), null, null, null), untilNoon))
			.isEqualTo(Placement.OUTSIDE);
	}

	@Test
	void impossibleFactsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Facts(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0), at(2026, 3, 1, 9, 0), null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Facts(at(2026, 3, 2, 9, 0), at(2026, 3, 9, 17, 0),
				at(2026, 3, 3, 9, 0), at(2026, 3, 4, 9, 0), null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), at(2026, 4, 1, 0, 0), VN));
	}

	/** Received = resolved + in progress, over random dossiers and periods (seeded, so a failure repeats). */
	@RepeatedTest(200)
	void receivedEqualsResolvedPlusInProgress(RepetitionInfo repetition) {
		Random random = new Random(20261123L + repetition.getCurrentRepetition());
		Instant base = at(2025, 1, 1, 0, 0);
		LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500));
		LocalDate to = from.plusDays(random.nextInt(400));
		Period period = Period.of(from, to, base.plusSeconds(86_400L * (200 + random.nextInt(800))), VN);
		Map<Received, Integer> received = new EnumMap<>(Received.class);
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		for (int i = 0; i < 300; i++) {
			Instant receivedAt = base.plusSeconds(random.nextInt(86_400 * 900));
			Instant dueAt = receivedAt.plusSeconds(3_600L * (1 + random.nextInt(24 * 30)));
			Instant resolvedAt = null;
			Instant withdrawnAt = null;
			int fate = random.nextInt(10);
			if (fate < 7) {
				resolvedAt = receivedAt.plusSeconds(3_600L * random.nextInt(24 * 40));
			}
			else if (fate == 7) {
				withdrawnAt = receivedAt.plusSeconds(3_600L * random.nextInt(24 * 40));
			}
			Instant paused = fate == 8 ? receivedAt.plusSeconds(3_600L * random.nextInt(24 * 10)) : null;
			Placement placement = rules.place(new Facts(receivedAt, dueAt, resolvedAt, withdrawnAt, paused), period);
			received.merge(placement.received(), 1, Integer::sum);
			outcomes.merge(placement.outcome(), 1, Integer::sum);
			// every dossier in a received column has exactly one outcome, and vice versa
			assertThat(placement.received() == Received.NONE).isEqualTo(placement.outcome() == Outcome.NONE);
		}
		int receivedTotal = received.getOrDefault(Received.CARRIED_OVER, 0) + received.getOrDefault(Received.NEW_IN_PERIOD, 0);
		int resolvedTotal = outcomes.getOrDefault(Outcome.EARLY, 0) + outcomes.getOrDefault(Outcome.ON_TIME, 0)
				+ outcomes.getOrDefault(Outcome.LATE, 0);
		int inProgress = outcomes.getOrDefault(Outcome.IN_PROGRESS_WITHIN, 0)
				+ outcomes.getOrDefault(Outcome.IN_PROGRESS_OVERDUE, 0);
		assertThat(receivedTotal).isEqualTo(resolvedTotal + inProgress);
	}

}
