package vn.motcua.citizen;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of the public lookup: wrong checks are counted per client address and per dossier code
 * (by default 5 in 10 minutes), in Bucket4j token buckets stored in PostgreSQL (table {@code citizen_lookup_bucket},
 * SELECT … FOR UPDATE), so the limit holds across application instances. Only wrong tries consume tokens.
 */
@Component
class LookupLimiter {

	private final ProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	LookupLimiter(DataSource dataSource, @Value("${motcua.citizen.max-wrong-tries:5}") int maxWrongTries,
			@Value("${motcua.citizen.wrong-try-window:10m}") Duration window) {
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
		return bucket("ip:" + clientAddress).getAvailableTokens() <= 0
				|| bucket("code:" + normalise(code)).getAvailableTokens() <= 0;
	}

	void wrongTry(String clientAddress, String code) {
		bucket("ip:" + clientAddress).tryConsume(1);
		bucket("code:" + normalise(code)).tryConsume(1);
	}

	private io.github.bucket4j.Bucket bucket(String key) {
		String bounded = key.length() > 190 ? key.substring(0, 190) : key;
		return buckets.builder().build(bounded, () -> configuration);
	}

	private static String normalise(String code) {
		return code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
