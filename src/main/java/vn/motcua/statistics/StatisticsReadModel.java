package vn.motcua.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.citizen.RatingRecorded;
import vn.motcua.citizen.RatingsImported;
import vn.motcua.dossier.DossierEvents.DossierReceived;
import vn.motcua.dossier.DossierEvents.DossierResolved;
import vn.motcua.dossier.DossierEvents.DossierWithdrawn;
import vn.motcua.dossier.DossierEvents.DossiersImported;
import vn.motcua.dossier.DossierEvents.SupplementReceived;
import vn.motcua.dossier.DossierEvents.SupplementRequested;

/**
 * Keeps the statistics' own tables ({@code statistics_dossier}, {@code statistics_rating}) up to date from the dossier
 * and citizen events; the reports never read another module's tables (a bulk import is copied from the dossier
 * module's published view {@code dossier_statistics_facts}, see {@link #on(DossiersImported)}).
 *
 * <p>Design choice: plain synchronous {@link EventListener}s, running in the transaction that changes the dossier
 * (Spring Data publishes the aggregate's events on save, inside {@code Dossiers}' transaction). The read model
 * therefore commits or rolls back with the dossier itself (BEFORE_COMMIT semantics), with no lag and nothing to
 * replay. {@code @ApplicationModuleListener} (after commit, asynchronous, in a new transaction) would need Spring
 * Modulith's event publication registry (spring-modulith-starter-jpa and its {@code event_publication} table) to
 * be reliable; it can replace these listeners later without changing the tables. Every statement is idempotent
 * (upsert, or an update by code), so a replayed event changes nothing.
 */
@Component
class StatisticsReadModel {

	private final JdbcTemplate jdbc;

	private final StatisticsBulkFill bulk;

	StatisticsReadModel(JdbcTemplate jdbc, StatisticsBulkFill bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * Counted in the official report at the resolving unit ("tại cơ quan trực tiếp giải quyết"): for an interlinked
	 * dossier the unit that decides, which may differ from the receiving unit kept for the reception view.
	 */
	@EventListener
	void on(DossierReceived event) {
		jdbc.update("""
				insert into statistics_dossier (code, unit_id, receiving_unit_id, field_code, procedure_code, channel,
				    received_at, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set unit_id = excluded.unit_id,
				    receiving_unit_id = excluded.receiving_unit_id, field_code = excluded.field_code,
				    procedure_code = excluded.procedure_code, channel = excluded.channel,
				    received_at = excluded.received_at, due_at = excluded.due_at""", event.code(),
				event.resolvingUnitId(), event.receivingUnitId(), event.fieldCode(), event.procedureCode(),
				event.channel().name(), at(event.receivedAt()), at(event.dueAt()));
	}

	/** The clock pauses while the supplement is awaited. */
	@EventListener
	void on(SupplementRequested event) {
		jdbc.update("update statistics_dossier set paused_since = ? where code = ?", at(event.at()), event.code());
	}

	/** The clock runs again, towards the moved appointment. */
	@EventListener
	void on(SupplementReceived event) {
		jdbc.update("update statistics_dossier set paused_since = null, due_at = ? where code = ?",
				at(event.dueAfter()), event.code());
	}

	/** Result ready, or rejected after review: both count as resolved, judged against the appointment. */
	@EventListener
	void on(DossierResolved event) {
		jdbc.update("""
				update statistics_dossier set resolved_at = ?, rejected = ?, due_at = coalesce(cast(? as timestamptz), due_at),
				    paused_since = null
				where code = ?""", at(event.resolvedAt()), event.rejected(), at(event.dueAt()), event.code());
	}

	/** Withdrawn at the applicant's request or suspended: out of every column, counted beside the table. */
	@EventListener
	void on(DossierWithdrawn event) {
		jdbc.update("update statistics_dossier set withdrawn_at = ? where code = ?", at(event.at()), event.code());
	}

	/**
	 * A historical import added many dossiers at once: their rows are copied in one statement from
	 * {@code dossier_statistics_facts}, the view the dossier module publishes as its read contract for this purpose
	 * (V14__dossier_import.sql). That view, not the dossier tables, is what this module reads; one event per import
	 * instead of one per dossier keeps 100.000 rows a matter of seconds. Idempotent like the other listeners.
	 */
	@EventListener
	void on(DossiersImported event) {
		if (bulk.worthIt(event.created()) && bulk.fill(event.importId())) {
			return;
		}
		// a rating recorded before the dossier's row (a bulk load of ratings first) is taken over with the row
		jdbc.update("""
				insert into statistics_dossier (code, unit_id, receiving_unit_id, field_code, procedure_code, channel,
				    received_at, due_at, resolved_at, rejected, withdrawn_at, paused_since, rated_at, rating_level)
				select f.code, f.unit_id, f.receiving_unit_id, f.field_code, f.procedure_code, f.channel, f.received_at,
				    f.due_at, f.resolved_at, f.rejected, f.withdrawn_at, f.paused_since, r.recorded_at, r.level
				from dossier_statistics_facts f left join statistics_rating r on r.dossier_code = f.code
				where f.import_id = ?
				on conflict (code) do update set unit_id = excluded.unit_id,
				    receiving_unit_id = excluded.receiving_unit_id, field_code = excluded.field_code,
				    procedure_code = excluded.procedure_code, channel = excluded.channel,
				    received_at = excluded.received_at, due_at = excluded.due_at, resolved_at = excluded.resolved_at,
				    rejected = excluded.rejected, withdrawn_at = excluded.withdrawn_at,
				    paused_since = excluded.paused_since""", event.importId());
		// the import appended one delta row per key and statement: merge them now rather than at the next round
		jdbc.queryForObject("select statistics_flow_compact()", Long.class);
	}

	@EventListener
	void on(RatingRecorded event) {
		jdbc.update("""
				insert into statistics_rating (dossier_code, unit_id, level, recorded_at) values (?, ?, ?, ?)
				on conflict (dossier_code) do update set unit_id = excluded.unit_id, level = excluded.level,
				    recorded_at = excluded.recorded_at""", event.dossierCode(), event.unitId(), event.level().name(),
				at(event.at()));
		// beside the dossier too, so that the rating's events reach the flows (V22__statistics_flows.sql)
		jdbc.update("update statistics_dossier set rated_at = ?, rating_level = ? where code = ?", at(event.at()),
				event.level().name(), event.dossierCode());
	}

	/**
	 * Many ratings at once (generated data): one statement for the rating rows and one for the dossier rows that
	 * already exist (through the flow triggers, like one rating each); a dossier whose row comes later takes its
	 * rating over from {@code statistics_rating} then ({@link #on(DossiersImported)}).
	 */
	@EventListener
	void on(RatingsImported event) {
		int n = event.ratings().size();
		String[] codes = new String[n];
		String[] units = new String[n];
		String[] levels = new String[n];
		String[] at = new String[n];
		for (int i = 0; i < n; i++) {
			RatingRecorded r = event.ratings().get(i);
			codes[i] = r.dossierCode();
			units[i] = r.unitId().toString();
			levels[i] = r.level().name();
			at[i] = r.at().toString();
		}
		jdbc.update("""
				insert into statistics_rating (dossier_code, unit_id, level, recorded_at)
				select r.code, r.unit, r.level, r.at
				from unnest(cast(? as text[]), cast(cast(? as text[]) as bigint[]), cast(? as text[]),
				    cast(cast(? as text[]) as timestamptz[])) as r(code, unit, level, at)
				on conflict (dossier_code) do update set unit_id = excluded.unit_id, level = excluded.level,
				    recorded_at = excluded.recorded_at""", codes, units, levels, at);
		jdbc.update("""
				update statistics_dossier d set rated_at = r.recorded_at, rating_level = r.level
				from statistics_rating r
				where r.dossier_code = d.code and r.dossier_code = any(cast(? as text[]))
				  and (d.rated_at is distinct from r.recorded_at or d.rating_level is distinct from r.level)""",
				(Object) codes);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
