package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.Role;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Online submissions through the service on the real database: the rules the API and the pages rely on. */
@IntegrationTest
class OnlineDossierFlowTests {

	@Autowired
	OnlineDossiers online;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierChanges changes;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MotCuaTime.ZONE);
	}

	private static OnlineSubmission submission(String number, Office office, ZonedDateTime submittedAt) {
		return new OnlineSubmission(number, office.commune().code(), office.procedure().code(), submittedAt.toInstant(),
				Applicant.Kind.PERSON, "Lê Thị Hoa", "001195012345", null, "0912345678", null, null, null,
				List.of(new OnlineSubmission.Document("Tờ khai đăng ký khai sinh", null, null)));
	}

	@Test
	void theFormsAreThoseInForceOnTheDayOfAcceptanceNotOfSubmission() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		// submitted on the last evening of NĐ 61/2018, received on the first day of NĐ 118/2025
		clock.set(at(2025, 6, 30, 21, 0));
		online.submit(portal, submission("P-" + office.commune().code(), office, at(2025, 6, 30, 20, 50)));
		Long id = online.waiting(office.clerk(), 10).get(0).id();
		clock.set(at(2025, 7, 1, 8, 0));
		DossierView received = online.accept(office.clerk(), id, online.get(office.clerk(), id).dossier().version(),
				new OnlineDossiers.Acceptance(List.of(1), null, null, null, null, null));
		assertThat(received.formSet()).isEqualTo("TT03_2025");
		assertThat(received.code()).contains("-250701-");
		assertThat(received.receivedAt()).isEqualTo(at(2025, 7, 1, 8, 0).toInstant());
	}

	@Test
	void aStalePageOrAnotherRoleChangesNothing() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		online.submit(portal, submission("P-" + office.commune().code(), office, ZonedDateTime.now(MotCuaTime.ZONE)));
		OnlineDossierView waiting = online.get(office.clerk(), online.waiting(office.clerk(), 10).get(0).id());
		Long id = waiting.dossier().id();
		long version = waiting.dossier().version();
		assertThatThrownBy(() -> online.refuse(office.clerk(), id, version + 1, "Lý do"))
			.isInstanceOf(DossierException.class).hasMessage("dossier.error.stale");
		assertThatThrownBy(() -> online.refuse(office.leader(), id, version, "Lý do"))
			.isInstanceOf(DossierException.class).hasMessage("dossier.error.role");
		assertThatThrownBy(() -> online.refuse(office.clerk(), id, version, " "))
			.isInstanceOf(DossierException.class).hasMessage("dossier.error.reasonRequired");
		// a portal account cannot decide, and a clerk cannot submit
		assertThatThrownBy(() -> online.submit(office.clerk(), submission("Q-" + office.commune().code(), office,
				ZonedDateTime.now(MotCuaTime.ZONE)))).isInstanceOf(AccessDeniedException.class);
		assertThat(online.get(office.clerk(), id).dossier().status()).isEqualTo(DossierStatus.SUBMITTED_ONLINE);
		assertThat(online.countWaiting(office.clerk())).isEqualTo(1);
		// a dossier received at the counter is no online submission
		DossierView counter = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		assertThatThrownBy(() -> online.get(office.clerk(), counter.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theDatabaseAcceptsEveryStatusOfTheEnum() {
		// a status missing from the check constraint (two branches adding states) fails here, not in production
		String constraint = jdbc.queryForObject("select pg_get_constraintdef(oid) from pg_constraint "
				+ "where conname = 'dossier_status_check' and conrelid = 'dossier'::regclass", String.class);
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(constraint).as(status.name()).contains("'" + status.name() + "'");
		}
	}

	/**
	 * Positions follow commit order, not insert order: a transition written first but committed last comes after the
	 * one committed before it, so a reader who already moved past the latter still sees it.
	 */
	@Test
	void feedPositionsAreGivenAtCommitSoAReaderNeverSkipsALateCommit() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView dossier = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		try (Connection early = dataSource.getConnection(); Connection late = dataSource.getConnection()) {
			early.setAutoCommit(false);
			late.setAutoCommit(false);
			long earlyId = insertTransition(early, dossier.id(), "feedTestEarly");
			long lateId = insertTransition(late, dossier.id(), "feedTestLate");
			assertThat(earlyId).isLessThan(lateId);
			late.commit();
			Long latePosition = position(lateId);
			assertThat(latePosition).isNotNull();
			assertThat(position(earlyId)).as("not committed yet: not in the feed").isNull();
			early.commit();
			assertThat(position(earlyId)).isGreaterThan(latePosition);
		}
	}

	/**
	 * Writers commit side by side (V60__reception_concurrency.sql), so a position may be taken before a lower one is
	 * committed. The reader waits for such a commit in flight instead of returning the higher position alone (after
	 * which its cursor would skip the lower one for ever).
	 */
	@Test
	void theFeedWaitsForACommitInFlightRatherThanSkipItsPosition() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		DossierView dossier = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		long cursor = changes.since(portal, 0, DossierChanges.MAX_LIMIT).next();
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try (Connection inFlight = dataSource.getConnection(); Connection later = dataSource.getConnection()) {
			inFlight.setAutoCommit(false);
			long inFlightId = insertTransition(inFlight, dossier.id(), "feedTestInFlight");
			// what the commit does first: the feed's trigger takes the position (and the shared lock) now
			try (var immediate = inFlight.createStatement()) {
				immediate.execute("set constraints dossier_transition_to_feed immediate");
			}
			later.setAutoCommit(false);
			long laterId = insertTransition(later, dossier.id(), "feedTestLater");
			later.commit();
			assertThat(position(laterId)).isNotNull();
			assertThat(position(inFlightId)).as("not committed yet: not visible").isNull();
			Future<DossierChanges.Page> page = reader.submit(() -> changes.since(portal, cursor, 10));
			// the reader queues on the feed's lock behind the commit in flight (instead of reading past it)
			long waitingUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (!page.isDone() && System.nanoTime() < waitingUntil && jdbc.queryForObject(
					"select count(*) from pg_locks where locktype = 'advisory' and not granted", Long.class) == 0) {
				Thread.sleep(20);
			}
			assertThat(page).as("the reader waits for the commit in flight").isNotDone();
			inFlight.commit();
			assertThat(page.get(10, TimeUnit.SECONDS).changes()).extracting(DossierChanges.Change::action)
				.containsExactly("feedTestInFlight", "feedTestLater");
			assertThat(position(inFlightId)).isLessThan(position(laterId));
		}
		finally {
			reader.shutdownNow();
		}
	}

	private static long insertTransition(Connection connection, long dossierId, String action) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into dossier_transition (dossier_id, occurred_at, action, from_status, to_status, actor)
				values (?, now(), ?, 'RECEIVED', 'RECEIVED', 'test') returning id""")) {
			insert.setLong(1, dossierId);
			insert.setString(2, action);
			try (var rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private Long position(long transitionId) {
		return jdbc.query("select position from dossier_change where transition_id = ?",
				rs -> rs.next() ? rs.getLong(1) : null, transitionId);
	}

}
