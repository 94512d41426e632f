package org.imvo.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The default database: an embedded PostgreSQL whose data lives in {@code imvo.data-dir}. It is
 * only created when no external datasource is configured ({@code spring.datasource.url}), and never
 * in the {@code prod} profile, where starting without a real database would silently put
 * production data into a local folder.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasourceCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(Environment environment,
			ObjectProvider<EmbeddedPostgresStartup> earlyStart) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new ExternalDatabaseRequiredException();
		}
		return earlyStart.getIfAvailable(() -> EmbeddedPostgresStartup.begin(environment)).await();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server,
			@Value("${imvo.embedded-db.pool-size:10}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.USER);
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("imvo-embedded");
		return dataSource;
	}

}
