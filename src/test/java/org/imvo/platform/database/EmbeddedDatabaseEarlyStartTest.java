package org.imvo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database starts in the background before the context refreshes, and stops with it. */
class EmbeddedDatabaseEarlyStartTest {

	@TempDir
	Path folder;

	@Test
	void shouldStartTheDatabaseBeforeRefreshAndStopItWhenTheContextCloses() throws Exception {
		GenericApplicationContext context = context(new MockEnvironment()
			.withProperty("imvo.data-dir", folder.toString())
			.withProperty("imvo.embedded-db.durable", "false"));
		prepared(context);
		EmbeddedPostgresStartup startup = (EmbeddedPostgresStartup) context.getBeanFactory()
			.getSingleton(EmbeddedPostgresStartup.BEAN_NAME);
		try {
			assertThat(startup).as("registered before refresh").isNotNull();
			EmbeddedPostgresServer server = startup.await();
			assertThat(EmbeddedPostgresServerTest.queryText(server, "select 'early'")).isEqualTo("early");
			context.refresh();
		}
		finally {
			context.close(); // a context that never asked for the server still stops it
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(folder.resolve("postgres"), false)) {
			assertThat(EmbeddedPostgresServerTest.queryText(again, "select 'folder released'"))
				.isEqualTo("folder released");
		}
		finally {
			if (startup != null) {
				startup.destroy(); // in case the context never became active
			}
		}
	}

	@Test
	void shouldLeaveContextsWithoutAutoConfigurationAlone() {
		GenericApplicationContext slice = context(new MockEnvironment()
			.withProperty("spring.boot.enableautoconfiguration", "false")
			.withProperty("imvo.data-dir", folder.toString()));
		prepared(slice);

		assertThat(slice.getBeanFactory().containsSingleton(EmbeddedPostgresStartup.BEAN_NAME)).isFalse();
		assertThat(folder.resolve("postgres")).doesNotExist();
	}

	@Test
	void shouldNotStartAnythingWithAnExternalDatabaseOrInProduction() {
		GenericApplicationContext external = context(new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/imvo")
			.withProperty("imvo.data-dir", folder.toString()));
		prepared(external);
		MockEnvironment prodEnvironment = new MockEnvironment().withProperty("imvo.data-dir", folder.toString());
		prodEnvironment.setActiveProfiles("prod");
		GenericApplicationContext production = context(prodEnvironment);
		prepared(production);

		assertThat(external.getBeanFactory().containsSingleton(EmbeddedPostgresStartup.BEAN_NAME)).isFalse();
		assertThat(production.getBeanFactory().containsSingleton(EmbeddedPostgresStartup.BEAN_NAME)).isFalse();
		assertThat(folder.resolve("postgres")).doesNotExist();
	}

	private static void prepared(GenericApplicationContext context) {
		new EmbeddedDatabaseEarlyStart()
			.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
	}

	private static GenericApplicationContext context(MockEnvironment environment) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		return context;
	}

}
