package vn.motcua.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges the delta rows that each change of a dossier appends to {@code statistics_flow} (V22__statistics_flows.sql),
 * so a report keeps reading about one row per unit, field and day/month/year. Sums are the same before and after, so
 * this only keeps the reports fast; merging is exact even when two run at once, and the advisory lock makes one
 * instance of a cluster do it while the others skip the round.
 */
@Component
class StatisticsFlowCompaction {

	private static final Logger log = LoggerFactory.getLogger(StatisticsFlowCompaction.class);

	/** Key of the advisory lock ("MotCuaSt" in ASCII, then 1). */
	static final long LOCK = 0x4d6f744375615374L + 1;

	private final JdbcTemplate jdbc;

	StatisticsFlowCompaction(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @return rows merged away, or -1 when another instance holds the lock */
	@Scheduled(fixedDelayString = "${motcua.statistics.compaction-interval:PT2M}",
			initialDelayString = "${motcua.statistics.compaction-interval:PT2M}")
	@Transactional
	public long compact() {
		Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK);
		if (!Boolean.TRUE.equals(locked)) {
			return -1;
		}
		Long merged = jdbc.queryForObject("select statistics_flow_compact()", Long.class);
		if (merged != null && merged > 0) {
			log.debug("Statistics flows: {} delta rows merged", merged);
		}
		return merged == null ? 0 : merged;
	}

}
