package vn.motcua.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate JVM that owns an embedded server, for tests that kill it the hard way. Arguments: data directory and a
 * note to store. Prints {@code READY <port>} once the note is committed, then waits to be killed.
 */
public final class EmbeddedServerProcess {

	private EmbeddedServerProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(Path.of(args[0]), 0, "motcua");
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists note (text varchar(100) not null)");
			statement.execute("insert into note values ('" + args[1].replace("'", "''") + "')");
		}
		System.out.println("READY " + server.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
