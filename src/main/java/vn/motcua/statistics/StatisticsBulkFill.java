package vn.motcua.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read model's fast path for a large import whose dossiers have no row yet (the benchmark generator's millions,
 * a first migration from another system): the rows are inserted with the flow trigger switched off, and their flows
 * appended afterwards by one grouped statement, {@link #FLOWS}. Into an empty table the secondary indexes are dropped
 * for the load and built once at its end (a sort instead of millions of random inserts), and into an empty
 * {@code statistics_flow} the flows need no merge (one row per key by construction).
 *
 * <p>Exactness: {@link #FLOWS} appends, for the same rows, what {@code statistics_flow_sql} (the triggers,
 * V22__statistics_flows.sql) followed by {@code statistics_flow_compact()} leaves; StatisticsBulkFillTests checks it.
 * Everything runs in the import's transaction. Into an empty table (a first migration) the trigger is switched off
 * by ALTER TABLE, back on at commit or rollback, and writers wait for the commit; beside existing rows, where
 * receptions go on during the import, a transaction-local setting switches the trigger off through its WHEN
 * condition (V61), so nobody waits.
 */
@Component
class StatisticsBulkFill {

	private static final Logger log = LoggerFactory.getLogger(StatisticsBulkFill.class);

	/**
	 * The events of each row (those of {@code statistics_dossier_events}), unfolded as one row per event with the
	 * column it counts in, grouped once per day, then the days into weeks, months and years. Integers throughout (no
	 * numeric sums). {@code %1$s} is the relation of the rows to count.
	 */
	static final String FLOWS = """
			insert into statistics_flow (span, start, unit_id, field_code, received_online, received_direct,
			    received_postal, early, on_time, late, withdrawn, closed, due, due_closed, rated, rated_satisfied)
			with events as (
			    select (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_id, field_code,
			           (channel = 'ONLINE')::int as ro, (channel = 'DIRECT')::int as rd, (channel = 'POSTAL')::int as rp,
			           0 as e, 0 as o, 0 as l, 0 as w, 0 as c, 0 as du, 0 as dc, 0 as ra, 0 as rs
			    from %1$s
			    union all
			    select (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code, 0, 0, 0,
			           (resolved_at <= due_at and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
			                < (due_at at time zone 'Asia/Ho_Chi_Minh')::date)::int,
			           (resolved_at <= due_at and (resolved_at at time zone 'Asia/Ho_Chi_Minh')::date
			                >= (due_at at time zone 'Asia/Ho_Chi_Minh')::date)::int,
			           (resolved_at > due_at)::int, 0, 1, 0, 0, 0, 0
			    from %1$s where resolved_at is not null
			    union all
			    select (withdrawn_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code,
			           0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0
			    from %1$s where withdrawn_at is not null
			    union all
			    select (greatest(due_at, received_at) at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code,
			           0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
			    from %1$s
			    union all
			    select (greatest(due_at, received_at, resolved_at, withdrawn_at) at time zone 'Asia/Ho_Chi_Minh')::date,
			           unit_id, field_code, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
			    from %1$s where resolved_at is not null or withdrawn_at is not null
			    union all
			    select (rated_at at time zone 'Asia/Ho_Chi_Minh')::date, unit_id, field_code,
			           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (rating_level <> 'DISSATISFIED')::int
			    from %1$s where rated_at is not null
			), daily as (
			    select day, unit_id, field_code, sum(ro)::int as ro, sum(rd)::int as rd, sum(rp)::int as rp,
			           sum(e)::int as e, sum(o)::int as o, sum(l)::int as l, sum(w)::int as w, sum(c)::int as c,
			           sum(du)::int as du, sum(dc)::int as dc, sum(ra)::int as ra, sum(rs)::int as rs
			    from events group by day, unit_id, field_code
			)
			select 'D', day, unit_id, field_code, ro, rd, rp, e, o, l, w, c, du, dc, ra, rs from daily
			union all
			select 'M', date_trunc('month', day)::date, unit_id, field_code, sum(ro), sum(rd), sum(rp), sum(e), sum(o),
			       sum(l), sum(w), sum(c), sum(du), sum(dc), sum(ra), sum(rs)
			from daily group by 2, 3, 4
			union all
			select 'W', date_trunc('week', day)::date, unit_id, field_code, sum(ro), sum(rd), sum(rp), sum(e), sum(o),
			       sum(l), sum(w), sum(c), sum(du), sum(dc), sum(ra), sum(rs)
			from daily group by 2, 3, 4
			union all
			select 'Y', date_trunc('year', day)::date, unit_id, field_code, sum(ro), sum(rd), sum(rp), sum(e), sum(o),
			       sum(l), sum(w), sum(c), sum(du), sum(dc), sum(ra), sum(rs)
			from daily group by 2, 3, 4""";

	private final JdbcTemplate jdbc;

	/** Imports of at least this many dossiers take the fast path; below, the triggers' path locks less. */
	private volatile int threshold;

	/** Rows added by the fast path since the start (the tests see which path ran). */
	private final AtomicLong filled = new AtomicLong();

	StatisticsBulkFill(JdbcTemplate jdbc, @Value("${motcua.statistics.bulk-fill-from:50000}") int threshold) {
		this.jdbc = jdbc;
		this.threshold = threshold;
	}

	boolean worthIt(int dossiers) {
		return dossiers >= threshold;
	}

	/** @return the threshold it replaces (the tests lower it for a few hundred rows) */
	int threshold(int dossiers) {
		int before = threshold;
		threshold = dossiers;
		return before;
	}

	long filled() {
		return filled.get();
	}

	/**
	 * Adds the rows of import {@code importId} from {@code dossier_statistics_facts}, with a rating recorded before
	 * the row existed ({@code statistics_rating}), and their flows.
	 * @return false, having changed nothing, when some of the import's dossiers already have a row (then the upsert
	 * of the triggers' path applies)
	 */
	boolean fill(long importId) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from dossier_statistics_facts f join statistics_dossier s on s.code = f.code
				               where f.import_id = ?)""", Boolean.class, importId))) {
			return false;
		}
		long started = System.nanoTime();
		boolean noRows = !Boolean.TRUE.equals(
				jdbc.queryForObject("select exists (select 1 from statistics_dossier)", Boolean.class));
		boolean noFlows = !Boolean.TRUE.equals(
				jdbc.queryForObject("select exists (select 1 from statistics_flow)", Boolean.class));
		// the grouping of millions of events: in memory rather than in batches spilled to disk (this transaction only)
		String workMem = jdbc.queryForObject("select set_config('work_mem', '256MB', true)", String.class);
		List<String> rebuild = noRows ? dropSecondaryIndexes("statistics_dossier") : List.of();
		if (noRows) {
			// the first migration: nothing else to keep waiting, and no transition table of millions of rows to keep
			jdbc.execute("alter table statistics_dossier disable trigger statistics_dossier_flow_insert");
		}
		else {
			// beside live receptions: the trigger does not fire (its WHEN, V61), and nobody waits on a lock
			jdbc.queryForObject("select set_config('motcua.statistics_bulk_fill', 'on', true)", String.class);
		}
		int rows = jdbc.update("""
				insert into statistics_dossier (code, unit_id, receiving_unit_id, field_code, procedure_code, channel,
				    received_at, due_at, resolved_at, rejected, withdrawn_at, paused_since, rated_at, rating_level)
				select f.code, f.unit_id, f.receiving_unit_id, f.field_code, f.procedure_code, f.channel, f.received_at,
				    f.due_at, f.resolved_at, f.rejected, f.withdrawn_at, f.paused_since, r.recorded_at, r.level
				from dossier_statistics_facts f left join statistics_rating r on r.dossier_code = f.code
				where f.import_id = ?""", importId);
		if (noRows) {
			jdbc.execute("alter table statistics_dossier enable trigger statistics_dossier_flow_insert");
		}
		else {
			jdbc.queryForObject("select set_config('motcua.statistics_bulk_fill', 'off', true)", String.class);
		}
		long inserted = System.nanoTime();
		rebuild.forEach(jdbc::execute);
		long indexed = System.nanoTime();
		List<String> rebuildFlows = noFlows ? dropSecondaryIndexes("statistics_flow") : List.of();
		if (noRows) {
			jdbc.update(FLOWS.formatted("statistics_dossier"));
		}
		else {
			jdbc.update("with added as materialized (select * from statistics_dossier where code in "
					+ "(select f.code from dossier_statistics_facts f where f.import_id = ?)) "
					+ FLOWS.formatted("added"), importId);
		}
		rebuildFlows.forEach(jdbc::execute);
		if (!noFlows) {
			// appended beside earlier rows of the same keys: merged as after the triggers
			jdbc.queryForObject("select statistics_flow_compact()", Long.class);
		}
		jdbc.queryForObject("select set_config('work_mem', ?, true)", String.class, workMem);
		filled.addAndGet(rows);
		long done = System.nanoTime();
		log.info("statistics of import {}: {} rows in {} ms, their indexes in {} ms, flows in {} ms", importId, rows,
				(inserted - started) / 1_000_000, (indexed - inserted) / 1_000_000, (done - indexed) / 1_000_000);
		return true;
	}

	/**
	 * Drops the indexes of {@code table} other than its primary key and returns the statements that create them again
	 * as they were, read from the catalogue (the migrations stay the only place that defines them); in the
	 * transaction, so a rollback brings them back.
	 */
	private List<String> dropSecondaryIndexes(String table) {
		List<String> rebuild = new ArrayList<>();
		jdbc.query("""
				select i.relname, pg_get_indexdef(i.oid) from pg_index x join pg_class i on i.oid = x.indexrelid
				where x.indrelid = cast(? as regclass) and not x.indisprimary
				  and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)""", rs -> {
			rebuild.add(rs.getString(2));
			jdbc.execute("drop index " + rs.getString(1));
		}, table);
		return rebuild;
	}

}
