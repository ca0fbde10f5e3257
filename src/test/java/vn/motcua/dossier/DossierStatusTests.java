package vn.motcua.dossier;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierStatus.*;

/** The transition table of DOMAIN.md §4, row by row. */
class DossierStatusTests {

	@Test
	void receivedGoesToProcessingOrIsWithdrawnOrStoppedOrTransferred() {
		assertThat(allowedFrom(RECEIVED)).containsExactlyInAnyOrder(IN_PROCESSING, WITHDRAWN, SUSPENDED, TRANSFERRED);
	}

	@Test
	void processingCanAskForSupplementGoToTheLeaderOrBeRejected() {
		assertThat(allowedFrom(IN_PROCESSING)).containsExactlyInAnyOrder(IN_PROCESSING, AWAITING_SUPPLEMENT,
				PENDING_APPROVAL, REJECTED_AFTER_REVIEW, WITHDRAWN, SUSPENDED, TRANSFERRED);
	}

	@Test
	void supplementLoopsBackToProcessing() {
		assertThat(allowedFrom(AWAITING_SUPPLEMENT)).containsExactlyInAnyOrder(IN_PROCESSING, WITHDRAWN, SUSPENDED);
	}

	@Test
	void theLeaderApprovesSendsBackOrRejects() {
		assertThat(allowedFrom(PENDING_APPROVAL)).containsExactlyInAnyOrder(APPROVED, IN_PROCESSING,
				REJECTED_AFTER_REVIEW, WITHDRAWN, SUSPENDED);
	}

	@Test
	void anApprovedResultGoesToTheDeskAndIsReturned() {
		assertThat(allowedFrom(APPROVED)).containsExactlyInAnyOrder(RESULT_READY, TRANSFERRED);
		assertThat(allowedFrom(RESULT_READY)).containsExactly(RETURNED);
		assertThat(allowedFrom(REJECTED_AFTER_REVIEW)).containsExactly(RETURNED);
	}

	@Test
	void finalStatesGoNowhere() {
		for (DossierStatus status : EnumSet.of(RETURNED, REFUSED_AT_DESK, WITHDRAWN, SUSPENDED)) {
			assertThat(allowedFrom(status)).as(status.name()).isEmpty();
		}
	}

	@Test
	void openMeansStillBeingResolved() {
		assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(DossierStatus::isOpen))
			.containsExactlyInAnyOrder(RECEIVED, IN_PROCESSING, AWAITING_SUPPLEMENT, PENDING_APPROVAL, APPROVED,
					TRANSFERRED);
	}

	@Test
	void aTransferIsAcknowledgedByTheNextUnitOrWithdrawn() {
		// waiting for a specialist there, with one at once, or (decided already) approved on its way to the desk
		assertThat(allowedFrom(TRANSFERRED)).containsExactlyInAnyOrder(RECEIVED, IN_PROCESSING, APPROVED, WITHDRAWN,
				SUSPENDED);
		assertThat(TRANSFERRED.isOpen()).isTrue();
	}

	@Test
	void onlyStatesAtAUnitCanBeTransferred() {
		assertThat(EnumSet.allOf(DossierStatus.class).stream().filter(s -> s.canMoveTo(TRANSFERRED)))
			.containsExactlyInAnyOrder(RECEIVED, IN_PROCESSING, APPROVED);
	}

	@Test
	void aResolvedOrClosedDossierCannotBeWithdrawn() {
		for (DossierStatus status : EnumSet.of(RESULT_READY, REJECTED_AFTER_REVIEW, RETURNED, APPROVED)) {
			assertThat(status.canMoveTo(WITHDRAWN)).as(status.name()).isFalse();
		}
	}

	private static EnumSet<DossierStatus> allowedFrom(DossierStatus from) {
		EnumSet<DossierStatus> allowed = EnumSet.noneOf(DossierStatus.class);
		for (DossierStatus next : DossierStatus.values()) {
			if (from.canMoveTo(next)) {
				allowed.add(next);
			}
		}
		return allowed;
	}

}
