package vn.motcua.citizen;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditLog;

/**
 * The citizen module's bulk path for generated ratings (the province-scale benchmark, issue 8): ratings whose
 * dossiers the caller knows to be returned are written many rows per statement (arrays unnested by PostgreSQL) instead
 * of one entity each, with one audit record per call and one {@link RatingsImported} event per batch of
 * {@value #BATCH}. Not for production data: the caller (the benchmark generator) is trusted to rate each returned
 * dossier at most once, after its return; the table's unique key still refuses a second rating.
 */
@Service
public class RatingBulkLoad {

	/** Rows per statement and per event. */
	static final int BATCH = 50_000;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	RatingBulkLoad(JdbcTemplate jdbc, ApplicationEventPublisher events, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Records all {@code ratings} in the caller's transaction (or one of its own).
	 * @param note why these ratings exist, kept in the audit record
	 * @return how many were written
	 */
	@Transactional
	public int load(List<RatingRecorded> ratings, String note) {
		for (int from = 0; from < ratings.size(); from += BATCH) {
			List<RatingRecorded> batch = ratings.subList(from, Math.min(ratings.size(), from + BATCH));
			int n = batch.size();
			String[] codes = new String[n];
			// all as text arrays (the driver's surest array type), cast by PostgreSQL
			String[] units = new String[n];
			String[] levels = new String[n];
			String[] atCounter = new String[n];
			String[] at = new String[n];
			for (int i = 0; i < n; i++) {
				RatingRecorded r = batch.get(i);
				codes[i] = r.dossierCode();
				units[i] = r.unitId().toString();
				levels[i] = r.level().name();
				atCounter[i] = Boolean.toString(r.atCounter());
				at[i] = r.at().toString();
			}
			jdbc.update("""
					insert into citizen_rating (dossier_code, unit_id, level, comment, at_counter, recorded_by,
					    recorded_at)
					select r.code, r.unit, r.level, null, r.at_counter, null, r.at
					from unnest(cast(? as text[]), cast(cast(? as text[]) as bigint[]), cast(? as text[]),
					    cast(cast(? as text[]) as boolean[]), cast(cast(? as text[]) as timestamptz[]))
					    as r(code, unit, level, at_counter, at)""", codes, units, levels, atCounter, at);
			events.publishEvent(new RatingsImported(batch));
		}
		if (!ratings.isEmpty()) {
			audit.record("citizen.ratingsGenerated", "Rating", Integer.toString(ratings.size()),
					"%d đánh giá sinh cho đo hiệu năng (%s)".formatted(ratings.size(), note));
		}
		return ratings.size();
	}

}
