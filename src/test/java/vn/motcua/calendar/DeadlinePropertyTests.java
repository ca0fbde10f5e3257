package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.CALCULATOR;
import static vn.motcua.calendar.ShippedCalendar.CALENDAR;

/**
 * Properties of every appointment, over receptions drawn with a fixed seed (reproducible; jqwik does not run on this
 * JUnit platform) at any minute of any day of 2019–2026, by either channel, with every kind of processing time.
 */
class DeadlinePropertyTests {

	static final int CASES = 400;

	static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

	static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;

	static Stream<Arguments> receptions() {
		Random random = new Random(20260213L);
		List<Arguments> cases = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			cases.add(Arguments.of(randomInstant(random), random.nextBoolean(), randomTime(random)));
		}
		return cases.stream();
	}

	static Instant randomInstant(Random random) {
		return FIRST.plusDays(random.nextInt(DAYS))
			.atTime(LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L))
			.atZone(DeadlineCalculator.ZONE)
			.toInstant();
	}

	static ProcessingTime randomTime(Random random) {
		switch (random.nextInt(7)) {
			case 0:
				return ProcessingTime.sameDay(ProcessingTime.FIFTEEN_HUNDRED);
			case 1:
				return ProcessingTime.sameDay();
			case 2:
				return ProcessingTime.calendarDays(random.nextInt(46));
			case 3:
				return ProcessingTime.workingHours(1 + random.nextInt(40));
			case 4:
				return ProcessingTime.workingDays(BigDecimal.valueOf(random.nextInt(6)).add(new BigDecimal("0.5")));
			default:
				return ProcessingTime.workingDays(1 + random.nextInt(30));
		}
	}

	@ParameterizedTest(name = "{0} online={1} {2}")
	@MethodSource("receptions")
	void appointmentIsOnAWorkingDayWithinOfficeHours(Instant receivedAt, boolean online, ProcessingTime time) {
		ZonedDateTime due = CALCULATOR.appointment(receivedAt, time, online).dueAt();
		assertThat(CALENDAR.isWorkingDay(due.toLocalDate())).as("%s is a working day", due).isTrue();
		assertWithinOfficeHours(due);
		if (!time.countsOfficeTime() && time.officeTime().isZero()) {
			assertThat(due.toLocalTime()).as("a deadline in days ends at closing").isEqualTo(OfficeHours.DEFAULT.closing());
		}
	}

	@ParameterizedTest(name = "{0} online={1} {2}")
	@MethodSource("receptions")
	void appointmentIsNeverBeforeTheReception(Instant receivedAt, boolean online, ProcessingTime time) {
		Appointment appointment = CALCULATOR.appointment(receivedAt, time, online);
		assertThat(appointment.instant()).isAfterOrEqualTo(receivedAt);
		assertThat(appointment.dueAt()).isAfterOrEqualTo(appointment.countedFrom());
		assertThat(appointment.countedFrom().toInstant()).isAfterOrEqualTo(receivedAt);
		if (!time.isSameDay()) {
			assertThat(appointment.instant()).as("only a same-day deadline can fall at the reception itself")
				.isAfter(receivedAt);
		}
	}

	@ParameterizedTest(name = "{0} online={1}")
	@MethodSource("receptions")
	void moreTimeNeverGivesAnEarlierAppointment(Instant receivedAt, boolean online, ProcessingTime ignored) {
		assertNonDecreasing(receivedAt, online, 0, 25,
				n -> n == 0 ? ProcessingTime.sameDay(ProcessingTime.FIFTEEN_HUNDRED) : ProcessingTime.workingDays(n));
		assertNonDecreasing(receivedAt, online, 0, 25, n -> n == 0 ? ProcessingTime.sameDay() : ProcessingTime.workingDays(n));
		assertNonDecreasing(receivedAt, online, 1, 24, // 0,5; 1; 1,5; 2; … 12 days
				n -> ProcessingTime.workingDays(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(2))));
		assertNonDecreasing(receivedAt, online, 0, 40, ProcessingTime::calendarDays);
		assertNonDecreasing(receivedAt, online, 1, 40, ProcessingTime::workingHours);
	}

	@ParameterizedTest(name = "{0} online={1} {2}")
	@MethodSource("receptions")
	void supplementNeverShortensTheDeadline(Instant receivedAt, boolean online, ProcessingTime time) {
		Appointment original = CALCULATOR.appointment(receivedAt, time, online);
		Random random = new Random(receivedAt.getEpochSecond());
		Instant requested = between(random, receivedAt, original.instant());
		Instant resubmitted = requested.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
		Pause pause = new Pause(requested, resubmitted, random.nextBoolean());
		Appointment paused = CALCULATOR.afterPause(receivedAt, time, online, pause, SupplementPolicy.PAUSE);
		Appointment restarted = CALCULATOR.afterPause(receivedAt, time, online, pause, SupplementPolicy.RESTART);
		assertThat(paused.dueAt()).isAfterOrEqualTo(original.dueAt());
		assertThat(restarted.dueAt()).isAfterOrEqualTo(paused.dueAt());
		assertThat(CALENDAR.isWorkingDay(paused.date())).isTrue();
		assertWithinOfficeHours(paused.dueAt());
	}

	@ParameterizedTest(name = "{0} online={1} {2}")
	@MethodSource("receptions")
	void pauseOfNoLengthChangesNothing(Instant receivedAt, boolean online, ProcessingTime time) {
		// same-day procedures restart, and the 4 hours of 1,5 days are kept whole: both are left out
		if (time.isSameDay() || (time.days() > 0 && !time.officeTime().isZero())) {
			return;
		}
		Appointment original = CALCULATOR.appointment(receivedAt, time, online);
		Random random = new Random(receivedAt.getEpochSecond());
		Instant at = between(random, original.countedFrom().toInstant(), original.instant());
		assertThat(CALCULATOR.afterPause(receivedAt, time, online, new Pause(at, at, false), SupplementPolicy.PAUSE)
			.dueAt()).as("request and resubmission at %s", at.atZone(DeadlineCalculator.ZONE)).isEqualTo(original.dueAt());
	}

	private static void assertNonDecreasing(Instant receivedAt, boolean online, int from, int to,
			IntFunction<ProcessingTime> time) {
		ZonedDateTime previous = null;
		for (int n = from; n <= to; n++) {
			ZonedDateTime due = CALCULATOR.appointment(receivedAt, time.apply(n), online).dueAt();
			if (previous != null) {
				assertThat(due).as("%s after %s", time.apply(n).describe(), time.apply(n - 1).describe())
					.isAfterOrEqualTo(previous);
			}
			previous = due;
		}
	}

	/** A due time is inside a window or at its end: (07:30, 11:30] or (13:00, 17:00]. */
	private static void assertWithinOfficeHours(ZonedDateTime due) {
		LocalTime time = due.toLocalTime();
		OfficeHours hours = OfficeHours.DEFAULT;
		boolean morning = time.isAfter(hours.morningStart()) && !time.isAfter(hours.morningEnd());
		boolean afternoon = time.isAfter(hours.afternoonStart()) && !time.isAfter(hours.afternoonEnd());
		assertThat(morning || afternoon).as("%s within office hours", due).isTrue();
	}

	private static Instant between(Random random, Instant from, Instant to) {
		long seconds = Duration.between(from, to).getSeconds();
		return seconds <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * seconds));
	}

}
