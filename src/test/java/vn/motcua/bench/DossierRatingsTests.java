package vn.motcua.bench;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.citizen.RatingLevel;
import vn.motcua.citizen.RatingRecorded;
import vn.motcua.dossier.DossierBulkLoad.Generated;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated ratings: returned dossiers only, once, after the return and within the span, mostly satisfied. */
class DossierRatingsTests {

	@Test
	void aboutTheAssumedShareOfReturnedDossiersIsRatedAfterTheReturnMostlySatisfied() {
		DossierStories stories = DossierStoriesTests.stories(8);
		DossierRatings ratings = new DossierRatings(8, DossierStoriesTests.UNTIL);
		Instant horizon = DossierStoriesTests.UNTIL.plusDays(1).atStartOfDay(MotCuaTime.ZONE).toInstant();
		long returned = 0;
		long atCounter = 0;
		Set<String> rated = new HashSet<>();
		Map<RatingLevel, Integer> levels = new EnumMap<>(RatingLevel.class);
		while (stories.hasNext()) {
			Generated d = stories.next();
			boolean ratable = d.returnedAt() != null && !d.rejected();
			if (ratable) {
				returned++;
			}
			RatingRecorded r = ratings.rate(d);
			if (r == null) {
				continue;
			}
			assertThat(ratable).as("%s rated but not returned", d.code()).isTrue();
			assertThat(r.at()).isAfter(d.returnedAt()).isBefore(horizon);
			assertThat(r.unitId()).isEqualTo(d.unitId());
			assertThat(rated.add(r.dossierCode())).isTrue();
			levels.merge(r.level(), 1, Integer::sum);
			atCounter += r.atCounter() ? 1 : 0;
		}
		double share = rated.size() / (double) returned;
		assertThat(share).isBetween(DossierRatings.SHARE_PERCENT / 100.0 - 0.02,
				DossierRatings.SHARE_PERCENT / 100.0 + 0.02);
		double dissatisfied = levels.getOrDefault(RatingLevel.DISSATISFIED, 0) / (double) rated.size();
		assertThat(dissatisfied).isBetween(0.03, 0.10);
		assertThat(levels.get(RatingLevel.VERY_SATISFIED)).isGreaterThan(levels.get(RatingLevel.SATISFIED));
		assertThat(atCounter / (double) rated.size()).isBetween(0.35, 0.45);
	}

}
