package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.DossierEvents.DossierTransferred;
import vn.motcua.dossier.DossierEvents.SegmentCompleted;
import vn.motcua.dossier.DossierEvents.SegmentStarted;
import vn.motcua.dossier.DossierFixtures.Interlinked;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.statistics.InterlinkedStatistics;
import vn.motcua.statistics.InterlinkedStatistics.Reception;
import vn.motcua.statistics.InterlinkedStatistics.Segments;
import vn.motcua.statistics.StatisticsReport;
import vn.motcua.statistics.StatisticsReport.GroupBy;
import vn.motcua.statistics.StatisticsReport.Report;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Một cửa liên thông on the real database (issue 10): a dossier received at a commune, decided at its district and
 * returned by the commune, with one late segment: each segment's own deadline, the transfers and their
 * acknowledgement, who may act where, the control sheet and the receipt as PDF text, the citizen's view, the overall
 * verdict, and the statistics (Biểu 06 at the deciding district, counted once in every subtree; the reception view at
 * the commune; the segment view naming the late unit).
 */
@IntegrationTest
@RecordApplicationEvents
class InterlinkedFlowTests {

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierTransfers transfers;

	@Autowired
	DossierSearch search;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	vn.motcua.organisation.OrganisationUnits units;

	@Autowired
	StatisticsReport reports;

	@Autowired
	InterlinkedStatistics interlinked;

	@Autowired
	vn.motcua.procedure.ProcedureRoutes routes;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

	static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static ZonedDateTime at(int month, int day, int hour, int minute) {
		return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	private void now(int month, int day, int hour, int minute) {
		clock.set(at(month, day, hour, minute));
	}

	private List<String> queue(CurrentUser user, DossierSearch.Queue queue) {
		return search.search(units.scopeOf(user), user.username(), queue, null, null, 0)
			.rows()
			.stream()
			.map(DossierSearch.Row::code)
			.toList();
	}

	@Test
	void communeToDistrictAndBackWithALateDistrictSegment() throws Exception {
		Interlinked o = fixtures.interlinked();
		String commune = o.tree().communeA().name();
		String district = o.tree().district().name();

		// Monday 02/03/2026 09:00 at the commune: 5 working days overall → Monday 09/03 17:00; the commune's own day
		// → Tuesday 03/03 17:00
		now(3, 2, 9, 0);
		DossierView d = dossiers.receive(o.communeClerk(), DossierFixtures.citizen(o.procedure().code()));
		String code = d.code();
		assertThat(d.dueAt()).isEqualTo(at(3, 9, 17, 0).toInstant());
		assertThat(d.resolvingUnitId()).as("the deciding district resolves it").isEqualTo(o.tree().district().id());
		assertThat(d.receivingUnitId()).isEqualTo(o.tree().communeA().id());
		RouteView route = transfers.route(o.communeClerk(), code);
		assertThat(route.segments()).extracting(SegmentView::unitName).containsExactly(commune, district, commune);
		assertThat(route.segments()).extracting(SegmentView::state)
			.containsExactly(SegmentView.State.CURRENT, SegmentView.State.AHEAD, SegmentView.State.AHEAD);
		assertThat(route.segments().get(0).dueAt()).isEqualTo(at(3, 3, 17, 0).toInstant());
		assertThat(route.holderUnitId()).isEqualTo(o.tree().communeA().id());

		// the receipt shows the overall appointment and the commune's own part
		String receipt = pdfText("/dossiers/" + code + "/forms/receipt.pdf", o.communeClerk());
		assertThat(receipt).contains("17 giờ 00 phút, ngày 09 tháng 3 năm 2026",
				"Trong đó thời gian giải quyết tại " + commune + ": 01 ngày làm việc, đến 17 giờ 00 phút, ngày 03 tháng 3 năm 2026",
				commune + " → " + district + " → " + commune, "cơ quan giải quyết: " + district);

		// the district already sees the dossier routed to it, but cannot act on it while the commune holds it
		assertThat(dossiers.get(o.districtClerk(), code).code()).isEqualTo(code);
		long version = d.version();
		assertThatThrownBy(() -> dossiers.assign(o.districtClerk(), code, version,
				o.districtSpecialist().username(), null))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.notHolder");
		// another commune of the same district does not see it at all
		assertThatThrownBy(() -> dossiers.get(o.otherCommuneClerk(), code)).isInstanceOf(AccessDeniedException.class);
		// the result cannot come back to the desk before the route is done
		assertThatThrownBy(() -> transfers.transfer(o.districtClerk(), code, version, null))
			.isInstanceOf(DossierException.class);

		// 10:00 the commune clerk transfers it (chuyển liên thông): the district's 3 days → Thursday 05/03 17:00
		now(3, 2, 10, 0);
		d = transfers.transfer(o.communeClerk(), code, d.version(), "Đã xác nhận tại xã");
		assertThat(d.status()).isEqualTo(DossierStatus.TRANSFERRED);
		route = transfers.route(o.communeClerk(), code);
		assertThat(route.segments().get(0).completedAt()).isEqualTo(at(3, 2, 10, 0).toInstant());
		assertThat(route.segments().get(0).verdict()).isEqualTo(Verdict.EARLY);
		assertThat(route.segments().get(1).startedAt()).isEqualTo(at(3, 2, 10, 0).toInstant());
		assertThat(route.segments().get(1).dueAt()).isEqualTo(at(3, 5, 17, 0).toInstant());
		assertThat(route.holderUnitId()).isEqualTo(o.tree().district().id());
		assertThat(route.atHolder()).as("the commune clerk no longer holds it").isFalse();
		// worklists: waiting for the district's acknowledgement; the commune follows it among its interlinked ones
		assertThat(queue(o.districtClerk(), DossierSearch.Queue.TO_ACCEPT)).containsExactly(code);
		assertThat(queue(o.communeClerk(), DossierSearch.Queue.TO_ACCEPT)).doesNotContain(code);
		assertThat(queue(o.communeClerk(), DossierSearch.Queue.INTERLINKED)).containsExactly(code);
		assertThat(search.counts(units.scopeOf(o.districtClerk()), o.districtClerk().username())
			.get(DossierSearch.Queue.TO_ACCEPT)).isEqualTo(1);
		// the citizen reads where it is, in plain words
		PublicStatus status = dossiers.publicStatus(code, "5678").orElseThrow();
		assertThat(status.current().unitName()).isEqualTo(district);
		assertThat(status.route()).extracting(PublicStatus.Step::state)
			.containsExactly(SegmentView.State.DONE, SegmentView.State.CURRENT, SegmentView.State.AHEAD);

		// 14:00 the district acknowledges it; it waits for the district's specialist, in the district's worklist
		now(3, 2, 14, 0);
		d = transfers.accept(o.districtClerk(), code, d.version(), null, null);
		assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(queue(o.districtClerk(), DossierSearch.Queue.TO_ASSIGN)).containsExactly(code);
		assertThat(queue(o.communeClerk(), DossierSearch.Queue.TO_ASSIGN)).doesNotContain(code);
		long atDistrict = d.version();
		assertThatThrownBy(() -> dossiers.assign(o.communeClerk(), code, atDistrict,
				o.communeSpecialist().username(), null))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.notHolder");
		d = dossiers.assign(o.districtClerk(), code, d.version(), o.districtSpecialist().username(), null);
		assertThat(queue(o.districtSpecialist(), DossierSearch.Queue.MINE)).containsExactly(code);
		now(3, 4, 15, 0);
		d = dossiers.submitForApproval(o.districtSpecialist(), code, d.version(), "Dự thảo quyết định");
		// the district decides a day late: Friday 06/03 09:00, passed back at 10:00 → its segment is late
		now(3, 6, 9, 0);
		d = dossiers.approve(o.districtLeader(), code, d.version(), null);
		// approved at the district, but the result is not at the commune's desk yet
		long approved = d.version();
		assertThatThrownBy(() -> dossiers.resultReady(o.districtSpecialist(), code, approved, null))
			.isInstanceOf(DossierException.class)
			.extracting(ex -> ((DossierException) ex).messageKey()).isEqualTo("dossier.error.notLastSegment");
		now(3, 6, 10, 0);
		d = transfers.transfer(o.districtSpecialist(), code, d.version(), "Quyết định đã ký");
		route = transfers.route(o.communeClerk(), code);
		assertThat(route.segments().get(1).verdict()).isEqualTo(Verdict.LATE);
		assertThat(route.segments().get(2).dueAt()).as("the commune's last day: Monday 09/03")
			.isEqualTo(at(3, 9, 17, 0).toInstant());
		assertThat(queue(o.communeClerk(), DossierSearch.Queue.TO_ACCEPT)).containsExactly(code);

		// back at the commune: acknowledged (already decided: approved), result at the desk Monday 09:00, returned
		now(3, 6, 11, 0);
		d = transfers.accept(o.communeClerk(), code, d.version(), null, null);
		assertThat(d.status()).isEqualTo(DossierStatus.APPROVED);
		now(3, 9, 9, 0);
		d = dossiers.resultReady(o.communeClerk(), code, d.version(), null);
		now(3, 9, 10, 0);
		d = dossiers.returnResult(o.communeClerk(), code, d.version(), "Đã ký nhận");
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);

		// the overall verdict against the appointment: on time (the commune made up for the district's day)
		assertThat(Verdict.of(d.resolvedAt(), d.dueAt())).isEqualTo(Verdict.ON_TIME);
		route = transfers.route(o.communeClerk(), code);
		assertThat(route.segments()).extracting(SegmentView::verdict)
			.containsExactly(Verdict.EARLY, Verdict.LATE, Verdict.ON_TIME);
		assertThat(d.history()).extracting(TransitionView::action).containsExactly("receive", "transfer",
				"acceptTransfer", "assign", "submitForApproval", "approve", "transfer", "acceptTransfer", "resultReady",
				"returnResult");
		assertThat(jdbc.queryForList("select action from audit_record where target_type = 'Dossier' and target_id = ?"
				+ " order by id", String.class, code)).containsExactly("dossier.received", "dossier.transferred",
						"dossier.transferAccepted", "dossier.assigned", "dossier.submittedForApproval",
						"dossier.approved", "dossier.transferred", "dossier.transferAccepted", "dossier.resultReady",
						"dossier.returned");
		assertThat(events.stream(SegmentStarted.class).filter(e -> e.code().equals(code))).hasSize(3);
		assertThat(events.stream(SegmentCompleted.class).filter(e -> e.code().equals(code))).hasSize(3);
		assertThat(events.stream(DossierTransferred.class).filter(e -> e.code().equals(code)))
			.extracting(DossierTransferred::toUnitId)
			.containsExactly(o.tree().district().id(), o.tree().communeA().id());

		// the control sheet: the hand-overs, each unit's part with its own verdict, the late unit named
		String sheet = pdfText("/dossiers/" + code + "/forms/control-sheet.pdf", o.districtStatistics());
		assertThat(sheet).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code,
				"Cơ quan (bộ phận) giải quyết hồ sơ: " + district, "Cơ quan phối hợp giải quyết hồ sơ: " + commune,
				"THỜI GIAN GIẢI QUYẾT CỦA TỪNG CƠ QUAN (LIÊN THÔNG)", "Quá hạn (" + district + ")",
				"Trước hạn (" + commune + ")", "Đúng hạn (" + commune + ")",
				"Hạn: 17 giờ 00 phút, ngày 05 tháng 3 năm 2026", "Xong: 10 giờ 00 phút, ngày 06 tháng 3 năm 2026",
				"Kết quả giải quyết hồ sơ (so với ngày hẹn trả): Đúng hạn");

		// Biểu 06 counts it once, at the deciding district, in every subtree that holds it
		CurrentUser provinceStatistics = fixtures.user(o.tree().province(), Role.STATISTICS);
		Report districtReport = reports.report(o.districtStatistics(), o.tree().district().code(), MARCH_1, MARCH_31,
				GroupBy.NONE);
		assertThat(districtReport.counts().receivedTotal()).isEqualTo(1);
		assertThat(districtReport.counts().onTime()).isEqualTo(1);
		assertThat(reports.report(provinceStatistics, o.tree().province().code(), MARCH_1, MARCH_31, GroupBy.NONE)
			.counts()
			.receivedTotal()).isEqualTo(1);
		Report byUnit = reports.report(o.districtStatistics(), o.tree().district().code(), MARCH_1, MARCH_31,
				GroupBy.UNIT);
		assertThat(byUnit.groups().stream().mapToLong(g -> g.counts().receivedTotal()).sum()).isEqualTo(1);
		assertThat(byUnit.groups()).filteredOn(g -> g.code().equals(o.tree().district().code()))
			.singleElement()
			.satisfies(g -> assertThat(g.counts().receivedTotal()).isEqualTo(1));
		assertThat(reports.report(o.districtStatistics(), o.tree().communeA().code(), MARCH_1, MARCH_31, GroupBy.NONE)
			.counts()
			.receivedTotal()).as("not resolved at the commune").isZero();

		// the reception view counts it once, at the commune that received it
		Reception reception = interlinked.reception(o.districtStatistics(), o.tree().district().code(), MARCH_1,
				MARCH_31);
		assertThat(reception.total().received()).isEqualTo(1);
		assertThat(reception.total().onTime()).isEqualTo(1);
		assertThat(reception.total().resolvedElsewhere()).isEqualTo(1);
		assertThat(reception.lines().stream().mapToLong(l -> l.counts().received()).sum()).isEqualTo(1);
		assertThat(reception.lines()).filteredOn(l -> l.unitId().equals(o.tree().communeA().id()))
			.singleElement()
			.satisfies(l -> assertThat(l.counts().received()).isEqualTo(1));
		assertThat(interlinked.reception(provinceStatistics, o.tree().province().code(), MARCH_1, MARCH_31)
			.total()
			.received()).isEqualTo(1);

		// the segment view: three segments (two at the commune), the district's late one listed
		Segments segments = interlinked.segments(o.districtStatistics(), o.tree().district().code(), MARCH_1,
				MARCH_31);
		assertThat(segments.total().finished()).isEqualTo(3);
		assertThat(segments.total().late()).isEqualTo(1);
		assertThat(segments.lines()).filteredOn(l -> l.unitId().equals(o.tree().district().id()))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.counts().late()).isEqualTo(1);
				assertThat(l.counts().finished()).isEqualTo(1);
			});
		assertThat(segments.lines()).filteredOn(l -> l.unitId().equals(o.tree().communeA().id()))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.counts().early()).isEqualTo(1);
				assertThat(l.counts().onTime()).isEqualTo(1);
				assertThat(l.counts().late()).isZero();
			});
		assertThat(segments.late()).singleElement().satisfies(late -> {
			assertThat(late.dossierCode()).isEqualTo(code);
			assertThat(late.unitName()).isEqualTo(district);
			assertThat(late.completedAt()).isEqualTo(at(3, 6, 10, 0).toInstant());
		});
		// the same views as a page, the late unit on it
		String page = mvc.perform(get("/statistics/interlinked").param("unit", o.tree().district().code())
			.param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(user(o.districtStatistics())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(code, district);
	}

	@Test
	void aSupplementAtTheDistrictMovesTheDistrictsOwnDeadlineAndTheAppointment() {
		Interlinked o = fixtures.interlinked();
		now(3, 2, 9, 0);
		DossierView d = dossiers.receive(o.communeClerk(), DossierFixtures.citizen(o.procedure().code()));
		String code = d.code();
		now(3, 2, 10, 0);
		d = transfers.transfer(o.communeClerk(), code, d.version(), null);
		d = transfers.accept(o.districtClerk(), code, d.version(), o.districtSpecialist().username(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(d.assignee()).isEqualTo(o.districtSpecialist().username());
		// Tuesday 03/03: the district has used one of its three days (the day of the request counts as used)
		now(3, 3, 10, 0);
		d = dossiers.requestSupplement(o.districtSpecialist(), code, d.version(), "Bản sao giấy xác nhận", null);
		assertThat(jdbc.queryForObject("select paused_since is not null from statistics_segment"
				+ " where dossier_code = ? and position = 2", Boolean.class, code)).isTrue();
		// the applicant brings it to the commune's desk on Monday 09/03: the commune clerk takes it
		now(3, 9, 8, 0);
		d = dossiers.supplementReceived(o.communeClerk(), code, d.version(), false);
		// the district keeps 2 days → Wednesday 11/03; overall 4 of 5 days remain → Friday 13/03
		SegmentView atDistrict = transfers.route(o.communeClerk(), code).segments().get(1);
		assertThat(atDistrict.dueAt()).isEqualTo(at(3, 11, 17, 0).toInstant());
		assertThat(d.dueAt()).isEqualTo(at(3, 13, 17, 0).toInstant());
		assertThat(jdbc.queryForMap("select due_at, paused_since from statistics_segment"
				+ " where dossier_code = ? and position = 2", code))
			.satisfies(row -> {
				assertThat(((java.sql.Timestamp) row.get("due_at")).toInstant())
					.isEqualTo(at(3, 11, 17, 0).toInstant());
				assertThat(row.get("paused_since")).isNull();
			});
	}

	@Test
	void aRejectionAtTheDistrictEndsTheRouteAndTheCommuneReturnsIt() {
		Interlinked o = fixtures.interlinked();
		now(3, 2, 9, 0);
		DossierView d = dossiers.receive(o.communeClerk(), DossierFixtures.citizen(o.procedure().code()));
		String code = d.code();
		d = transfers.transfer(o.communeClerk(), code, d.version(), null);
		d = transfers.accept(o.districtLeader(), code, d.version(), o.districtSpecialist().username(), null);
		d = dossiers.submitForApproval(o.districtSpecialist(), code, d.version(), null);
		// the district cannot pass an undecided dossier on
		long pending = d.version();
		assertThatThrownBy(() -> transfers.transfer(o.districtLeader(), code, pending, null))
			.isInstanceOf(DossierException.class);
		now(3, 3, 9, 0);
		d = dossiers.rejectAfterReview(o.districtLeader(), code, d.version(), "Không thuộc đối tượng hưởng trợ cấp");
		assertThat(d.resolvedAt()).isEqualTo(at(3, 3, 9, 0).toInstant());
		d = dossiers.returnResult(o.communeClerk(), code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(transfers.route(o.communeClerk(), code).segments()).extracting(SegmentView::state)
			.containsExactly(SegmentView.State.DONE, SegmentView.State.DONE, SegmentView.State.AHEAD);
		assertThat(jdbc.queryForObject("select count(*) from statistics_segment where dossier_code = ?", Long.class,
				code)).isEqualTo(2);
	}

	@Test
	void aCommuneOutsideAnyDistrictCannotReceiveADistrictRoute() {
		Interlinked o = fixtures.interlinked();
		CurrentUser clerk = fixtures.user(o.tree().direct(), Role.RECEPTION_CLERK);
		assertThatThrownBy(() -> dossiers.receive(clerk, DossierFixtures.citizen(o.procedure().code())))
			.isInstanceOf(DossierException.class)
			.satisfies(ex -> {
				assertThat(((DossierException) ex).messageKey()).isEqualTo("dossier.error.routeUnit");
				assertThat(((DossierException) ex).field()).isEqualTo("procedureCode");
			});
	}

	@Test
	void aDepartmentOutsideTheCommunesTreeSeesOnlyTheDossiersRoutedToIt() throws Exception {
		Interlinked o = fixtures.interlinked();
		// a provincial department (Sở) decides: it is no ancestor of the commune, a sibling branch of its district
		vn.motcua.organisation.UnitView department = organisation.unit(vn.motcua.organisation.UnitKind.DEPARTMENT,
				o.tree().province());
		vn.motcua.organisation.UnitView otherDepartment = organisation.unit(
				vn.motcua.organisation.UnitKind.DEPARTMENT, o.tree().province());
		routes.replace(o.procedure().code(), List.of(
				new vn.motcua.procedure.ProcedureRoute.Draft(vn.motcua.procedure.RouteLevel.RECEIVING_UNIT, null,
						"Tiếp nhận", java.math.BigDecimal.ONE, false),
				new vn.motcua.procedure.ProcedureRoute.Draft(vn.motcua.procedure.RouteLevel.UNIT, department.code(),
						"Thẩm định, quyết định", java.math.BigDecimal.valueOf(4), true)));
		CurrentUser departmentClerk = fixtures.user(department, Role.RECEPTION_CLERK);
		CurrentUser departmentSpecialist = fixtures.user(department, Role.SPECIALIST);
		CurrentUser otherLeader = fixtures.user(otherDepartment, Role.LEADER);
		DossierView d = dossiers.receive(o.communeClerk(), DossierFixtures.citizen(o.procedure().code()));
		String code = d.code();
		assertThat(d.resolvingUnitId()).isEqualTo(department.id());
		// routed to it: the department's staff see it (page and list), another department does not
		mvc.perform(get("/dossiers/{c}", code).with(user(departmentSpecialist))).andExpect(status().isOk());
		mvc.perform(get("/dossiers/{c}", code).with(user(otherLeader))).andExpect(status().isForbidden());
		assertThat(queue(departmentClerk, DossierSearch.Queue.ALL)).containsExactly(code);
		assertThat(queue(otherLeader, DossierSearch.Queue.ALL)).doesNotContain(code);
		d = transfers.transfer(o.communeClerk(), code, d.version(), null);
		d = transfers.accept(departmentClerk, code, d.version(), departmentSpecialist.username(), null);
		assertThat(queue(departmentSpecialist, DossierSearch.Queue.MINE)).containsExactly(code);
		// the last unit of this route decides and gives the result: no transfer back
		d = dossiers.submitForApproval(departmentSpecialist, code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.PENDING_APPROVAL);
		// the province's leader reaches the department (below it) and the commune alike
		CurrentUser provinceLeader = fixtures.user(o.tree().province(), Role.LEADER);
		d = dossiers.approve(provinceLeader, code, d.version(), null);
		d = dossiers.resultReady(departmentSpecialist, code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.RESULT_READY);
		d = dossiers.returnResult(o.communeClerk(), code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
	}

	private String pdfText(String path, CurrentUser user) throws Exception {
		byte[] pdf = mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
