package org.imvo.platform.database;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins the embedded PostgreSQL's start as soon as the environment is known, before the context
 * parses its configuration (registered in {@code META-INF/spring.factories}). Without it,
 * {@link EmbeddedDatabaseConfiguration} starts the database itself, only later.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!EmbeddedPostgresStartup.isWanted(context.getEnvironment())
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)
				|| beans.containsSingleton(EmbeddedPostgresStartup.BEAN_NAME)) {
			return;
		}
		EmbeddedPostgresStartup startup = EmbeddedPostgresStartup.begin(context.getEnvironment());
		beans.registerSingleton(EmbeddedPostgresStartup.BEAN_NAME, startup);
		// destroyed last (registered first), and also when the context fails during refresh
		beans.registerDisposableBean(EmbeddedPostgresStartup.BEAN_NAME, startup);
	}

}
