package vn.motcua.dossier;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierEvents.ApologyIssued;
import vn.motcua.dossier.DossierEvents.DossierAssigned;
import vn.motcua.dossier.DossierEvents.DossierReceived;
import vn.motcua.dossier.DossierEvents.DossierRefusedAtDesk;
import vn.motcua.dossier.DossierEvents.DossierResolved;
import vn.motcua.dossier.DossierEvents.DossierReturned;
import vn.motcua.dossier.DossierEvents.DossierWithdrawn;
import vn.motcua.dossier.DossierEvents.SupplementReceived;
import vn.motcua.dossier.DossierEvents.SupplementRequested;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every path of the state machine on the real database: history, audit records, events and deadlines. */
@IntegrationTest
@RecordApplicationEvents
class DossierFlowTests {

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	private List<String> audit(String code) {
		return jdbc.queryForList("select action from audit_record where target_type = 'Dossier' and target_id = ? order by id",
				String.class, code);
	}

	@Test
	void happyPathFromReceptionToReturn() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		// Monday 02/03/2026 09:00; 5 working days, the reception day not counted → Monday 09/03/2026, closing time
		clock.set(at(2026, 3, 2, 9, 0));
		DossierView received = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		assertThat(received.code()).matches(".+-260302-\\d{4}");
		assertThat(received.dueAt()).isEqualTo(at(2026, 3, 9, 17, 0).toInstant());
		assertThat(received.formSet()).isEqualTo("TT03_2025");
		assertThat(received.dueExplanation()).contains("Tiếp nhận").contains("09/03/2026");
		assertThat(received.documents()).extracting(DocumentCheckView::received).containsExactly(true, true);

		String code = received.code();
		clock.advance(Duration.ofHours(1));
		DossierView d = dossiers.assign(office.clerk(), code, received.version(), office.specialist().username(), null);
		clock.advance(Duration.ofDays(1));
		d = dossiers.submitForApproval(office.specialist(), code, d.version(), "Dự thảo giấy khai sinh");
		clock.advance(Duration.ofHours(2));
		d = dossiers.approve(office.leader(), code, d.version(), null);
		clock.advance(Duration.ofHours(1));
		d = dossiers.resultReady(office.clerk(), code, d.version(), null);
		assertThat(d.resolvedAt()).isEqualTo(at(2026, 3, 3, 13, 0).toInstant());
		clock.advance(Duration.ofDays(1));
		d = dossiers.returnResult(office.clerk(), code, d.version(), "Đã ký nhận");

		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(d.history()).extracting(TransitionView::action)
			.containsExactly("receive", "assign", "submitForApproval", "approve", "resultReady", "returnResult");
		assertThat(d.history()).extracting(TransitionView::actor)
			.containsExactly(office.clerk().username(), office.clerk().username(), office.specialist().username(),
					office.leader().username(), office.clerk().username(), office.clerk().username());
		assertThat(audit(code)).containsExactly("dossier.received", "dossier.assigned", "dossier.submittedForApproval",
				"dossier.approved", "dossier.resultReady", "dossier.returned");
		assertThat(events.stream(DossierReceived.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(DossierAssigned.class).filter(e -> e.code().equals(code)))
			.extracting(DossierAssigned::assignee).containsExactly(office.specialist().username());
		assertThat(events.stream(DossierResolved.class).filter(e -> e.code().equals(code)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.rejected()).isFalse();
				assertThat(e.dueAt()).isEqualTo(received.dueAt());
			});
		assertThat(events.stream(DossierReturned.class).filter(e -> e.code().equals(code))).hasSize(1);
	}

	@Test
	void supplementPausesTheClockAndMovesTheAppointment() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		clock.set(at(2026, 3, 2, 9, 0));
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		String code = d.code();
		d = dossiers.assign(office.clerk(), code, d.version(), office.specialist().username(), null);
		// Wednesday 04/03 10:00: 03/03 and 04/03 are used (the day of the request counts as used)
		clock.set(at(2026, 3, 4, 10, 0));
		d = dossiers.requestSupplement(office.specialist(), code, d.version(), "Bản sao giấy đăng ký kết hôn",
				"Thiếu giấy tờ chứng minh quan hệ cha mẹ");
		assertThat(d.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		// Monday 09/03 08:00 the applicant brings it: 3 days remain, counted from the day after → Thursday 12/03
		clock.set(at(2026, 3, 9, 8, 0));
		d = dossiers.supplementReceived(office.clerk(), code, d.version(), false);
		assertThat(d.status()).isEqualTo(DossierStatus.IN_PROCESSING);
		assertThat(d.dueAt()).isEqualTo(at(2026, 3, 12, 17, 0).toInstant());
		assertThat(d.supplements()).singleElement().satisfies(s -> {
			assertThat(s.dueBefore()).isEqualTo(at(2026, 3, 9, 17, 0).toInstant());
			assertThat(s.dueAfter()).isEqualTo(at(2026, 3, 12, 17, 0).toInstant());
		});
		assertThat(audit(code)).contains("dossier.supplementRequested", "dossier.supplementReceived");
		assertThat(events.stream(SupplementRequested.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(events.stream(SupplementReceived.class).filter(e -> e.code().equals(code))).hasSize(1);
	}

	@Test
	void restartPolicyCountsTheWholeTimeAgainFromTheResubmission() {
		Office office = fixtures.office(5, SupplementPolicy.RESTART);
		clock.set(at(2026, 3, 2, 9, 0));
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		clock.set(at(2026, 3, 4, 10, 0));
		d = dossiers.requestSupplement(office.specialist(), d.code(), d.version(), "Giấy chứng sinh bản chính", null);
		clock.set(at(2026, 3, 9, 8, 0));
		d = dossiers.supplementReceived(office.clerk(), d.code(), d.version(), false);
		// 5 full working days from Monday 09/03 → Monday 16/03
		assertThat(d.dueAt()).isEqualTo(at(2026, 3, 16, 17, 0).toInstant());
	}

	@Test
	void refusalAtTheDeskIsRecordedButNeverReceived() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		long sequenceRows = jdbc.queryForObject("select count(*) from dossier_code_sequence", Long.class);
		DossierView refused = dossiers.refuseAtDesk(office.clerk(), DossierFixtures.citizen(office.procedure().code()),
				"Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã");
		assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED_AT_DESK);
		assertThat(refused.code()).isNull();
		assertThat(refused.receivedAt()).isNull();
		assertThat(jdbc.queryForObject("select count(*) from dossier_code_sequence", Long.class)).isEqualTo(sequenceRows);
		assertThat(events.stream(DossierRefusedAtDesk.class)
			.filter(e -> e.receivingUnitId().equals(office.commune().id()))).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'dossier.refusedAtDesk' and target_id = ?",
				Integer.class, "id:" + refused.id())).isEqualTo(1);
	}

	@Test
	void rejectionAfterReviewCountsAsResolvedAndIsReturned() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.rejectAfterReview(office.leader(), d.code(), d.version(), "Người yêu cầu không cư trú tại xã");
		assertThat(d.status()).isEqualTo(DossierStatus.REJECTED_AFTER_REVIEW);
		assertThat(d.resolvedAt()).isNotNull();
		String code = d.code();
		assertThat(events.stream(DossierResolved.class).filter(e -> e.code().equals(code)))
			.singleElement()
			.satisfies(e -> assertThat(e.rejected()).isTrue());
		d = dossiers.returnResult(office.clerk(), code, d.version(), null);
		assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(audit(code)).containsExactly("dossier.received", "dossier.assigned", "dossier.submittedForApproval",
				"dossier.rejectedAfterReview", "dossier.returned");
		assertThat(d.history()).extracting(TransitionView::note).contains("Người yêu cầu không cư trú tại xã");
	}

	@Test
	void aLateResultWithApologyIsStillJudgedAgainstTheOriginalAppointment() {
		Office office = fixtures.office(2, SupplementPolicy.PAUSE);
		clock.set(at(2026, 3, 2, 9, 0));
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		ZonedDateTime due = at(2026, 3, 4, 17, 0);
		assertThat(d.dueAt()).isEqualTo(due.toInstant());
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		clock.set(at(2026, 3, 3, 16, 0));
		d = dossiers.apologise(office.leader(), d.code(), d.version(), "Cần xác minh thêm tại nơi cư trú",
				at(2026, 3, 10, 17, 0).toInstant());
		assertThat(d.revisedDueAt()).isEqualTo(at(2026, 3, 10, 17, 0).toInstant());
		assertThat(d.dueAt()).isEqualTo(due.toInstant());
		String code = d.code();
		assertThat(events.stream(ApologyIssued.class).filter(e -> e.code().equals(code))).hasSize(1);
		clock.set(at(2026, 3, 9, 10, 0));
		d = dossiers.submitForApproval(office.specialist(), code, d.version(), null);
		d = dossiers.approve(office.leader(), code, d.version(), null);
		d = dossiers.resultReady(office.clerk(), code, d.version(), null);
		assertThat(events.stream(DossierResolved.class).filter(e -> e.code().equals(code)))
			.singleElement()
			.satisfies(e -> assertThat(e.resolvedAt()).isAfter(e.dueAt()));
		assertThat(audit(code)).containsExactly("dossier.received", "dossier.assigned", "dossier.apologised",
				"dossier.submittedForApproval", "dossier.approved", "dossier.resultReady");
		// a second apology must promise a later date still
		assertThatThrownBy(() -> dossiers.apologise(office.leader(), code, dossiers.get(office.leader(), code).version(),
				"lý do", at(2026, 3, 11, 17, 0).toInstant()))
			.isInstanceOf(DossierException.class);
	}

	@Test
	void withdrawalClosesTheDossier() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.withdraw(office.clerk(), d.code(), d.version(), "Người nộp có đơn xin rút hồ sơ", false);
		assertThat(d.status()).isEqualTo(DossierStatus.WITHDRAWN);
		String code = d.code();
		assertThat(events.stream(DossierWithdrawn.class).filter(e -> e.code().equals(code))).hasSize(1);
		assertThat(audit(code)).containsExactly("dossier.received", "dossier.withdrawn");
		DossierView closed = d;
		assertThatThrownBy(() -> dossiers.assign(office.clerk(), code, closed.version(), office.specialist().username(), null))
			.isInstanceOf(DossierException.class)
			.extracting("messageKey")
			.isEqualTo("dossier.error.transition");
	}

	@Test
	void aStepNotAllowedNowChangesNothing() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		DossierView before = d;
		assertThatThrownBy(() -> dossiers.approve(office.leader(), before.code(), before.version(), null))
			.isInstanceOf(DossierException.class)
			.extracting("messageKey")
			.isEqualTo("dossier.error.transition");
		assertThatThrownBy(() -> dossiers.returnResult(office.clerk(), before.code(), before.version(), null))
			.isInstanceOf(DossierException.class);
		// a specialist cannot take a dossier; the clerk cannot approve
		assertThatThrownBy(() -> dossiers.assign(office.specialist(), before.code(), before.version(),
				office.specialist().username(), null)).isInstanceOf(DossierException.class);
		// only a specialist of the resolving unit can be given the dossier
		assertThatThrownBy(() -> dossiers.assign(office.clerk(), before.code(), before.version(),
				office.leader().username(), null))
			.extracting("messageKey")
			.isEqualTo("dossier.error.notASpecialist");
		DossierView after = dossiers.get(office.clerk(), before.code());
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.history()).hasSize(1);
		assertThat(audit(before.code())).containsExactly("dossier.received");
	}

	@Test
	void aStalePageIsRefused() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		assertThatThrownBy(() -> dossiers.withdraw(office.clerk(), d.code(), d.version(), "rút", false))
			.isInstanceOf(DossierException.class)
			.extracting("messageKey")
			.isEqualTo("dossier.error.stale");
		assertThat(dossiers.get(office.clerk(), d.code()).status()).isEqualTo(DossierStatus.IN_PROCESSING);
	}

	@Test
	void usersOfAnotherCommuneNeverSeeTheDossier() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Office other = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		assertThatThrownBy(() -> dossiers.get(other.clerk(), d.code())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> dossiers.withdraw(other.clerk(), d.code(), d.version(), "rút", false))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void twentyClerksReceivingAtOnceGetTwentyConsecutiveCodes() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		int clerks = 20;
		ExecutorService pool = Executors.newFixedThreadPool(clerks);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> codes = new ArrayList<>();
		for (int i = 0; i < clerks; i++) {
			codes.add(pool.submit(() -> {
				start.await();
				return dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code())).code();
			}));
		}
		start.countDown();
		Set<String> distinct = ConcurrentHashMap.newKeySet();
		for (Future<String> code : codes) {
			distinct.add(code.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(distinct).hasSize(clerks);
		// one day, one agency: numbers 0001…0020 with no gap
		assertThat(distinct.stream().map(c -> Integer.parseInt(c.substring(c.length() - 4))).sorted().toList())
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, clerks).boxed().toList());
	}

	@Test
	void twoLeadersApprovingAtOnceExactlyOneSucceeds() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser secondLeader = fixtures.user(office.commune(), vn.motcua.organisation.Role.LEADER);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		DossierView pending = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> leaders = List.of(office.leader(), secondLeader).stream().map(leader -> (Callable<String>) () -> {
			start.await();
			try {
				dossiers.approve(leader, pending.code(), pending.version(), null);
				return "ok";
			}
			catch (DossierException ex) {
				return ex.messageKey();
			}
		}).toList();
		List<Future<String>> results = leaders.stream().map(pool::submit).toList();
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("ok", "dossier.error.stale");
		DossierView after = dossiers.get(office.leader(), pending.code());
		assertThat(after.history()).extracting(TransitionView::action).containsOnlyOnce("approve");
	}

}
