package vn.motcua;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.database.EmbeddedDatabaseServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: two MotCua instances (separate JVMs, so nothing in memory is shared) start at the same moment on one
 * empty PostgreSQL, as after a deployment behind a load balancer without sticky sessions. One clerk's requests
 * alternate between them: the login holds (Spring Session JDBC), the CSRF token of a page served by one is accepted by
 * the other, dossier codes stay unique and gap-free; the start-up jobs (Flyway, calendar filling, demo data) run once;
 * the login lock-out and the citizen lookup's brute-force limit count across both.
 */
class ScaleOutTests {

	@TempDir
	Path temp;

	@Test
	void twoInstancesOnOneDatabaseBehaveAsOne() throws Exception {
		try (EmbeddedDatabaseServer database = EmbeddedDatabaseServer.start(temp.resolve("pg"), 0, "motcua")) {
			List<String> arguments = List.of("--spring.profiles.active=demo",
					"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
					"--spring.datasource.password=");
			List<AppProcess> both = AppProcess.startAll(List.of("scale-a", "scale-b"), List.of(arguments, arguments));
			try (AppProcess a = both.get(0); AppProcess b = both.get(1);
					Connection db = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
				List<String> instances = List.of(a.baseUrl(), b.baseUrl());
				AtomicInteger alternated = new AtomicInteger();
				Set<String> codes = ConcurrentHashMap.newKeySet();

				// one clerk, every request to the other instance: signed in on A, the page on B, the post on A…
				WebSession clerk = new WebSession();
				assertThat(clerk.login(a.baseUrl(), "binhminh.motcua", "demo")).isTrue();
				HttpResponse<String> home = clerk.get(b.baseUrl(), "/");
				assertThat(home.statusCode()).as("signed in on A, at home on B").isEqualTo(200);
				assertThat(home.body()).contains("Cán bộ một cửa Xã Bình Minh");
				clerk.get(b.baseUrl(), "/dossiers/new");
				alternated.addAndGet(3);
				for (int i = 0; i < 10; i++) {
					String here = instances.get(i % 2);
					String there = instances.get((i + 1) % 2);
					String code = clerk.receive(here, "Trần Thị Luân Phiên " + i).orElseThrow();
					assertThat(codes.add(code)).isTrue();
					assertThat(clerk.act(there, code, "assign", 0, Map.of("specialist", "binhminh.chuyenvien"))).isTrue();
					alternated.addAndGet(2);
				}

				// four more sessions of the same office receiving at once, each alternating between the instances
				ExecutorService desks = Executors.newFixedThreadPool(4);
				List<Future<?>> work = new ArrayList<>();
				for (int desk = 0; desk < 4; desk++) {
					int first = desk;
					work.add(desks.submit(() -> {
						WebSession session = new WebSession();
						assertThat(session.login(instances.get(first % 2), "binhminh.motcua", "demo")).isTrue();
						session.get(instances.get((first + 1) % 2), "/dossiers/new");
						for (int i = 0; i < 10; i++) {
							assertThat(codes.add(session.receive(instances.get((first + i) % 2), "Bàn " + first + " lượt " + i)
								.orElseThrow())).isTrue();
						}
						return null;
					}));
				}
				for (Future<?> desk : work) {
					desk.get(120, TimeUnit.SECONDS);
				}
				desks.shutdown();
				assertThat(codes).hasSize(50);
				// one agency, one day: numbers 0001…0050, none twice, none skipped
				assertThat(codes.stream().map(c -> Integer.parseInt(c.substring(c.length() - 4))).sorted().toList())
					.containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());

				// the start-up jobs ran once although both instances started together on the empty database
				long years = single(db, "select count(*) from audit_record where action = 'calendar.year.filled'");
				assertThat(single(db, "select count(distinct target_id) from audit_record where action = 'calendar.year.filled'"))
					.isEqualTo(years).isPositive();
				// (years with an announced schedule come with the migrations; the others are filled at start-up)
				assertThat(List.of(a.log(), b.log()))
					.filteredOn(log -> log.contains(years + " year(s) filled by the default rules"))
					.hasSize(1);
				assertThat(single(db, "select count(*) from audit_record where action = 'unit.created'")).isEqualTo(6);
				assertThat(single(db, "select count(*) from app_user")).isEqualTo(36); // 6 units × (5 roles + the portal account)
				assertThat(List.of(a.log(), b.log())).filteredOn(log -> log.contains("Demo data: 36 users created"))
					.hasSize(1);
				assertThat(List.of(a.log(), b.log())).filteredOn(log -> log.contains("Demo data: 0 users created"))
					.hasSize(1);

				// the login lock-out counts failures on both: five wrong passwords alternating, then the right one fails
				WebSession intruder = new WebSession();
				for (int i = 0; i < 5; i++) {
					assertThat(intruder.login(instances.get(i % 2), "binhphuoc.motcua", "sai-mat-khau-" + i)).isFalse();
				}
				assertThat(new WebSession().login(b.baseUrl(), "binhphuoc.motcua", "demo")).as("locked on B too").isFalse();
				assertThat(new WebSession().login(a.baseUrl(), "binhphuoc.motcua", "demo")).as("locked on A").isFalse();

				// the citizen lookup's limit too: five wrong checks alternating, the sixth is refused by either
				WebSession citizen = new WebSession();
				citizen.get(a.baseUrl(), "/tra-cuu");
				String code = codes.iterator().next();
				for (int i = 0; i < 5; i++) {
					assertThat(citizen.post(instances.get(i % 2), "/tra-cuu", Map.of("ma", code, "kiemTra", "0000"))
						.statusCode()).isEqualTo(404);
				}
				HttpResponse<String> refused = citizen.post(b.baseUrl(), "/tra-cuu", Map.of("ma", code, "kiemTra", "0000"));
				assertThat(refused.statusCode()).isEqualTo(429);
				assertThat(refused.body()).contains("nhập sai quá nhiều lần");

				System.out.printf("scale-out: 2 instances on one database; one session's %d requests alternated "
						+ "between them; %d codes unique and gap-free; calendar filled once (%d years), demo data "
						+ "created once (36 users); login lock-out and lookup limit shared%n", alternated.get(),
						codes.size(), years);
			}
		}
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
