package vn.motcua.dossier;

import java.time.Instant;

/**
 * A dossier submitted on a public-service portal: the dossier itself, the portal's own number, when the applicant
 * submitted it on the portal, when MotCua acknowledged it and through which portal account.
 */
public record OnlineDossierView(DossierView dossier, String portalNumber, Instant submittedAt, Instant acknowledgedAt,
		String submittedBy) {
}
