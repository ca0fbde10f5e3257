package vn.motcua.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierEvents.DossierWithdrawn;
import vn.motcua.dossier.DossierEvents.SegmentCompleted;
import vn.motcua.dossier.DossierEvents.SegmentRescheduled;
import vn.motcua.dossier.DossierEvents.SegmentStarted;
import vn.motcua.dossier.DossierEvents.SupplementReceived;
import vn.motcua.dossier.DossierEvents.SupplementRequested;

/**
 * Keeps {@code statistics_segment} (one row per started segment of an interlinked dossier) up to date from the
 * dossier events, like {@link StatisticsReadModel} does for {@code statistics_dossier}: synchronous listeners in the
 * dossier's transaction, every statement idempotent (an upsert, or an update by key). Other dossiers' events
 * (supplement, withdrawal) touch no row here, as those dossiers have no segments.
 */
@Component
class SegmentReadModel {

	private final JdbcTemplate jdbc;

	SegmentReadModel(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(SegmentStarted event) {
		jdbc.update("""
				insert into statistics_segment (dossier_code, position, unit_id, started_at, due_at)
				values (?, ?, ?, ?, ?)
				on conflict (dossier_code, position) do update set unit_id = excluded.unit_id,
				    started_at = excluded.started_at, due_at = excluded.due_at""", event.code(), event.position(),
				event.unitId(), at(event.startedAt()), at(event.dueAt()));
	}

	@EventListener
	void on(SegmentCompleted event) {
		jdbc.update("""
				update statistics_segment set completed_at = ?, due_at = coalesce(cast(? as timestamptz), due_at),
				    paused_since = null
				where dossier_code = ? and position = ?""", at(event.completedAt()), at(event.dueAt()), event.code(),
				event.position());
	}

	@EventListener
	void on(SegmentRescheduled event) {
		jdbc.update("update statistics_segment set due_at = ? where dossier_code = ? and position = ?",
				at(event.dueAfter()), event.code(), event.position());
	}

	/** The open segment's clock pauses with the dossier's while the supplement is awaited. */
	@EventListener
	void on(SupplementRequested event) {
		jdbc.update("""
				update statistics_segment set paused_since = ?
				where dossier_code = ? and completed_at is null""", at(event.at()), event.code());
	}

	@EventListener
	void on(SupplementReceived event) {
		jdbc.update("""
				update statistics_segment set paused_since = null
				where dossier_code = ? and completed_at is null""", event.code());
	}

	/** Withdrawn or stopped: its open segment is counted in no column, like the dossier; finished ones stay counted. */
	@EventListener
	void on(DossierWithdrawn event) {
		jdbc.update("update statistics_segment set withdrawn_at = ? where dossier_code = ? and completed_at is null", at(event.at()),
				event.code());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
