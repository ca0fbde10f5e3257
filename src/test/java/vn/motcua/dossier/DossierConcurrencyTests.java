package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.WebSession;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency over real HTTP (the application on its random port, one browser per user): two users acting on one
 * dossier at the same instant, fifty receptions at once, and the historical import running while clerks receive.
 * Whatever the interleaving, nobody gets an error page: a step either happens once or is refused with a Vietnamese
 * message, and dossier codes stay unique and consecutive.
 */
@IntegrationTest
class DossierConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcTemplate jdbc;

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private WebSession signedIn(CurrentUser user) throws Exception {
		WebSession session = new WebSession();
		assertThat(session.login(base(), user.username(), OrganisationFixtures.PASSWORD)).isTrue();
		session.get(base(), "/");
		return session;
	}

	/**
	 * Two leaders decide on the same dossier at once, one approving, the other sending it back (both pages show
	 * the same version). Each round exactly one decision is taken; the other leader sees the dossier page again with
	 * "Hồ sơ đã được cập nhật bởi người khác…", never an error page (optimistic locking, {@code Dossier.version}).
	 */
	@Test
	void twoLeadersDecidingOnOneDossierAtOnceExactlyOneWins() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser otherLeader = fixtures.user(office.commune(), Role.LEADER);
		WebSession approving = signedIn(office.leader());
		WebSession sendingBack = signedIn(otherLeader);
		int rounds = 8;
		int winners = 0;
		int toldStale = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < rounds; round++) {
				DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
				d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
				DossierView pending = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
				CountDownLatch start = new CountDownLatch(1);
				List<Callable<HttpResponse<String>>> decisions = List.of(() -> {
					start.await();
					return approving.post(base(), "/dossiers/" + pending.code() + "/approve",
							Map.of("version", Long.toString(pending.version())));
				}, () -> {
					start.await();
					return sendingBack.post(base(), "/dossiers/" + pending.code() + "/send-back",
							Map.of("version", Long.toString(pending.version()), "note", "Bổ sung căn cứ"));
				});
				List<Future<HttpResponse<String>>> answers = decisions.stream().map(pool::submit).toList();
				start.countDown();
				List<HttpResponse<String>> done = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : answers) {
					done.add(answer.get(60, TimeUnit.SECONDS));
				}
				assertThat(done).extracting(HttpResponse::statusCode).as("round %d", round)
					.containsExactlyInAnyOrder(302, 200);
				HttpResponse<String> loser = done.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
				assertThat(loser.body()).contains("Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại trang.");
				winners += (int) done.stream().filter(r -> r.statusCode() == 302).count();
				toldStale++;
				DossierView after = dossiers.get(office.leader(), pending.code());
				assertThat(after.history()).extracting(TransitionView::action)
					.filteredOn(a -> a.equals("approve") || a.equals("sendBack"))
					.hasSize(1);
				assertThat(after.version()).isEqualTo(pending.version() + 1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("concurrency: %d rounds of two leaders deciding on one dossier at once: %d won, %d were "
				+ "told 'Hồ sơ đã được cập nhật bởi người khác', 0 error pages%n", rounds, winners, toldStale);
	}

	/**
	 * Fifty receptions at the same instant at one desk (ten sessions of the office's clerk). The day's sequence of
	 * the agency (DOMAIN.md §7: "Allocate the daily sequence per agency atomically") is taken in the reception's
	 * transaction, so the fifty codes are 0001…0050: none twice, and none skipped, as the tracking book's numbering
	 * expects (a failed reception rolls its number back).
	 */
	@Test
	void fiftyReceptionsAtOnceGetFiftyConsecutiveCodes() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		List<WebSession> desks = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			desks.add(signedIn(office.clerk()));
		}
		int receptions = 50;
		ExecutorService pool = Executors.newFixedThreadPool(receptions);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> codes = new ArrayList<>();
		for (int i = 0; i < receptions; i++) {
			WebSession desk = desks.get(i % desks.size());
			int n = i;
			codes.add(pool.submit(() -> {
				start.await();
				return desk.receive(base(), office.procedure().code(), "Công dân số " + n).orElseThrow();
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		Set<String> distinct = ConcurrentHashMap.newKeySet();
		for (Future<String> code : codes) {
			distinct.add(code.get(120, TimeUnit.SECONDS));
		}
		long millis = (System.nanoTime() - began) / 1_000_000;
		pool.shutdown();
		assertThat(distinct).hasSize(receptions);
		assertThat(distinct.stream().map(c -> Integer.parseInt(c.substring(c.length() - 4))).sorted().toList())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, receptions).boxed().toList());
		assertThat(jdbc.queryForObject("""
				select count(*) from dossier d where d.receiving_unit_id = ?
				and exists (select 1 from audit_record a where a.target_id = d.code and a.action = 'dossier.received')
				and exists (select 1 from statistics_dossier s where s.code = d.code)""", Long.class,
				office.commune().id())).isEqualTo(receptions);
		System.out.printf("concurrency: %d receptions at once over HTTP in %d ms: %d distinct codes, numbers 1…%d "
				+ "without a gap%n", receptions, millis, distinct.size(), receptions);
	}

	/**
	 * The historical import (one transaction of thousands of rows) runs while three clerks of the same unit
	 * receive: nobody waits for it or fails, every imported row and every reception is there once. And an import that
	 * brings today's codes of the old system (the morning before the switch-over) moves the day's sequence past
	 * them, so the next reception does not collide with a code already given to a citizen.
	 */
	@Test
	void historicalImportWhileClerksReceive() throws Exception {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser admin = fixtures.user(office.commune(), Role.ADMIN);
		String unit = office.commune().code();
		String procedure = office.procedure().code();
		int history = 3000;
		StringBuilder csv = new StringBuilder("code,unit_code,procedure_code,channel,received_at,resolved_at,outcome\n");
		for (int i = 0; i < history; i++) {
			LocalDateTime received = LocalDateTime.of(2024, 1, 2, 8, 0).plusDays(i % 300).plusMinutes(i % 400);
			csv.append("CU-%s-%05d,%s,%s,DIRECT,%s,%s,APPROVED\n".formatted(unit, i, unit, procedure,
					received, received.plusDays(2)));
		}
		List<WebSession> clerks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			clerks.add(signedIn(office.clerk()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		Future<HttpResponse<String>> imported = pool.submit(() -> {
			start.await();
			return importCsv(admin, csv.toString());
		});
		List<Future<List<String>>> received = new ArrayList<>();
		for (WebSession clerk : clerks) {
			received.add(pool.submit(() -> {
				start.await();
				List<String> codes = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					codes.add(clerk.receive(base(), procedure, "Người nộp " + i).orElseThrow());
				}
				return codes;
			}));
		}
		start.countDown();
		HttpResponse<String> answer = imported.get(180, TimeUnit.SECONDS);
		Set<String> codes = ConcurrentHashMap.newKeySet();
		for (Future<List<String>> clerk : received) {
			codes.addAll(clerk.get(180, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"created\":" + history);
		assertThat(codes).hasSize(24);
		assertThat(jdbc.queryForObject("select count(*) from dossier where receiving_unit_id = ?", Long.class,
				office.commune().id())).isEqualTo(history + 24L);
		assertThat(jdbc.queryForObject("select count(*) from statistics_dossier where unit_id = ?", Long.class,
				office.commune().id())).isEqualTo(history + 24L);

		// the old system's codes of this morning, numbered after what MotCua has given out so far today
		LocalDate today = LocalDate.now(MotCuaTime.ZONE);
		String day = today.format(DateTimeFormatter.ofPattern("yyMMdd"));
		String agency = codes.iterator().next().substring(0, codes.iterator().next().length() - 12);
		LocalDateTime morning = LocalDateTime.now(MotCuaTime.ZONE).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
		StringBuilder oldSystem = new StringBuilder("code,unit_code,procedure_code,channel,received_at\n");
		for (int n = 25; n <= 29; n++) {
			oldSystem.append("%s-%s-%04d,%s,%s,DIRECT,%s\n".formatted(agency, day, n, unit, procedure, morning));
		}
		HttpResponse<String> morningImport = importCsv(admin, oldSystem.toString());
		assertThat(morningImport.statusCode()).as(morningImport.body()).isEqualTo(200);
		String next = clerks.get(0).receive(base(), procedure, "Sau khi nhập").orElseThrow();
		assertThat(next).isEqualTo("%s-%s-0030".formatted(agency, day));
		System.out.printf("concurrency: import of %d dossiers while 3 clerks received 24: all created, 24 codes "
				+ "distinct; after importing this morning's codes 0025–0029 the next reception got %s%n", history,
				next.substring(next.length() - 4));
	}

	private HttpResponse<String> importCsv(CurrentUser admin, String csv) throws Exception {
		String credentials = admin.username() + ":" + OrganisationFixtures.PASSWORD;
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/dossiers/import"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "text/csv; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
