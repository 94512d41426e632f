package org.imvo.platform.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The embedded PostgreSQL being started on a thread of its own, so that initdb and the server
 * start overlap with the rest of the application's start-up instead of adding to it. The database
 * is still started eagerly and every bean that needs it waits for it: nothing is lazy.
 */
final class EmbeddedPostgresStartup implements DisposableBean {

	static final String BEAN_NAME = "embeddedPostgresStartup";

	private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();

	private EmbeddedPostgresStartup() {
	}

	/** Whether the environment asks for the embedded database: no external URL, not production. */
	static boolean isWanted(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& !environment.acceptsProfiles(Profiles.of("prod"));
	}

	/** Starts the server for {@code imvo.data-dir} (read exactly once) in the background. */
	static EmbeddedPostgresStartup begin(Environment environment) {
		Path dir = Path.of(environment.getProperty("imvo.data-dir", "./data")).resolve("postgres");
		boolean durable = environment.getProperty("imvo.embedded-db.durable", Boolean.class, true);
		EmbeddedPostgresStartup startup = new EmbeddedPostgresStartup();
		Thread thread = new Thread(() -> {
			try {
				startup.server.complete(EmbeddedPostgresServer.start(dir, durable));
			}
			catch (Throwable ex) {
				startup.server.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
		return startup;
	}

	/** The started server; rethrows what made the start fail. */
	EmbeddedPostgresServer await() {
		try {
			return server.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Stops the server when the application context closes, also when start-up failed before any
	 * bean took it (the bean that did take it stops it earlier; closing twice is harmless).
	 */
	@Override
	public void destroy() throws Exception {
		try {
			await().close();
		}
		catch (RuntimeException ex) {
			// the start failed: nothing runs, and the failure was reported where it mattered
		}
	}

}
