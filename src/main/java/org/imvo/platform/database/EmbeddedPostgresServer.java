package org.imvo.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, durable PostgreSQL kept in a folder of the installation (not a throw-away test database):
 * fsync and synchronous commit are on, the folder lives outside any temp area, and a start after the
 * previous process was killed stops the orphaned postmaster that still holds the folder.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	static final String DATABASE = "imvo";

	/** Zonky's own lock file inside the data folder; a running instance holds it. */
	private static final String LOCK_FILE = "epg-lock";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(Path dataDir, boolean durable) {
		Path dir = dataDir.toAbsolutePath().normalize();
		try {
			prepareDataDirectory(dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				// Spring closes this bean after everything that uses the database; zonky's own
				// hook would stop PostgreSQL while the application is still shutting down.
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setLocaleConfig("lc-messages", "C")
				.setServerConfig("listen_addresses", "localhost");
			if (durable) {
				// zonky starts with -F (fsync off) and synchronous_commit off: fine for tests, data
				// loss for an installation. Later -c options override -F.
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	/**
	 * Makes the folder startable: refuses when another live instance holds it, stops a postmaster
	 * orphaned by a killed instance, and removes a cluster whose initdb never completed.
	 */
	static void prepareDataDirectory(Path dir) throws IOException {
		Files.createDirectories(dir);
		if (!Files.exists(dir.resolve("postgresql.conf"))) {
			// initdb did not finish (or never ran); such a folder holds no data and initdb needs it empty
			deleteContents(dir);
			return;
		}
		try (FileChannel channel = new RandomAccessFile(dir.resolve(LOCK_FILE).toFile(), "rw").getChannel()) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				throw new DataDirectoryInUseException(dir);
			}
			try {
				stopOrphanedPostmaster(dir);
			}
			finally {
				lock.release();
			}
		}
	}

	private static void stopOrphanedPostmaster(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
			.flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return; // PostgreSQL itself recognises a stale pid file whose process is gone
		}
		ProcessHandle postmaster = process.get();
		boolean isPostgres = postmaster.info().command().map(c -> c.contains("postgres")).orElse(false);
		if (!isPostgres) {
			// the pid was reused by an unrelated process; the file is stale
			Files.delete(pidFile);
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running by an earlier instance that was killed",
				postmaster.pid());
		postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown, safe for the data
		try {
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the orphaned PostgreSQL", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IOException("Could not stop the orphaned PostgreSQL", ex);
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void deleteContents(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(dir)) {
					Files.delete(path);
				}
			}
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

}
