package vn.motcua.citizen;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of the public lookup: wrong checks are counted per client address and per dossier code
 * (by default 5 in 10 minutes), in Bucket4j token buckets stored in PostgreSQL (table {@code citizen_lookup_bucket},
 * SELECT … FOR UPDATE), so the limit holds across application instances. Only wrong tries consume tokens, so only a
 * wrong try creates a bucket.
 *
 * <p>Hence the check reads first, without a lock, which of the two buckets exist, and asks Bucket4j only about those:
 * a client or code without a bucket has every try left. Asking Bucket4j directly would lock the address's row for
 * every lookup (all citizens behind one office's NAT, or a burst of QR scans, would queue on that row, as the
 * benchmark's lookups from 127.0.0.1 did) and write a new row for every code ever looked up.
 */
@Component
class LookupLimiter {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final JdbcTemplate jdbc;

	LookupLimiter(DataSource dataSource, @Value("${motcua.citizen.max-wrong-tries:5}") int maxWrongTries,
			@Value("${motcua.citizen.wrong-try-window:10m}") Duration window) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(maxWrongTries).refillIntervally(maxWrongTries, window).build())
			.build();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("citizen_lookup_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(window))
			.build();
	}

	/** Whether this client, or this code, has used up its wrong tries. */
	boolean blocked(String clientAddress, String code) {
		String address = key("ip:" + clientAddress);
		String dossier = key("code:" + normalise(code));
		List<String> existing = jdbc.queryForList("select id from citizen_lookup_bucket where id in (?, ?)",
				String.class, address, dossier);
		return existing.contains(address) && bucket(address).getAvailableTokens() <= 0
				|| existing.contains(dossier) && bucket(dossier).getAvailableTokens() <= 0;
	}

	void wrongTry(String clientAddress, String code) {
		bucket(key("ip:" + clientAddress)).tryConsume(1);
		bucket(key("code:" + normalise(code))).tryConsume(1);
	}

	private static String key(String key) {
		return key.length() > 190 ? key.substring(0, 190) : key;
	}

	private io.github.bucket4j.Bucket bucket(String key) {
		return buckets.builder().build(key, () -> configuration);
	}

	private static String normalise(String code) {
		return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
