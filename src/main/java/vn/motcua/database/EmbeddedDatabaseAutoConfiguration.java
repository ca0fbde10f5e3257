package vn.motcua.database;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded PostgreSQL when, and only when, no database was configured: no {@code spring.datasource.url}
 * and no other {@link JdbcConnectionDetails} (Testcontainers, the test suite's shared server). An auto-configuration
 * rather than a plain configuration so that {@code @ConditionalOnMissingBean} sees every user-defined bean first.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "motcua.database.embedded.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) throws IOException {
		long started = System.nanoTime();
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(properties.dataDirectory(), properties.port(),
				properties.databaseName());
		log.info("""
				Embedded PostgreSQL started in {} ms; data kept in {} ({}).
				    To use an external PostgreSQL instead, set SPRING_DATASOURCE_URL (e.g. \
				jdbc:postgresql://db-host:5432/motcua), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD; \
				then nothing embedded starts.""", (System.nanoTime() - started) / 1_000_000, server.dataDirectory(),
				server.jdbcUrl());
		return server;
	}

	@Bean
	JdbcConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabaseServer server) {
		return new EmbeddedConnectionDetails(server.jdbcUrl(), server.username());
	}

	record EmbeddedConnectionDetails(String getJdbcUrl, String getUsername) implements JdbcConnectionDetails {

		@Override
		public String getPassword() {
			return "";
		}

	}

}
