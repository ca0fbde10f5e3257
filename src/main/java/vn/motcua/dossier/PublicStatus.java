package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * What a citizen may learn of a dossier after giving its code and the check value: no personal data, only the
 * procedure, the office, the dates and where the dossier stands. {@code missingItems} is set while a supplement is
 * awaited. {@code route} lists, for an interlinked dossier (một cửa liên thông), the units it passes through and how
 * far it has come; it is empty for a dossier one office handles.
 */
public record PublicStatus(String code, String procedureName, String receivingUnitName, Instant receivedAt,
		Instant dueAt, Instant revisedDueAt, DossierStatus status, String missingItems, Instant resolvedAt,
		Instant returnedAt, Long resolvingUnitId, List<Step> route) {

	public PublicStatus {
		route = route == null ? List.of() : List.copyOf(route);
	}

	/** A dossier one office handles from reception to result. */
	public PublicStatus(String code, String procedureName, String receivingUnitName, Instant receivedAt, Instant dueAt,
			Instant revisedDueAt, DossierStatus status, String missingItems, Instant resolvedAt, Instant returnedAt,
			Long resolvingUnitId) {
		this(code, procedureName, receivingUnitName, receivedAt, dueAt, revisedDueAt, status, missingItems,
				resolvedAt, returnedAt, resolvingUnitId, List.of());
	}

	/** Where the dossier is on its route: the unit, what it does there, and whether that part is done. */
	public record Step(String unitName, String task, SegmentView.State state, Instant startedAt, Instant completedAt,
			boolean decides) {
	}

	/** The unit the dossier is at now, for an interlinked dossier still on its way; {@code null} otherwise. */
	public Step current() {
		return route.stream().filter(s -> s.state() == SegmentView.State.CURRENT).findFirst().orElse(null);
	}

}
