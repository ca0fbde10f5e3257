package vn.motcua.audit;

import java.time.Instant;

/** One audit record: who (and from which unit) did what to which object, when. */
public record AuditRecord(Instant occurredAt, String actor, String actorUnit, String action, String targetType,
		String targetId, String details) {
}
