package vn.motcua.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.database.EmbeddedDatabaseServer.OrphanAction;
import vn.motcua.database.EmbeddedDatabaseServer.PostmasterLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class EmbeddedDatabaseServerTests {

	@TempDir
	Path temp;

	// --- the decision on a left-over postmaster.pid, without processes ---

	@Test
	void nothingToRecoverWithoutALockFile() {
		assertThat(EmbeddedDatabaseServer.decide(Optional.empty(), Optional.empty())).isEqualTo(OrphanAction.NONE);
	}

	@Test
	void lockOfADeadProcessIsStale() {
		assertThat(EmbeddedDatabaseServer.decide(Optional.of(new PostmasterLock(999_999, "/x")), Optional.empty()))
			.isEqualTo(OrphanAction.REMOVE_STALE_LOCK);
	}

	@Test
	void lockWhosePidWasReusedByAnotherProgramIsStale() {
		// this JVM is alive and is not postgres: exactly the container-restart case where the PID got reused
		assertThat(EmbeddedDatabaseServer.decide(Optional.of(new PostmasterLock(ProcessHandle.current().pid(), "/x")),
				Optional.of(ProcessHandle.current())))
			.isEqualTo(OrphanAction.REMOVE_STALE_LOCK);
	}

	@Test
	void recognisesPostgresExecutables() {
		assertThat(EmbeddedDatabaseServer.isPostgres("/tmp/embedded-pg/PG-abc/bin/postgres")).isTrue();
		assertThat(EmbeddedDatabaseServer.isPostgres("/usr/lib/jvm/bin/java")).isFalse();
	}

	@Test
	void explainsWhatToDoWhenRootCannotUseUserNamespaces() {
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabaseServer.refuseRootWithoutUserNamespace(0, false))
			.withMessageContaining("normal user")
			.withMessageContaining("SPRING_DATASOURCE_URL");
		assertThatNoException().isThrownBy(() -> EmbeddedDatabaseServer.refuseRootWithoutUserNamespace(0, true));
		assertThatNoException().isThrownBy(() -> EmbeddedDatabaseServer.refuseRootWithoutUserNamespace(1000, false));
	}

	@Test
	void explainsADataDirectoryOfAnotherMajorVersion() throws Exception {
		Path data = java.nio.file.Files.createDirectories(temp.resolve("pg17"));
		Files.writeString(data.resolve("PG_VERSION"), "17\n");
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabaseServer.start(data, 0, "motcua"))
			.withMessageContaining("PostgreSQL 17 database")
			.withMessageContaining("move that directory away")
			.withMessageContaining("pg_dump");
	}

	// --- real servers ---

	@Test
	void keepsDataAcrossRestarts() throws Exception {
		Path data = temp.resolve("pg");
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, "motcua")) {
			execute(server, "create table unit (code varchar(10))", "insert into unit values ('X01')");
		}
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, "motcua")) {
			assertThat(query(server, "select code from unit")).containsExactly("X01");
			assertThat(query(server, "select current_setting('server_version_num')").get(0))
				.startsWith(Integer.toString(EmbeddedDatabaseServer.MAJOR_VERSION));
		}
	}

	/** A confirmed commit is on disk (the zonky library's default is synchronous_commit=off). */
	@Test
	void commitsAreDurable() throws Exception {
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(temp.resolve("pg"), 0, "motcua")) {
			assertThat(query(server, "show synchronous_commit")).containsExactly("on");
			assertThat(query(server, "show fsync")).containsExactly("on");
		}
	}

	/**
	 * The JVM that owns the server dies by SIGKILL (a crash, {@code kill -9}): its postmaster lives on as an orphan
	 * holding postmaster.pid. The next start shuts the orphan down cleanly and starts, with every committed row.
	 */
	@Test
	void recoversFromAnOrphanLeftByAKilledJvm() throws Exception {
		Path data = temp.resolve("pg");
		Process owner = startOwner(data, "before the crash", List.of());
		owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		long orphanPid = PostmasterLock.read(data).orElseThrow().pid();
		assertThat(ProcessHandle.of(orphanPid)).as("the postmaster outlives its JVM").hasValueSatisfying(
				process -> assertThat(process.isAlive()).isTrue());

		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, "motcua")) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			assertThat(query(server, "select text from note")).containsExactly("before the crash");
			execute(server, "insert into note values ('after')");
		}
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, "motcua")) {
			assertThat(query(server, "select text from note order by text")).containsExactly("after",
					"before the crash");
		}
	}

	@Test
	void startsDespiteAStaleLockFileFromAProcessThatIsGone() throws Exception {
		Path data = temp.resolve("pg");
		EmbeddedDatabaseServer.start(data, 0, "motcua").close();
		// a postmaster.pid whose PID is this JVM's: alive, but not postgres (PID reuse after a reboot)
		Files.writeString(data.resolve("postmaster.pid"),
				ProcessHandle.current().pid() + "\n" + data + "\n1700000000\n5432\n/tmp\n127.0.0.1\n  1234  5678\nready\n");
		try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(data, 0, "motcua")) {
			assertThat(query(server, "select 1")).containsExactly("1");
		}
	}

	/**
	 * As a normal user (here: {@code nobody}, dropped to with setpriv when the tests run as root), no user namespace
	 * is involved and PostgreSQL runs under that user. The root path is what the rest of this class exercises on our
	 * build machines, which run as root.
	 */
	@Test
	void runsAsANormalUser() throws Exception {
		if (EmbeddedDatabaseServer.currentUid() != 0 || !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
			// not root: every other test here already runs the server as a normal user
			assertThat(EmbeddedDatabaseServer.currentUid()).isNotZero();
			return;
		}
		Path shared = Files.createTempDirectory("motcua-nobody");
		try {
			Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
			Path classpath = Files.createDirectories(shared.resolve("classpath"));
			List<String> entries = new ArrayList<>();
			for (String entry : testClasspath().split(java.io.File.pathSeparator)) {
				Path source = Path.of(entry);
				if (Files.isDirectory(source)) {
					Path copy = classpath.resolve("dir" + entries.size());
					org.springframework.util.FileSystemUtils.copyRecursively(source, copy);
					entries.add(copy.toString());
				}
				else if (Files.isRegularFile(source)) {
					Path copy = classpath.resolve(entries.size() + "-" + source.getFileName());
					Files.copy(source, copy);
					entries.add(copy.toString());
				}
			}
			makeReadableByAll(shared);
			Path data = shared.resolve("pg");
			Path work = shared.resolve("work");
			Files.createDirectories(data);
			Files.createDirectories(work);
			chownNobody(data);
			chownNobody(work);
			Process owner = startOwner(data, "as nobody",
					List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
					String.join(java.io.File.pathSeparator, entries), "-Dot.epg.working-dir=" + work);
			try {
				long postmaster = PostmasterLock.read(data).orElseThrow().pid();
				assertThat(Files.getAttribute(Path.of("/proc/" + postmaster), "unix:uid")).isEqualTo(65534);
			}
			finally {
				owner.destroy(); // SIGTERM: the owner's shutdown hook stops PostgreSQL cleanly
				owner.waitFor(60, TimeUnit.SECONDS);
			}
			assertThat(data.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			new ProcessBuilder("rm", "-rf", shared.toString()).start().waitFor();
		}
	}

	// --- helpers ---

	private Process startOwner(Path data, String note, List<String> prefix) throws Exception {
		return startOwner(data, note, prefix, testClasspath());
	}

	private Process startOwner(Path data, String note, List<String> prefix, String classpath, String... jvmOptions)
			throws Exception {
		List<String> command = new ArrayList<>(prefix);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-Xshare:auto", "-cp", classpath, EmbeddedServerProcess.class.getName(), data.toString(),
				note));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder log = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null) {
			log.append(line).append('\n');
			if (line.startsWith("READY ")) {
				// keep draining the pipe so the child never blocks on a full buffer
				Thread drain = new Thread(() -> {
					try {
						out.transferTo(java.io.Writer.nullWriter());
					}
					catch (IOException ex) {
						// the child was killed
					}
				});
				drain.setDaemon(true);
				drain.start();
				return process;
			}
		}
		throw new AssertionError("the owner JVM ended before the server was ready:\n" + log);
	}

	private static String testClasspath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

	private static void makeReadableByAll(Path root) throws Exception {
		new ProcessBuilder("chmod", "-R", "a+rX", root.toString()).start().waitFor();
	}

	private static void chownNobody(Path path) throws Exception {
		new ProcessBuilder("chown", "65534:65534", path.toString()).start().waitFor();
	}

	private static void execute(EmbeddedDatabaseServer server, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> query(EmbeddedDatabaseServer server, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
