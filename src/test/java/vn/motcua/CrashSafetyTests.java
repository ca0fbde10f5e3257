package vn.motcua;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: a power cut in the middle of the office's work. Four clerks receive, assign and withdraw dossiers
 * over real HTTP against MotCua running in its own JVM on its embedded PostgreSQL; then the application and every
 * PostgreSQL process are killed with SIGKILL at the same moment (no shutdown hook, no checkpoint, no flush), and both
 * are started again on the same data directory. Every request that got its success answer (the redirect to the
 * dossier page) must be in the database exactly once; whatever was in flight is there whole or not at all (a dossier
 * with its history, audit records and statistics row); and no dossier code handed to a citizen is given out again.
 */
class CrashSafetyTests {

	/** The demo office's commune clerks (see README, demo users), one browser each. */
	private static final List<String> UNITS = List.of("binhminh", "binhphuoc", "binhan", "tanlap");

	private static final Duration LOAD = Duration.ofSeconds(8);

	@TempDir
	Path temp;

	/** A request that got its success answer: reception (action {@code receive}) or a step on the dossier. */
	record Ack(String code, String action) {
	}

	@Test
	void everyAcknowledgedRequestSurvivesAHardKillOfTheApplicationAndItsDatabase() throws Exception {
		Path data = temp.resolve("pg");
		List<String> arguments = List.of("--spring.profiles.active=demo",
				"--motcua.database.embedded.data-directory=" + data);

		List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger sent = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService clerks = Executors.newFixedThreadPool(UNITS.size());
		try (AppProcess before = AppProcess.start("crash-before", arguments)) {
			List<Future<?>> work = new ArrayList<>();
			for (String unit : UNITS) {
				work.add(clerks.submit(() -> {
					work(before.baseUrl(), unit, acks, sent, killed);
					return null;
				}));
			}
			Thread.sleep(LOAD.toMillis());

			// the power cut: the JVM and every PostgreSQL process in one kill(1), then wait until all are gone
			long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
			List<ProcessHandle> victims = new ArrayList<>();
			ProcessHandle.of(before.pid()).ifPresent(victims::add);
			ProcessHandle.of(postmaster).ifPresent(p -> {
				victims.add(p);
				p.descendants().forEach(victims::add);
			});
			List<String> kill = new ArrayList<>(List.of("kill", "-KILL"));
			victims.forEach(p -> kill.add(Long.toString(p.pid())));
			killed.set(true);
			assertThat(new ProcessBuilder(kill).inheritIO().start().waitFor()).isZero();
			for (ProcessHandle victim : victims) {
				victim.onExit().get(30, TimeUnit.SECONDS);
			}
			for (Future<?> clerk : work) {
				clerk.get(120, TimeUnit.SECONDS);
			}
			assertThat(victims.size()).as("the JVM, the postmaster and its children").isGreaterThan(3);
		}
		finally {
			clerks.shutdownNow();
		}
		List<Ack> acknowledged = List.copyOf(acks);
		assertThat(acknowledged.stream().filter(a -> a.action().equals("receive")))
			.as("enough work happened before the crash to mean something").hasSizeGreaterThan(20);

		try (AppProcess after = AppProcess.start("crash-after", arguments);
				Connection db = connect(data)) {
			int found = 0;
			int duplicates = 0;
			for (Ack ack : acknowledged) {
				long copies = ack.action().equals("receive")
						? count(db, "select count(*) from dossier where code = ?", ack.code())
						: count(db, """
								select count(*) from dossier_transition t join dossier d on d.id = t.dossier_id
								where d.code = ? and t.action = ?""", ack.code(), ack.action());
				if (copies >= 1) {
					found++;
				}
				if (copies > 1) {
					duplicates++;
				}
			}
			// no step recorded twice anywhere (each dossier here is received, assigned and withdrawn at most once)
			duplicates += (int) count(db, """
					select count(*) from (select dossier_id, action from dossier_transition group by dossier_id, action
					having count(*) > 1) twice""");
			Set<String> acknowledgedCodes = new HashSet<>();
			acknowledged.stream().filter(a -> a.action().equals("receive")).forEach(a -> acknowledgedCodes.add(a.code()));
			long dossiers = count(db, "select count(*) from dossier");
			System.out.printf("crash safety: acknowledged %d, found %d, duplicates %d (%d receptions and %d steps "
					+ "acknowledged of %d requests sent; %d dossiers in the database after the crash)%n",
					acknowledged.size(), found, duplicates, acknowledgedCodes.size(),
					acknowledged.size() - acknowledgedCodes.size(), sent.get(), dossiers);
			assertThat(found).as("acknowledged requests found after the crash").isEqualTo(acknowledged.size());
			assertThat(duplicates).as("requests found twice").isZero();

			// nothing half-done: each dossier has one audit record per step, a statistics row, the status of its last step
			assertThat(count(db, """
					select count(*) from dossier d where (select count(*) from dossier_transition t where t.dossier_id = d.id)
					    <> (select count(*) from audit_record a where a.target_type = 'Dossier' and a.target_id = d.code)"""))
				.as("dossiers whose steps and audit records differ").isZero();
			assertThat(count(db, """
					select count(*) from audit_record a where a.target_type = 'Dossier'
					and not exists (select 1 from dossier d where d.code = a.target_id)"""))
				.as("audit records of a dossier that is not there").isZero();
			assertThat(count(db, """
					select count(*) from dossier d full join statistics_dossier s on s.code = d.code
					where d.code is null or s.code is null or (d.status = 'WITHDRAWN') <> (s.withdrawn_at is not null)"""))
				.as("dossiers and statistics rows that disagree").isZero();
			assertThat(count(db, """
					select count(*) from dossier d where d.status <> (select t.to_status from dossier_transition t
					where t.dossier_id = d.id order by t.occurred_at desc, t.id desc limit 1)"""))
				.as("dossiers whose status is not that of their last step").isZero();

			// no code reused: what the clerks receive now continues each day's sequence after every code given out
			Set<String> before = new HashSet<>(strings(db, "select code from dossier"));
			Set<String> fresh = new HashSet<>();
			for (String unit : UNITS) {
				WebSession clerk = new WebSession();
				assertThat(clerk.login(after.baseUrl(), unit + ".motcua", "demo")).isTrue();
				clerk.get(after.baseUrl(), "/dossiers/new");
				for (int i = 0; i < 3; i++) {
					fresh.add(clerk.receive(after.baseUrl(), "Sau sự cố " + i).orElseThrow());
				}
			}
			assertThat(fresh).hasSize(UNITS.size() * 3).doesNotContainAnyElementsOf(before)
				.doesNotContainAnyElementsOf(acknowledgedCodes);
			// and each agency's day has numbers 1…n without a hole: nothing was taken by a transaction that was lost
			assertThat(count(db, """
					select count(*) from (select split_part(code, '-', 1) as agency, split_part(code, '-', 2) as day,
					max(split_part(code, '-', 3)::int) as last, count(*) as n from dossier group by 1, 2) d
					where last <> n""")).as("days whose sequence has a hole").isZero();
			System.out.printf("crash safety: %d dossiers received after the restart, codes reused 0%n", fresh.size());
		}
	}

	/** One clerk: receive, assign to the unit's specialist, and withdraw every third, until the power cut. */
	private static void work(String base, String unit, List<Ack> acks, AtomicInteger sent, AtomicBoolean killed)
			throws Exception {
		WebSession clerk = new WebSession();
		if (!clerk.login(base, unit + ".motcua", "demo")) {
			throw new AssertionError("login of " + unit + ".motcua failed");
		}
		clerk.get(base, "/dossiers/new");
		for (int i = 0; !killed.get(); i++) {
			try {
				sent.incrementAndGet();
				Optional<String> code = clerk.receive(base, "Nguyễn Văn Thử " + unit + " " + i);
				if (code.isEmpty()) {
					continue;
				}
				acks.add(new Ack(code.get(), "receive"));
				sent.incrementAndGet();
				if (!clerk.act(base, code.get(), "assign", 0, Map.of("specialist", unit + ".chuyenvien"))) {
					continue;
				}
				acks.add(new Ack(code.get(), "assign"));
				if (i % 3 == 0) {
					sent.incrementAndGet();
					if (clerk.act(base, code.get(), "withdraw", 1, Map.of("reason", "Công dân xin rút hồ sơ"))) {
						acks.add(new Ack(code.get(), "withdraw"));
					}
				}
			}
			catch (java.io.IOException ex) {
				if (!killed.get()) {
					throw ex;
				}
			}
		}
	}

	/** The restarted server's port from its {@code postmaster.pid} (line 4). */
	private static Connection connect(Path data) throws Exception {
		List<String> lock = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + lock.get(3).trim() + "/motcua", "postgres",
				"");
	}

	private static long count(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
