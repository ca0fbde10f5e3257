package vn.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where one dossier falls in the report for a period (DOMAIN.md §4.2, §6.1; the statistics issue's definitions).
 * Plain Java, no Spring: the read model, the drill-down lists and the tests use the same rules, so a cell and its list
 * can never disagree.
 *
 * <p>The period runs from the start of day F to the cut-off C (the end of day T, or now if earlier), in
 * Asia/Ho_Chi_Minh.
 * <ul>
 * <li>Withdrawn or stopped by C: in no column; counted in {@code withdrawn} if that happened in the period.</li>
 * <li>Received: carried over (received before F, not resolved before F) or new in the period (received F…C).</li>
 * <li>Resolved in F…C: early (a day before the appointment's day), on time (on that day, not after the appointment),
 * late (after it). The appointment is the one set at reception, moved only by a supplement; an apology's new date
 * never counts.</li>
 * <li>Still open at C: within the deadline if the appointment is after C, otherwise overdue (an appointment on day T
 * still open at the end of T is overdue). While a supplement is awaited the clock is paused: the dossier counts as
 * within the deadline unless it was already overdue when the pause began.</li>
 * </ul>
 * Hence received = resolved + in progress for every dossier counted.
 */
public final class ReportClassification {

	/** What the report needs of a dossier, all instants; null where the event has not happened. */
	public record Facts(Instant receivedAt, Instant dueAt, Instant resolvedAt, Instant withdrawnAt,
			Instant pausedSince) {

		public Facts {
			Objects.requireNonNull(receivedAt, "receivedAt");
			Objects.requireNonNull(dueAt, "dueAt");
			if (resolvedAt != null && resolvedAt.isBefore(receivedAt)) {
				throw new IllegalArgumentException("resolved before it was received");
			}
			if (resolvedAt != null && withdrawnAt != null) {
				throw new IllegalArgumentException("both resolved and withdrawn");
			}
		}

	}

	/** The columns of the official form; a dossier is in at most one column of each group. */
	public enum Received {
		NONE, CARRIED_OVER, NEW_IN_PERIOD
	}

	public enum Outcome {
		NONE, EARLY, ON_TIME, LATE, IN_PROGRESS_WITHIN, IN_PROGRESS_OVERDUE
	}

	/** Where the dossier falls; {@code withdrawnInPeriod} is the figure shown beside the table. */
	public record Placement(Received received, Outcome outcome, boolean withdrawnInPeriod) {

		public static final Placement OUTSIDE = new Placement(Received.NONE, Outcome.NONE, false);

	}

	/** A period F…T and its cut-off. */
	public record Period(LocalDate from, LocalDate to, Instant start, Instant cutoff) {

		/** @param now the present: a period ending in the future is counted as it stands now */
		public static Period of(LocalDate from, LocalDate to, Instant now, ZoneId zone) {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("period ends before it starts");
			}
			Instant start = from.atStartOfDay(zone).toInstant();
			Instant endOfTo = to.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
			return new Period(from, to, start, endOfTo.isBefore(now) ? endOfTo : now);
		}

	}

	private final ZoneId zone;

	public ReportClassification(ZoneId zone) {
		this.zone = zone;
	}

	public Placement place(Facts d, Period period) {
		Instant start = period.start();
		Instant cutoff = period.cutoff();
		if (d.withdrawnAt() != null && !d.withdrawnAt().isAfter(cutoff)) {
			boolean inPeriod = !d.withdrawnAt().isBefore(start);
			return new Placement(Received.NONE, Outcome.NONE, inPeriod);
		}
		if (d.receivedAt().isAfter(cutoff)) {
			return Placement.OUTSIDE;
		}
		if (d.resolvedAt() != null && d.resolvedAt().isBefore(start)) {
			return Placement.OUTSIDE;
		}
		Received received = d.receivedAt().isBefore(start) ? Received.CARRIED_OVER : Received.NEW_IN_PERIOD;
		if (d.resolvedAt() != null && !d.resolvedAt().isAfter(cutoff)) {
			return new Placement(received, verdict(d.resolvedAt(), d.dueAt()), false);
		}
		return new Placement(received, open(d, cutoff), false);
	}

	/** Trước hạn / đúng hạn / quá hạn against the appointment. */
	public Outcome verdict(Instant resolvedAt, Instant dueAt) {
		if (resolvedAt.isAfter(dueAt)) {
			return Outcome.LATE;
		}
		return LocalDate.ofInstant(resolvedAt, zone).isBefore(LocalDate.ofInstant(dueAt, zone)) ? Outcome.EARLY
				: Outcome.ON_TIME;
	}

	private static Outcome open(Facts d, Instant cutoff) {
		if (d.pausedSince() != null && !d.pausedSince().isAfter(cutoff)) {
			// the clock stopped at the request: overdue only if it had already run out by then
			return d.pausedSince().isAfter(d.dueAt()) ? Outcome.IN_PROGRESS_OVERDUE : Outcome.IN_PROGRESS_WITHIN;
		}
		return d.dueAt().isAfter(cutoff) ? Outcome.IN_PROGRESS_WITHIN : Outcome.IN_PROGRESS_OVERDUE;
	}

}
