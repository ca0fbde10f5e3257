package vn.motcua.dossier;

import java.util.List;

/**
 * The interlinked route of a dossier as its page shows it, and where the signed-in user stands on it.
 *
 * @param segments empty for a dossier one unit handles
 * @param holderUnitId the unit holding the dossier now
 * @param atHolder whether the user's units reach that unit (they may take the processing steps)
 * @param atDesk whether the user's units reach the receiving unit (its one-stop desk)
 * @param asOf the time the page shows the route at
 */
public record RouteView(List<SegmentView> segments, Long holderUnitId, String holderUnitName, boolean atHolder,
		boolean atDesk, java.time.Instant asOf) {

	public RouteView {
		segments = List.copyOf(segments);
	}

	public boolean interlinked() {
		return !segments.isEmpty();
	}

	/** The segment the dossier is in, or {@code null}. */
	public SegmentView current() {
		return segments.stream().filter(s -> s.state() == SegmentView.State.CURRENT).findFirst().orElse(null);
	}

	/** The segment after the current one, or {@code null}. */
	public SegmentView next() {
		SegmentView current = current();
		return current == null ? null
				: segments.stream().filter(s -> s.position() == current.position() + 1).findFirst().orElse(null);
	}

	/** Whether the deciding unit has done its part (the dossier is on its way back with the decision). */
	public boolean decided() {
		return segments.stream().anyMatch(s -> s.decides() && s.state() == SegmentView.State.DONE);
	}

	/** Whether the segment is open and already past its own deadline. */
	public boolean overdue(SegmentView segment) {
		return segment.overdueAt(asOf);
	}

	/** What the page needs to offer the right actions. */
	DossierActions.Reach reach() {
		SegmentView current = current();
		return new DossierActions.Reach(atHolder, atDesk, interlinked(), next() != null,
				current != null && current.decides());
	}

}
