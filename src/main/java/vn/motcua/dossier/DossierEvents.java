package vn.motcua.dossier;

import java.time.Instant;

/**
 * Domain events of the dossier module, past tense, carrying what listeners (statistics, notifications, the citizen
 * page) need; never an entity.
 */
public final class DossierEvents {

	private DossierEvents() {
	}

	public record DossierReceived(String code, String procedureCode, String fieldCode, Long receivingUnitId,
			Long resolvingUnitId, Channel channel, Instant receivedAt, Instant dueAt) {
	}

	public record DossierAssigned(String code, Long unitId, String assignee, Instant at) {
	}

	public record SupplementRequested(String code, Instant at, String items) {
	}

	public record SupplementReceived(String code, Instant at, Instant dueBefore, Instant dueAfter) {
	}

	/** Resolved: the result reached the desk, or the dossier was rejected after review (both count as resolved). */
	public record DossierResolved(String code, Long resolvingUnitId, Instant resolvedAt, Instant dueAt,
			boolean rejected) {
	}

	public record ApologyIssued(String code, Instant at, Instant dueAt, Instant revisedDueAt) {
	}

	public record DossierReturned(String code, Instant returnedAt) {
	}

	public record DossierWithdrawn(String code, Instant at, boolean suspended) {
	}

	/** Refused at the desk (Mẫu 03): never received, never counted as received. */
	public record DossierRefusedAtDesk(Long receivingUnitId, String procedureCode, Instant at) {
	}

	/**
	 * A historical import (CSV from another system) added {@code created} dossiers at once, all carrying
	 * {@code importId}: listeners bring their read models up to date in bulk from the dossier module's public view
	 * {@code dossier_statistics_facts} (V14__dossier_import.sql) instead of one event per dossier.
	 */
	public record DossiersImported(long importId, int created, Instant at) {
	}

	// --- một cửa liên thông (interlinked route) ---

	/**
	 * A segment of an interlinked dossier started: the dossier reached unit {@code unitId} (at reception for the first
	 * segment, by a transfer for the others), which has until {@code dueAt} for its part.
	 */
	public record SegmentStarted(String code, int position, Long unitId, Instant startedAt, Instant dueAt) {
	}

	/** The dossier left the unit of this segment (transfer onwards, result ready, rejection), judged against dueAt. */
	public record SegmentCompleted(String code, int position, Long unitId, Instant completedAt, Instant dueAt) {
	}

	/** A supplement round moved the open segment's deadline. */
	public record SegmentRescheduled(String code, int position, Long unitId, Instant dueBefore, Instant dueAfter) {
	}

	/** Chuyển liên thông: handed from one unit of the route to the next. */
	public record DossierTransferred(String code, Long fromUnitId, Long toUnitId, int toPosition, Instant at) {
	}

	/** The next unit acknowledged the transfer (tiếp nhận hồ sơ liên thông). */
	public record TransferAccepted(String code, Long unitId, int position, Instant at) {
	}

}
