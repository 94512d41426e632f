package org.imvo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.imvo.platform.ImvoPlatformApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code prod} profile never falls back to a local folder: it needs an external PostgreSQL, and
 * with one configured the embedded database is not started at all. The "external" database here is
 * a plain zonky PostgreSQL started by the test, so the same migrations are proven on a database the
 * application did not create.
 */
class ProductionProfileTest {

	@TempDir
	Path folder;

	@Test
	void shouldRefuseToStartInProductionWithoutAnExternalDatabase() {
		Throwable failure = catchThrowable(() -> production().run().close());

		assertThat(failure).hasRootCauseInstanceOf(ExternalDatabaseRequiredException.class);
		FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("'prod' profile needs an external PostgreSQL");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD");
		assertThat(folder.resolve("data")).doesNotExist();
	}

	@Test
	void shouldUseTheExternalDatabaseAndMigrateItWithoutStartingTheEmbeddedOne() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext context = production()
				.properties("spring.datasource.url=" + url, "spring.datasource.username=postgres")
				.run()) {
				assertThat(context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
				assertThat(context.getBean(DataSource.class).getConnection().getMetaData().getURL())
					.startsWith(url.substring(0, url.indexOf('?')));
				JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
				List<String> migrations = jdbc
					.sql("select version from flyway_schema_history where success order by installed_rank")
					.query(String.class)
					.list();
				assertThat(migrations).contains("1.0.0", "1.1.0", "1.2.0");
				assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
			}
		}
		assertThat(folder.resolve("data")).as("no embedded data folder").doesNotExist();
	}

	@Test
	void shouldExplainADataFolderInUseByAnotherInstance() {
		Throwable failure = new IllegalStateException("wrapped",
				new DataDirectoryInUseException(folder.resolve("data/postgres")));
		FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains(folder.resolve("data/postgres").toString());
		assertThat(analysis.getAction()).contains("--imvo.data-dir");
	}

	private SpringApplicationBuilder production() {
		return new SpringApplicationBuilder(ImvoPlatformApplication.class).profiles("prod")
			.properties("server.port=0", "imvo.data-dir=" + folder.resolve("data"),
					"spring.main.register-shutdown-hook=false");
	}

}
