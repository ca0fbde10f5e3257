package vn.motcua.dossier;

import java.time.Instant;

/** A supplement round as pages, forms and the citizen lookup see it. */
public record SupplementView(Instant requestedAt, String items, String reason, Instant resubmittedAt,
		Instant dueBefore, Instant dueAfter) {
}
