package vn.motcua;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.database.EmbeddedDatabaseServer;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore with PostgreSQL's own tools, exactly as the README says: {@code pg_dump --format=custom} of the
 * test suite's database (populated by every test that ran before, plus dossiers with attachments made here), then
 * {@code pg_restore} into a brand-new server. Every dossier, step, attachment (its SHA-256 recomputed from the restored
 * bytes) and audit record must be there, identical. pg_dump must be of the server's major version: Debian 12's
 * {@code postgresql-client-15}, the major of the embedded server ({@link EmbeddedDatabaseServer#MAJOR_VERSION}).
 */
@IntegrationTest
class BackupRestoreTests {

	/** What must come back identical: the table and the expression that describes one row of it. */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("dossier", "t::text");
		TABLES.put("dossier_transition", "t::text");
		TABLES.put("audit_record", "t::text");
		TABLES.put("statistics_dossier", "t::text");
		// the bytes themselves through their checksum, recomputed by the server from what it holds
		TABLES.put("dossier_attachment", "t.id || ';' || t.dossier_id || ';' || t.file_name || ';' || t.size_bytes"
				+ " || ';' || t.sha256 || ';' || encode(sha256(t.content), 'hex')");
	}

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@TempDir
	Path temp;

	@Test
	void aDumpRestoresEveryDossierAttachmentAndAuditRecord() throws Exception {
		// a few dossiers of our own, with scanned documents
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		Map<String, String> checksums = new LinkedHashMap<>();
		Random random = new Random(9);
		for (int i = 0; i < 3; i++) {
			DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
			dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
			for (byte[] file : List.of(file("%PDF-1.7\n", 150_000 + i, random),
					file("\u0089PNG\r\n\u001a\n", 80_000 + i, random))) {
				dossiers.attach(office.clerk(), d.code(), "ban-scan-" + i, file);
				checksums.put(d.code() + "/" + checksums.size(), sha256(file));
			}
		}

		Database source = Database.of(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword());
		Map<String, String> before;
		int serverMajor;
		try (Connection db = source.connect()) {
			before = fingerprints(db);
			serverMajor = (int) single(db, "select current_setting('server_version_num')::int / 10000");
		}
		String version = run(List.of("pg_dump", "--version"), Map.of()).trim();
		Matcher major = Pattern.compile("\\(PostgreSQL\\) (\\d+)\\.").matcher(version);
		assertThat(major.find()).as(version).isTrue();
		assertThat(Integer.parseInt(major.group(1)))
			.as("pg_dump's major version must be the server's (Debian 12: apt-get install postgresql-client-15)")
			.isEqualTo(serverMajor);

		// the README's backup command
		Path dump = temp.resolve("motcua.dump");
		long started = System.nanoTime();
		run(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--host=" + source.host(),
				"--port=" + source.port(), "--username=" + source.user(), "--dbname=" + source.name(),
				"--file=" + dump), source.environment());
		long dumpMillis = (System.nanoTime() - started) / 1_000_000;

		// and the README's restore, into a server that has never seen MotCua
		try (EmbeddedDatabaseServer fresh = EmbeddedDatabaseServer.start(temp.resolve("restored"), 0, "motcua")) {
			Database target = Database.of(fresh.jdbcUrl(), fresh.username(), "");
			started = System.nanoTime();
			run(List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--jobs=2",
					"--host=" + target.host(), "--port=" + target.port(), "--username=" + target.user(),
					"--dbname=" + target.name(), dump.toString()), target.environment());
			long restoreMillis = (System.nanoTime() - started) / 1_000_000;
			try (Connection db = target.connect()) {
				Map<String, String> after = fingerprints(db);
				assertThat(after).isEqualTo(before);
				for (Map.Entry<String, String> file : checksums.entrySet()) {
					String code = file.getKey().substring(0, file.getKey().indexOf('/'));
					assertThat(strings(db, """
							select a.sha256 from dossier_attachment a join dossier d on d.id = a.dossier_id
							where d.code = '%s' and encode(sha256(a.content), 'hex') = a.sha256""".formatted(code)))
						.contains(file.getValue());
				}
				assertThat(single(db, "select count(*) from audit_record where action = 'dossier.attached'"))
					.isGreaterThanOrEqualTo(checksums.size());
				System.out.printf("backup and restore: %s of PostgreSQL %s; dump %s MB in %d ms, restore into a new "
						+ "server in %d ms; found again %s dossiers, %s steps, %s attachments (SHA-256 of the restored "
						+ "bytes equal), %s audit records%n", version, strings(db, "show server_version").get(0),
						String.format("%.1f", Files.size(dump) / 1e6), dumpMillis, restoreMillis,
						count(after, "dossier"), count(after, "dossier_transition"), count(after, "dossier_attachment"),
						count(after, "audit_record"));
			}
		}
	}

	/** Per table: row count and an MD5 over every row in id order. */
	private static Map<String, String> fingerprints(Connection db) throws SQLException {
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (Map.Entry<String, String> table : TABLES.entrySet()) {
			fingerprints.put(table.getKey(), strings(db, "select count(*) || ':' || coalesce(md5(string_agg(%s, '|' "
					.formatted(table.getValue()) + "order by %s)), '') from %s t".formatted(
							table.getKey().equals("statistics_dossier") ? "t.code" : "t.id", table.getKey()))
				.get(0));
		}
		return fingerprints;
	}

	private static String count(Map<String, String> fingerprints, String table) {
		return fingerprints.get(table).substring(0, fingerprints.get(table).indexOf(':'));
	}

	/** A file of the given type: its signature, then seeded random bytes (so that it does not compress away). */
	private static byte[] file(String signature, int size, Random random) {
		byte[] content = new byte[size];
		random.nextBytes(content);
		byte[] head = signature.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static String run(List<String> command, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new AssertionError(command.get(0) + " is missing: on Debian 12, apt-get install postgresql-client-15"
					+ " (.ci/run does it)", ex);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
		return output;
	}

	private static long single(Connection db, String sql) throws SQLException {
		return Long.parseLong(strings(db, sql).get(0));
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/** A JDBC address as libpq's tools take it. */
	private record Database(String host, int port, String name, String user, String password, String url) {

		static Database of(String jdbcUrl, String user, String password) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			return new Database(uri.getHost(), uri.getPort(), uri.getPath().substring(1), user,
					password == null ? "" : password, jdbcUrl);
		}

		Map<String, String> environment() {
			return Map.of("PGPASSWORD", password);
		}

		Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, password);
		}

	}

}
