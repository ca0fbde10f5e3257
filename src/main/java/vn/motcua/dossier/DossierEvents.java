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

}
