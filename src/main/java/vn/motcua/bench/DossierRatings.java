package vn.motcua.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import vn.motcua.citizen.RatingLevel;
import vn.motcua.citizen.RatingRecorded;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.web.MotCuaTime;

/**
 * Which returned dossiers their applicant rated (đánh giá mức độ hài lòng), the same for the same seed (plain Java).
 * Only a dossier whose result was handed over can be rated (CitizenRatings), once. Assumed shape, no published
 * figure for the share: about {@value #SHARE_PERCENT}% of the returned dossiers are rated, 40% of those at the counter
 * when the result is handed over, the others from the lookup page within three days (never after the generated span);
 * about 94% satisfied or very satisfied (the seed's commune aims at 90%), fewer when the result came late.
 */
final class DossierRatings {

	static final int SHARE_PERCENT = 30;

	private final SplittableRandom random;

	private final Instant horizon;

	/** @param until the last generated day: nothing is rated after its end */
	DossierRatings(long seed, LocalDate until) {
		this.random = new SplittableRandom(seed * 31 + 766);
		this.horizon = until.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
	}

	/** The rating of {@code d}, or {@code null} when it is not rated. */
	RatingRecorded rate(Generated d) {
		if (d.returnedAt() == null || d.rejected() || d.withdrawnAt() != null) {
			return null;
		}
		if (random.nextInt(100) >= SHARE_PERCENT) {
			return null;
		}
		boolean atCounter = random.nextInt(100) < 40;
		Instant at = atCounter ? d.returnedAt().plus(Duration.ofSeconds(30 + random.nextInt(300)))
				: d.returnedAt().plus(Duration.ofMinutes(5 + random.nextInt(3 * 24 * 60)));
		if (!at.isBefore(horizon)) {
			return null;
		}
		boolean late = d.resolvedAt().isAfter(d.dueAt());
		int roll = random.nextInt(100);
		RatingLevel level = roll < (late ? 30 : 5) ? RatingLevel.DISSATISFIED
				: roll < (late ? 70 : 35) ? RatingLevel.SATISFIED : RatingLevel.VERY_SATISFIED;
		return new RatingRecorded(d.code(), d.unitId(), level, atCounter, at);
	}

}
