package org.imvo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** In the real application the database was started early, and that is the server the beans use. */
@PlatformTest
class EmbeddedDatabaseWiringTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EmbeddedPostgresServer server;

	@Test
	void shouldUseTheServerStartedBeforeTheContextRefreshed() throws Exception {
		EmbeddedPostgresStartup startup = context.getBean(EmbeddedPostgresStartup.BEAN_NAME,
				EmbeddedPostgresStartup.class);
		assertThat(startup.await()).isSameAs(server);
		assertThat(EmbeddedPostgresServerTest.queryText(server, "show fsync")).as("test profile").isEqualTo("off");
	}

}
