package vn.motcua.procedure;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.ProcessingTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules an interlinked route must keep, whatever the sector law says of the shares (plain Java). */
class ProcedureRouteTests {

	private static final ProcessingTime FIVE_DAYS = ProcessingTime.workingDays(5);

	private static ProcedureRoute.Draft step(RouteLevel level, String unit, String share, boolean decides) {
		return new ProcedureRoute.Draft(level, unit, "Nhiệm vụ", new BigDecimal(share), decides);
	}

	private static String brokenRule(List<ProcedureRoute.Draft> drafts, ProcessingTime total) {
		try {
			ProcedureRoute.of(drafts, total);
		}
		catch (ProcedureException ex) {
			return ex.messageKey();
		}
		throw new AssertionError("the route was accepted");
	}

	@Test
	void communeDistrictCommuneAddingUpToTheTotalIsARoute() {
		ProcedureRoute route = ProcedureRoute.of(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.DISTRICT, null, "3.0", true), step(RouteLevel.RECEIVING_UNIT, null, "1", false)),
				FIVE_DAYS);
		assertThat(route.steps()).extracting(RouteStepView::position).containsExactly(1, 2, 3);
		assertThat(route.decidingStep().level()).isEqualTo(RouteLevel.DISTRICT);
		assertThat(route.decidingStep().share()).isEqualByComparingTo("3");
		assertThat(route.addsUpTo(new BigDecimal("5.00"))).isTrue();
		assertThat(route.addsUpTo(new BigDecimal("6"))).isFalse();
	}

	@Test
	void halfDaysAndAZeroShareAreAllowedInWorkingDays() {
		ProcedureRoute route = ProcedureRoute.of(List.of(step(RouteLevel.RECEIVING_UNIT, null, "0.5", false),
				step(RouteLevel.UNIT, "so-ldtbxh", "4.5", true), step(RouteLevel.RECEIVING_UNIT, null, "0", false)),
				FIVE_DAYS);
		assertThat(route.steps().get(1).unitCode()).as("unit codes are upper case").isEqualTo("SO-LDTBXH");
	}

	@Test
	void theSharesMustAddUpToTheProcessingTime() {
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.DISTRICT, null, "3", true)), FIVE_DAYS)).isEqualTo("procedure.route.error.sum");
	}

	@Test
	void theReceivingUnitComesFirst() {
		assertThat(brokenRule(List.of(step(RouteLevel.DISTRICT, null, "4", true),
				step(RouteLevel.RECEIVING_UNIT, null, "1", false)), FIVE_DAYS))
			.isEqualTo("procedure.route.error.firstReceives");
	}

	@Test
	void exactlyOneUnitDecides() {
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.DISTRICT, null, "4", false)), FIVE_DAYS)).isEqualTo("procedure.route.error.oneDecides");
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", true),
				step(RouteLevel.DISTRICT, null, "4", true)), FIVE_DAYS)).isEqualTo("procedure.route.error.oneDecides");
	}

	@Test
	void aRouteHasAtLeastTwoSteps() {
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "5", true)), FIVE_DAYS))
			.isEqualTo("procedure.route.error.tooFew");
	}

	@Test
	void aNamedUnitNeedsItsCodeAndOnlyIt() {
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.UNIT, " ", "4", true)), FIVE_DAYS)).isEqualTo("procedure.route.error.unitCode");
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.DISTRICT, "H991", "4", true)), FIVE_DAYS)).isEqualTo("procedure.route.error.unitCode");
	}

	@Test
	void aShareMustBeAProcessingTimeOfTheProceduresUnit() {
		// calendar days are whole; a negative share is none
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "0.5", false),
				step(RouteLevel.DISTRICT, null, "14.5", true)), ProcessingTime.calendarDays(15)))
			.isEqualTo("procedure.route.error.share");
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "-1", false),
				step(RouteLevel.DISTRICT, null, "6", true)), FIVE_DAYS)).isEqualTo("procedure.route.error.share");
	}

	@Test
	void aProcedureWithoutATimeInForceCannotBeShared() {
		assertThat(brokenRule(List.of(step(RouteLevel.RECEIVING_UNIT, null, "1", false),
				step(RouteLevel.DISTRICT, null, "4", true)), null)).isEqualTo("procedure.route.error.noTime");
	}

}
