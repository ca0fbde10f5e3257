package vn.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One supplement round (DOMAIN.md §4.1): the clock stops when the request is issued and restarts when the applicant
 * resubmits.
 *
 * @param requestedAt when the supplement request (Mẫu 02) was issued
 * @param resubmittedAt when the completed dossier was received back
 * @param resubmittedOnline whether it came back online (then a resubmission outside office hours counts from the next
 * opening, DOMAIN.md §5.6)
 */
public record Pause(Instant requestedAt, Instant resubmittedAt, boolean resubmittedOnline) {

	public Pause {
		Objects.requireNonNull(requestedAt, "requestedAt");
		Objects.requireNonNull(resubmittedAt, "resubmittedAt");
		if (resubmittedAt.isBefore(requestedAt)) {
			throw new IllegalArgumentException("resubmitted at " + resubmittedAt + " before the request " + requestedAt);
		}
	}

}
