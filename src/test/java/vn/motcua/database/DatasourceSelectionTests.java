package vn.motcua.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database the application uses: its own embedded PostgreSQL only when none is configured. */
class DatasourceSelectionTests {

	@TempDir
	Path data;

	ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
					DataSourceAutoConfiguration.class))
			.withPropertyValues("motcua.database.embedded.data-directory=" + data);
	}

	@Test
	void startsTheEmbeddedServerWhenNoDatasourceIsConfigured() {
		runner().run(context -> {
			assertThat(context).hasSingleBean(EmbeddedDatabaseServer.class);
			EmbeddedDatabaseServer server = context.getBean(EmbeddedDatabaseServer.class);
			assertThat(server.dataDirectory()).isEqualTo(data.toAbsolutePath().normalize());
			assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl()).isEqualTo(server.jdbcUrl())
				.endsWith("/motcua");
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("motcua");
			assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class))
				.isEqualTo(EmbeddedDatabaseServer.MAJOR_VERSION);
		});
		// stopped with the context, data kept for the next start
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
		assertThat(data.resolve("PG_VERSION")).exists();
	}

	@Test
	void startsNothingWhenADatasourceUrlIsSet() {
		runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/motcua",
				"spring.datasource.username=motcua", "spring.datasource.password=secret")
			.run(context -> {
				assertThat(context).doesNotHaveBean(EmbeddedDatabaseServer.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://db.example.invalid:5432/motcua");
			});
		assertThat(data).isEmptyDirectory();
	}

	@Test
	void backsOffWhenAnotherConnectionIsProvided() {
		// as Testcontainers' @ServiceConnection or the test suite's shared server do
		runner().withBean(JdbcConnectionDetails.class, () -> new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://127.0.0.1:1/other";
			}

			@Override
			public String getUsername() {
				return "other";
			}

			@Override
			public String getPassword() {
				return "";
			}
		}).run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseServer.class));
		assertThat(data).isEmptyDirectory();
	}

	@Test
	void canBeSwitchedOff() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class))
			.withPropertyValues("motcua.database.embedded.enabled=false", "motcua.database.embedded.data-directory=" + data)
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedDatabaseServer.class));
	}

}
