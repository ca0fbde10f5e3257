package vn.motcua.dossier;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AbstractAggregateRoot;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.DossierReceived;
import vn.motcua.dossier.DossierEvents.SegmentCompleted;
import vn.motcua.dossier.DossierEvents.SegmentStarted;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's rules of một cửa liên thông, without Spring: segments, transfers, who decides, the last step. */
class InterlinkedDossierTests {

	static final long COMMUNE = 11L;

	static final long DISTRICT = 22L;

	static final Actor CLERK = new Actor("xa.motcua", "X1");

	static final Actor DISTRICT_CLERK = new Actor("huyen.motcua", "H1");

	static Instant at(int day, int hour) {
		return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, MotCuaTime.ZONE).toInstant();
	}

	static Dossier received() {
		Dossier.Intake intake = new Dossier.Intake("1.000001", "Trợ cấp", "LV", COMMUNE, "X1", Channel.DIRECT,
				new Applicant(Applicant.Kind.PERSON, "Nguyễn Văn A", "001195012345", null, "0912345678", null, null),
				null, null, "TT03_2025");
		List<Dossier.PlannedSegment> route = List.of(
				new Dossier.PlannedSegment(1, COMMUNE, "X1", "Xã", "Tiếp nhận", ProcessingTime.workingDays(1), false),
				new Dossier.PlannedSegment(2, DISTRICT, "H1", "Huyện", "Quyết định", ProcessingTime.workingDays(3), true),
				new Dossier.PlannedSegment(3, COMMUNE, "X1", "Xã", "Trả kết quả", ProcessingTime.workingDays(1), false));
		return Dossier.receive(intake, "X1-260302-0001", List.of(), ProcessingTime.workingDays(5),
				SupplementPolicy.PAUSE, null, at(2, 9), at(9, 17), null, CLERK, route, at(3, 17));
	}

	@SuppressWarnings("unchecked")
	static Collection<Object> events(Dossier dossier) throws Exception {
		java.lang.reflect.Method events = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
		events.setAccessible(true);
		return (Collection<Object>) events.invoke(dossier);
	}

	@Test
	void theDecidingUnitResolvesAndTheReceivingUnitHoldsItFirst() throws Exception {
		Dossier d = received();
		assertThat(d.getResolvingUnitId()).isEqualTo(DISTRICT);
		assertThat(d.getReceivingUnitId()).isEqualTo(COMMUNE);
		assertThat(d.holderUnitId()).isEqualTo(COMMUNE);
		assertThat(d.routeUnitIds()).containsExactly(COMMUNE, DISTRICT);
		assertThat(d.segmentViews().get(0).dueAt()).isEqualTo(at(3, 17));
		assertThat(events(d)).containsExactly(
				new DossierReceived("X1-260302-0001", "1.000001", "LV", COMMUNE, DISTRICT, Channel.DIRECT, at(2, 9),
						at(9, 17)),
				new SegmentStarted("X1-260302-0001", 1, COMMUNE, at(2, 9), at(3, 17)));
	}

	@Test
	void aTransferEndsOneSegmentAndStartsTheNextAtOnce() throws Exception {
		Dossier d = received();
		d.transfer(at(3, 10), CLERK, null, at(6, 17));
		assertThat(d.getStatus()).isEqualTo(DossierStatus.TRANSFERRED);
		assertThat(d.holderUnitId()).isEqualTo(DISTRICT);
		List<SegmentView> segments = d.segmentViews();
		assertThat(segments.get(0).completedAt()).isEqualTo(at(3, 10));
		assertThat(segments.get(0).verdict()).isEqualTo(Verdict.ON_TIME);
		assertThat(segments.get(1).startedAt()).isEqualTo(at(3, 10));
		assertThat(segments.get(1).dueAt()).isEqualTo(at(6, 17));
		assertThat(segments.get(1).handedOverBy()).isEqualTo("xa.motcua");
		assertThat(events(d)).contains(new SegmentCompleted("X1-260302-0001", 1, COMMUNE, at(3, 10), at(3, 17)));
	}

	@Test
	void theNextUnitAcknowledgesItWaitingForItsSpecialistOrWithOne() {
		Dossier waiting = received();
		waiting.transfer(at(2, 10), CLERK, null, at(5, 17));
		waiting.acceptTransfer(at(2, 11), DISTRICT_CLERK, null, null);
		assertThat(waiting.getStatus()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(waiting.segmentViews().get(1).acceptedBy()).isEqualTo("huyen.motcua");
		Dossier assigned = received();
		assigned.transfer(at(2, 10), CLERK, null, at(5, 17));
		assigned.acceptTransfer(at(2, 11), DISTRICT_CLERK, "huyen.chuyenvien", null);
		assertThat(assigned.getStatus()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(assigned.getAssignee()).isEqualTo("huyen.chuyenvien");
	}

	@Test
	void theDecidingUnitPassesItOnOnlyOnceApprovedAndItComesBackApproved() {
		Dossier d = received();
		d.transfer(at(2, 10), CLERK, null, at(5, 17));
		d.acceptTransfer(at(2, 11), DISTRICT_CLERK, "huyen.chuyenvien", null);
		d.submitForApproval(at(3, 9), new Actor("huyen.chuyenvien", "H1"), null);
		assertThatThrownBy(() -> d.transfer(at(3, 10), DISTRICT_CLERK, null, at(4, 17)))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.decideBeforeTransfer");
		d.approve(at(3, 11), new Actor("huyen.lanhdao", "H1"), null);
		// approved, but not at the last unit: the result cannot reach the desk yet
		assertThatThrownBy(() -> d.resultReady(at(3, 12), DISTRICT_CLERK, null))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.notLastSegment");
		d.transfer(at(6, 10), DISTRICT_CLERK, null, at(9, 17));
		assertThat(d.segmentViews().get(1).verdict()).as("after Thursday 05/03 17:00").isEqualTo(Verdict.LATE);
		assertThat(d.getAssignee()).as("the district's specialist does not follow it").isNull();
		d.acceptTransfer(at(6, 11), CLERK, null, null);
		assertThat(d.getStatus()).isEqualTo(DossierStatus.APPROVED);
		// the last unit has no next one
		assertThatThrownBy(() -> d.transfer(at(6, 12), CLERK, null, at(9, 17)))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.lastSegment");
		d.resultReady(at(9, 9), CLERK, null);
		assertThat(d.segmentViews()).extracting(SegmentView::state).containsOnly(SegmentView.State.DONE);
		assertThat(d.segmentViews().get(2).verdict()).isEqualTo(Verdict.ON_TIME);
		assertThat(Verdict.of(d.view().resolvedAt(), d.view().dueAt())).isEqualTo(Verdict.ON_TIME);
	}

	@Test
	void aDossierOneUnitHandlesHasNoRouteAndCannotBeTransferred() {
		Dossier.Intake intake = new Dossier.Intake("1.000001", "Khai sinh", "LV", COMMUNE, "X1", Channel.DIRECT,
				new Applicant(Applicant.Kind.PERSON, "Nguyễn Văn A", "001195012345", null, null, null, null), null,
				null, "TT03_2025");
		Dossier d = Dossier.receive(intake, "X1-260302-0002", List.of(), ProcessingTime.workingDays(5),
				SupplementPolicy.PAUSE, null, at(2, 9), at(9, 17), null, CLERK);
		assertThat(d.isInterlinked()).isFalse();
		assertThat(d.holderUnitId()).isEqualTo(COMMUNE);
		assertThat(d.getResolvingUnitId()).isEqualTo(COMMUNE);
		assertThatThrownBy(() -> d.transfer(at(2, 10), CLERK, null, at(3, 17)))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.notInterlinked");
	}

}
