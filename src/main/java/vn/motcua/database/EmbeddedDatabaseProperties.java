package vn.motcua.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and how it is reached.
 * @param dataDirectory kept across restarts (default {@code ./data/postgres})
 * @param port TCP port on 127.0.0.1; 0 picks a free one at each start
 * @param databaseName the database MotCua uses inside that server
 */
@ConfigurationProperties("motcua.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, String databaseName) {

	public EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
		databaseName = databaseName == null || databaseName.isBlank() ? "motcua" : databaseName;
	}

}
