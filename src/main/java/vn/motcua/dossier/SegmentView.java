package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;

import vn.motcua.calendar.ProcessingTime;

/**
 * A segment of an interlinked dossier as pages, forms and the citizen lookup see it.
 *
 * @param share the unit's share of the processing time, in {@code shareUnit}
 * @param decides whether this unit decides (cơ quan chủ trì giải quyết)
 * @param startedAt when the dossier reached the unit; {@code null} while the segment is still ahead
 * @param dueAt the segment's own deadline; {@code null} while it is ahead
 * @param completedAt when the dossier left the unit; {@code null} while it is there or ahead
 * @param handedOverBy who transferred the dossier to this unit (the receiving clerk for the first segment)
 * @param acceptedAt when the unit acknowledged the transfer
 */
public record SegmentView(int position, Long unitId, String unitCode, String unitName, String task, BigDecimal share,
		ProcessingTime.Unit shareUnit, boolean decides, Instant startedAt, Instant dueAt, Instant completedAt,
		String handedOverBy, Instant acceptedAt, String acceptedBy) {

	/** Where the segment stands. */
	public enum State {
		/** Not reached yet (or never: the dossier was rejected or withdrawn before). */
		AHEAD,
		/** The dossier is at this unit (or on its way to it). */
		CURRENT,
		/** The unit has passed the dossier on. */
		DONE;

		static State of(Instant startedAt, Instant completedAt) {
			return startedAt == null ? AHEAD : completedAt == null ? CURRENT : DONE;
		}
	}

	public State state() {
		return State.of(startedAt, completedAt);
	}

	/** Trước hạn / đúng hạn / quá hạn of a completed segment against its own deadline; {@code null} otherwise. */
	public Verdict verdict() {
		return completedAt == null || dueAt == null ? null : Verdict.of(completedAt, dueAt);
	}

	/** Whether an open segment is already past its deadline at {@code now}. */
	public boolean overdueAt(Instant now) {
		return state() == State.CURRENT && dueAt != null && dueAt.isBefore(now);
	}

}
