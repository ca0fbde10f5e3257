package vn.motcua.dossier;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierStatus.*;

/** The states of an online submission (DOMAIN.md §4 rows 1 and 3), without Spring. */
class OnlineDossierStatusTests {

	private static EnumSet<DossierStatus> allowedFrom(DossierStatus from) {
		EnumSet<DossierStatus> allowed = EnumSet.noneOf(DossierStatus.class);
		for (DossierStatus to : DossierStatus.values()) {
			if (from.canMoveTo(to)) {
				allowed.add(to);
			}
		}
		return allowed;
	}

	@Test
	void aSubmissionIsReceivedGuidedOrRefusedByTheClerk() {
		assertThat(allowedFrom(SUBMITTED_ONLINE)).containsExactlyInAnyOrder(RECEIVED, GUIDED, REFUSED_AT_DESK);
	}

	@Test
	void guidanceEndsTheSubmission() {
		assertThat(allowedFrom(GUIDED)).isEmpty();
	}

	@Test
	void nothingLeadsBackToASubmission() {
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(status.canMoveTo(SUBMITTED_ONLINE)).as(status.name()).isFalse();
		}
		assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(s -> s.canMoveTo(GUIDED)))
			.containsExactly(SUBMITTED_ONLINE);
	}

	@Test
	void aSubmissionNotYetReceivedIsNeitherOpenNorCounted() {
		for (DossierStatus status : EnumSet.of(SUBMITTED_ONLINE, GUIDED, REFUSED_AT_DESK)) {
			assertThat(status.isOpen()).as(status.name()).isFalse();
			assertThat(status.wasReceived()).as(status.name()).isFalse();
		}
		assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(s -> !s.wasReceived()))
			.containsExactlyInAnyOrder(SUBMITTED_ONLINE, GUIDED, REFUSED_AT_DESK);
	}

}
