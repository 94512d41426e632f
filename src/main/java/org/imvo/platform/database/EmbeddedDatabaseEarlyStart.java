package org.imvo.platform.database;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Begins the embedded PostgreSQL's start once the application context is prepared, before it
 * parses its configuration (registered in {@code META-INF/spring.factories}). Without it,
 * {@link EmbeddedDatabaseConfiguration} starts the database itself, only later.
 *
 * <p>
 * Contexts without auto-configuration (Spring Boot's test slices such as {@code @WebMvcTest}) are
 * left alone: they usually have no database, and one that imports the configuration still gets
 * its database from it.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		Environment environment = context.getEnvironment();
		if (!EmbeddedPostgresStartup.isWanted(environment)
				|| !environment.getProperty("spring.boot.enableautoconfiguration", Boolean.class, true)
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)
				|| beans.containsSingleton(EmbeddedPostgresStartup.BEAN_NAME)) {
			return;
		}
		EmbeddedPostgresStartup startup = EmbeddedPostgresStartup.begin(environment);
		beans.registerSingleton(EmbeddedPostgresStartup.BEAN_NAME, startup);
		// destroyed last (registered first), and also when the context fails during refresh
		beans.registerDisposableBean(EmbeddedPostgresStartup.BEAN_NAME, startup);
	}

}
