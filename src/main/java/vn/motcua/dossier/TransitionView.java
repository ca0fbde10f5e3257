package vn.motcua.dossier;

import java.time.Instant;

/** A step of a dossier's history, for pages and forms. */
public record TransitionView(Instant occurredAt, String action, DossierStatus fromStatus, DossierStatus toStatus,
		String actor, String actorUnit, String assignee, String note, Instant dueAt) {
}
