package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes ngày hẹn trả from the reception instant (DOMAIN.md §5), in Asia/Ho_Chi_Minh, with the unit's office hours and
 * the working-day calendar. The rules, each with a named test in {@code DeadlineCalculatorTests}:
 * <ol>
 * <li><b>Reception day not counted</b> (BLDS 2015 art. 147–148, unverified): N working days from reception on day D
 * end at closing time of the N-th working day after D, whatever the hour of reception. There is no "after 15:00 the
 * clock starts tomorrow" rule (§5.4).</li>
 * <li><b>Calendar days</b>: the period ends at closing time of D + N; if that is not a working day, at closing time
 * of the next working day (art. 148).</li>
 * <li><b>Same day</b> ({@link ProcessingTime#sameDay(LocalTime)}): closing time of the reception day if received at or
 * before the cut-off, else closing time of the next working day; a reception on a day off is answered on the next
 * working day.</li>
 * <li><b>Working hours</b> (and half a day = 4 hours): only office minutes count, across lunch, nights and days off
 * (§5.5). 1,5 days = the end of the first working day after the reception day plus 4 working hours.</li>
 * <li><b>Online outside office hours</b>: an online dossier filed outside office hours or on a day off counts from the
 * next opening (§5.6, practice). A dossier received at the desk counts from its reception, even on a Saturday
 * morning opening: its day is then not counted either.</li>
 * <li><b>Supplement</b> ({@link #afterPause}): {@link SupplementPolicy#PAUSE} resumes the remaining time at the
 * resubmission, {@link SupplementPolicy#RESTART} starts the full time again (§4.1).</li>
 * </ol>
 * Immutable and thread-safe; time is passed in, never read from a clock.
 */
public final class DeadlineCalculator {

	/** Vietnam's only zone, without daylight saving. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WorkingCalendar calendar;

	private final OfficeHours hours;

	public DeadlineCalculator(WorkingCalendar calendar, OfficeHours hours) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.hours = Objects.requireNonNull(hours, "hours");
	}

	/** The same calendar with another unit's office hours. */
	public DeadlineCalculator withOfficeHours(OfficeHours otherHours) {
		return new DeadlineCalculator(calendar, otherHours);
	}

	/** The calendar used. */
	public WorkingCalendar calendar() {
		return calendar;
	}

	/** The office hours used. */
	public OfficeHours officeHours() {
		return hours;
	}

	/**
	 * The appointment for a dossier received at {@code receivedAt}.
	 * @param receivedAt the valid reception (the clock's start, DOMAIN.md §4 row 1–2)
	 * @param time the procedure's processing time
	 * @param online whether the dossier was filed online (then outside office hours counts from the next opening)
	 * @throws OutsideCalendarException if the count leaves the years of the calendar
	 */
	public Appointment appointment(Instant receivedAt, ProcessingTime time, boolean online) {
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(time, "time");
		List<String> trace = new ArrayList<>();
		ZonedDateTime received = receivedAt.atZone(ZONE);
		trace.add("Tiếp nhận: " + VietnameseText.instant(received) + (online ? " (trực tuyến)." : " (trực tiếp)."));
		ZonedDateTime start = countingStart(received, online, trace);
		trace.add("Thời hạn: " + time.describe() + ".");
		ZonedDateTime due = count(start, time, trace);
		return finish(due, start, trace);
	}

	/** {@link #afterPauses} with one supplement round. */
	public Appointment afterPause(Instant receivedAt, ProcessingTime time, boolean online, Pause pause,
			SupplementPolicy policy) {
		return afterPauses(receivedAt, time, online, List.of(pause), policy);
	}

	/**
	 * The appointment after one or more supplement rounds (DOMAIN.md §4.1), to print on the resubmission receipt.
	 *
	 * <p>{@link SupplementPolicy#RESTART}: the full processing time from the last resubmission, as if received then.
	 *
	 * <p>{@link SupplementPolicy#PAUSE}: the time used before each request is subtracted and the rest counted from the
	 * resubmission. In days, the day of the request counts as used and the day of the resubmission is not counted
	 * (like a reception day), so a request and resubmission on the same day change nothing; in office time, the office
	 * minutes between start and request are used. A request made after the deadline leaves nothing: the result is
	 * then due by the end of the resubmission day. A same-day procedure restarts in both policies. The fraction of
	 * 1,5 days is kept whole and added after the remaining days.
	 * @param pauses the supplement rounds, in order, none before the reception
	 */
	public Appointment afterPauses(Instant receivedAt, ProcessingTime time, boolean online, List<Pause> pauses,
			SupplementPolicy policy) {
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(policy, "policy");
		if (pauses.isEmpty()) {
			throw new IllegalArgumentException("no supplement round");
		}
		Instant previous = receivedAt;
		for (Pause pause : pauses) {
			if (pause.requestedAt().isBefore(previous)) {
				throw new IllegalArgumentException(
						"supplement requested at " + pause.requestedAt() + ", before " + previous);
			}
			previous = pause.resubmittedAt();
		}

		List<String> trace = new ArrayList<>();
		ZonedDateTime received = receivedAt.atZone(ZONE);
		trace.add("Tiếp nhận: " + VietnameseText.instant(received) + (online ? " (trực tuyến)." : " (trực tiếp)."));
		ZonedDateTime start = countingStart(received, online, trace);
		trace.add("Thời hạn: " + time.describe() + ".");

		if (policy == SupplementPolicy.RESTART || time.isSameDay()) {
			for (Pause pause : pauses) {
				trace.add("Yêu cầu bổ sung lúc " + VietnameseText.instant(pause.requestedAt().atZone(ZONE))
						+ "; nhận hồ sơ bổ sung lúc " + VietnameseText.instant(pause.resubmittedAt().atZone(ZONE)) + ".");
			}
			Pause last = pauses.get(pauses.size() - 1);
			trace.add(policy == SupplementPolicy.RESTART
					? "Thủ tục tính thời hạn từ khi nhận đủ hồ sơ: tính lại toàn bộ " + time.describe()
							+ " từ khi nhận hồ sơ bổ sung."
					: "Thủ tục trả trong ngày: tính lại từ khi nhận hồ sơ bổ sung.");
			ZonedDateTime restart = countingStart(last.resubmittedAt().atZone(ZONE), last.resubmittedOnline(), trace);
			return finish(count(restart, time, trace), restart, trace);
		}

		if (time.countsOfficeTime()) {
			Duration remaining = time.officeTime();
			for (Pause pause : pauses) {
				ZonedDateTime requested = pause.requestedAt().atZone(ZONE);
				Duration used = officeTimeBetween(start, requested);
				remaining = used.compareTo(remaining) >= 0 ? Duration.ZERO : remaining.minus(used);
				trace.add("Yêu cầu bổ sung lúc " + VietnameseText.instant(requested) + ": đã dùng "
						+ Durations.vietnamese(used) + " làm việc, còn " + Durations.vietnamese(remaining) + ".");
				start = resume(pause, trace);
			}
			trace.add("Tiếp tục tính " + Durations.vietnamese(remaining) + " làm việc còn lại.");
			ZonedDateTime due = remaining.isZero() ? start : byOfficeTime(start, remaining, trace);
			return finish(due, start, trace);
		}

		boolean workingDays = time.unit() == ProcessingTime.Unit.WORKING_DAY;
		String unit = workingDays ? " ngày làm việc" : " ngày";
		int remaining = time.days();
		for (Pause pause : pauses) {
			LocalDate requested = pause.requestedAt().atZone(ZONE).toLocalDate();
			LocalDate from = start.toLocalDate();
			int used = workingDays ? calendar.workingDaysBetween(from, requested)
					: (int) Math.max(0, ChronoUnit.DAYS.between(from, requested));
			remaining = Math.max(0, remaining - used);
			trace.add("Yêu cầu bổ sung lúc " + VietnameseText.instant(pause.requestedAt().atZone(ZONE)) + ": đã dùng "
					+ used + unit + " (tính cả ngày yêu cầu), còn " + remaining + unit + ".");
			start = resume(pause, trace);
		}
		ZonedDateTime due;
		if (remaining == 0) {
			trace.add("Không còn thời hạn: trả kết quả trong ngày nhận hồ sơ bổ sung.");
			due = sameDay(start, null, trace);
		}
		else {
			trace.add("Tiếp tục tính " + remaining + unit + " còn lại, không tính ngày nhận hồ sơ bổ sung.");
			due = workingDays ? byWorkingDays(start.toLocalDate(), remaining, trace)
					: byCalendarDays(start.toLocalDate(), remaining, trace);
		}
		return finish(plusFraction(due, time, trace), start, trace);
	}

	private ZonedDateTime resume(Pause pause, List<String> trace) {
		ZonedDateTime resubmitted = pause.resubmittedAt().atZone(ZONE);
		trace.add("Nhận hồ sơ bổ sung: " + VietnameseText.instant(resubmitted)
				+ (pause.resubmittedOnline() ? " (trực tuyến)." : " (trực tiếp)."));
		return countingStart(resubmitted, pause.resubmittedOnline(), trace);
	}

	private Appointment finish(ZonedDateTime due, ZonedDateTime start, List<String> trace) {
		trace.add("Hẹn trả: " + VietnameseText.instant(due) + ".");
		return new Appointment(due, start, trace);
	}

	/** When the clock starts: the reception, or for an online dossier outside office hours the next opening. */
	private ZonedDateTime countingStart(ZonedDateTime received, boolean online, List<String> trace) {
		if (!online) {
			return received;
		}
		ZonedDateTime opening = openAtOrAfter(received);
		if (!opening.equals(received)) {
			LocalDate day = received.toLocalDate();
			String when = calendar.isWorkingDay(day) ? "ngoài giờ làm việc (" + hours.describe() + ")"
					: "vào ngày nghỉ (" + calendar.reason(day).orElseThrow() + ")";
			trace.add("Nộp trực tuyến " + when + ": tính là tiếp nhận lúc " + VietnameseText.instant(opening) + ".");
		}
		return opening;
	}

	/** {@code at} if the office is open then, else the next opening of a window on a working day. */
	private ZonedDateTime openAtOrAfter(ZonedDateTime at) {
		LocalDate day = at.toLocalDate();
		if (calendar.isWorkingDay(day)) {
			Optional<LocalTime> open = hours.openAtOrAfter(at.toLocalTime());
			if (open.isPresent()) {
				return open.get().equals(at.toLocalTime()) ? at : day.atTime(open.get()).atZone(ZONE);
			}
		}
		return calendar.nextWorkingDay(day).atTime(hours.opening()).atZone(ZONE);
	}

	private ZonedDateTime count(ZonedDateTime start, ProcessingTime time, List<String> trace) {
		if (time.isSameDay()) {
			return sameDay(start, time.sameDayCutoff(), trace);
		}
		if (time.countsOfficeTime()) {
			return byOfficeTime(start, time.officeTime(), trace);
		}
		if (time.unit() == ProcessingTime.Unit.WORKING_DAY) {
			trace.add("Không tính ngày tiếp nhận " + VietnameseText.date(start.toLocalDate()) + ".");
			return plusFraction(byWorkingDays(start.toLocalDate(), time.days(), trace), time, trace);
		}
		return byCalendarDays(start.toLocalDate(), time.days(), trace);
	}

	/** The office time of a fraction of a day (1,5 days: 4 hours), counted after the whole days. */
	private ZonedDateTime plusFraction(ZonedDateTime wholeDays, ProcessingTime time, List<String> trace) {
		if (time.officeTime().isZero()) {
			return wholeDays;
		}
		trace.add("Cộng thêm " + Durations.vietnamese(time.officeTime()) + " làm việc (phần lẻ của ngày).");
		return byOfficeTime(wholeDays, time.officeTime(), trace);
	}

	/** Closing time of the {@code n}-th working day after {@code day} (n ≥ 1). */
	private ZonedDateTime byWorkingDays(LocalDate day, int n, List<String> trace) {
		LocalDate due = calendar.addWorkingDays(day, n);
		skipped(day.plusDays(1), due, trace);
		trace.add("Ngày làm việc thứ " + n + ": " + VietnameseText.dayWithWeekday(due) + ".");
		return closing(due);
	}

	/** Closing time of {@code day} + {@code n}, or of the next working day if that is a day off. */
	private ZonedDateTime byCalendarDays(LocalDate day, int n, List<String> trace) {
		LocalDate last = day.plusDays(n);
		trace.add("Ngày cuối của thời hạn (không tính ngày " + VietnameseText.date(day) + "): "
				+ VietnameseText.dayWithWeekday(last) + ".");
		if (calendar.isWorkingDay(last)) {
			return closing(last);
		}
		LocalDate due = calendar.nextWorkingDay(last);
		trace.add("Ngày cuối là ngày nghỉ: hạn chuyển sang hết ngày làm việc tiếp theo.");
		skipped(last, due, trace);
		return closing(due);
	}

	/** Closing time of the reception day if received by the cut-off (closing time if none), else of the next working day. */
	private ZonedDateTime sameDay(ZonedDateTime start, LocalTime cutoff, List<String> trace) {
		LocalDate day = start.toLocalDate();
		LocalTime limit = cutoff != null ? cutoff : hours.closing();
		if (calendar.isWorkingDay(day) && !start.toLocalTime().isAfter(limit)) {
			trace.add("Tiếp nhận không muộn hơn " + VietnameseText.time(limit) + ": trả kết quả trong ngày.");
			return closing(day);
		}
		trace.add(calendar.isWorkingDay(day)
				? "Tiếp nhận sau " + VietnameseText.time(limit) + ": trả kết quả trong ngày làm việc tiếp theo."
				: "Ngày tiếp nhận là ngày nghỉ (" + calendar.reason(day).orElseThrow()
						+ "): trả kết quả trong ngày làm việc tiếp theo.");
		LocalDate next = calendar.nextWorkingDay(day);
		skipped(day.plusDays(1), next, trace);
		return closing(next);
	}

	/** The instant when {@code amount} of office time has passed since {@code start}. */
	private ZonedDateTime byOfficeTime(ZonedDateTime start, Duration amount, List<String> trace) {
		Duration remaining = amount;
		LocalDate day = start.toLocalDate();
		LocalTime from = start.toLocalTime();
		List<String> used = new ArrayList<>();
		LocalDate firstSkipped = null;
		while (true) {
			if (calendar.isWorkingDay(day)) {
				List<String> today = new ArrayList<>();
				for (OfficeHours.Window window : hours.windows()) {
					LocalTime begin = from.isAfter(window.start()) ? from : window.start();
					if (!begin.isBefore(window.end())) {
						continue;
					}
					if (firstSkipped != null) {
						skipped(firstSkipped, day, trace);
						firstSkipped = null;
					}
					Duration available = Duration.between(begin, window.end());
					if (remaining.compareTo(available) <= 0) {
						LocalTime end = begin.plus(remaining);
						today.add(VietnameseText.time(begin) + "–" + VietnameseText.time(end));
						used.add(VietnameseText.date(day) + " " + String.join(", ", today));
						trace.add("Giờ làm việc được tính: " + String.join("; ", used) + ".");
						return day.atTime(end).atZone(ZONE);
					}
					today.add(VietnameseText.time(begin) + "–" + VietnameseText.time(window.end()));
					remaining = remaining.minus(available);
				}
				if (!today.isEmpty()) {
					used.add(VietnameseText.date(day) + " " + String.join(", ", today));
				}
			}
			else if (firstSkipped == null) {
				firstSkipped = day;
			}
			day = day.plusDays(1);
			from = LocalTime.MIN;
		}
	}

	/** Office time between two instants (zero if {@code to} is not after {@code from}). */
	private Duration officeTimeBetween(ZonedDateTime from, ZonedDateTime to) {
		Duration total = Duration.ZERO;
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				LocalTime begin = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
				LocalTime end = day.equals(to.toLocalDate()) ? to.toLocalTime() : LocalTime.MAX;
				total = total.plus(hours.officeTimeBetween(begin, end));
			}
		}
		return total;
	}

	private ZonedDateTime closing(LocalDate day) {
		return day.atTime(hours.closing()).atZone(ZONE);
	}

	/**
	 * Adds "Không tính …" sentences for the days off in [{@code first}, {@code end}), consecutive days with the same
	 * reason in one sentence.
	 */
	private void skipped(LocalDate first, LocalDate end, List<String> trace) {
		LocalDate runStart = null;
		String runReason = null;
		LocalDate runEnd = null;
		for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
			String reason = skipReason(day);
			if (reason != null && reason.equals(runReason) && runEnd.plusDays(1).equals(day)) {
				runEnd = day;
				continue;
			}
			if (runReason != null) {
				trace.add("Không tính " + VietnameseText.range(runStart, runEnd) + ": " + runReason + ".");
			}
			runStart = reason == null ? null : day;
			runEnd = runStart;
			runReason = reason;
		}
		if (runReason != null) {
			trace.add("Không tính " + VietnameseText.range(runStart, runEnd) + ": " + runReason + ".");
		}
	}

	/** Why a day is skipped, for the trace: its calendar day's name, "nghỉ cuối tuần", or {@code null} if working. */
	private String skipReason(LocalDate day) {
		if (calendar.isWorkingDay(day)) {
			return null;
		}
		return calendar.entry(day).filter(CalendarDay::isDayOff).map(CalendarDay::name).orElse("nghỉ cuối tuần");
	}

}
