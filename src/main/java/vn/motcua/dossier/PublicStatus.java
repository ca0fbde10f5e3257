package vn.motcua.dossier;

import java.time.Instant;

/**
 * What a citizen may learn of a dossier after giving its code and the check value: no personal data, only the
 * procedure, the office, the dates and where the dossier stands. {@code missingItems} is set while a supplement is
 * awaited.
 */
public record PublicStatus(String code, String procedureName, String receivingUnitName, Instant receivedAt,
		Instant dueAt, Instant revisedDueAt, DossierStatus status, String missingItems, Instant resolvedAt,
		Instant returnedAt, Long resolvingUnitId) {
}
