package org.imvo.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, durable PostgreSQL kept in a folder of the installation (not a throw-away test database):
 * fsync and synchronous commit are on, the folder lives outside any temp area, only one instance
 * uses it at a time, and a start after the previous process was killed stops the orphaned
 * postmaster that still serves the folder.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	static final String DATABASE = "imvo";

	/**
	 * Zonky extracts its binaries here and, on every start, deletes the unlocked sub-folders that
	 * are older than ten minutes: a data folder in there would be thrown away.
	 */
	static final Path ZONKY_WORKING_AREA = Path
		.of(System.getProperty("ot.epg.working-dir",
				Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()))
		.toAbsolutePath()
		.normalize();

	/** Written by the postmaster when it starts: proof that initdb completed on the folder. */
	private static final String SERVER_RAN_MARKER = "postmaster.opts";

	/** Names that initdb creates first; a folder with one of them but no server start is unfinished. */
	private static final Set<String> INITDB_NAMES = Set.of("PG_VERSION", "postgresql.conf", "global", "base",
			"pg_wal");

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	/** How long an orphaned postmaster gets for a fast shutdown (it ends sessions, then checkpoints). */
	private static final Duration ORPHAN_FAST_SHUTDOWN = Duration.ofSeconds(60);

	private static final Duration ORPHAN_IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final FolderLock lock;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FolderLock lock) {
		this.postgres = postgres;
		this.lock = lock;
	}

	/**
	 * Starts PostgreSQL on {@code dataDir}, creating the cluster on first use.
	 * @param durable {@code true} for an installation (fsync and synchronous commit on); {@code false}
	 * only for throw-away test data
	 * @throws DataDirectoryInUseException when another running instance uses the folder
	 * @throws IllegalArgumentException when the folder lies in zonky's self-cleaning working area
	 */
	static EmbeddedPostgresServer start(Path dataDir, boolean durable) {
		Path dir = dataDir.toAbsolutePath().normalize();
		requireOutsideZonkyWorkingArea(dir);
		long started = System.nanoTime();
		FolderLock lock = FolderLock.acquire(dir);
		try {
			prepareDataDirectory(dir);
			EmbeddedPostgres postgres = builder(dir, durable).start();
			try {
				createDatabaseIfMissing(postgres);
			}
			catch (IOException | RuntimeException ex) {
				postgres.close();
				throw ex;
			}
			log.info("Embedded PostgreSQL on port {} with data in {} ({}, started in {} ms)", postgres.getPort(), dir,
					durable ? "durable" : "NOT durable: test data only",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			return new EmbeddedPostgresServer(postgres, lock);
		}
		catch (IOException ex) {
			lock.release();
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
		catch (RuntimeException ex) {
			lock.release();
			throw ex;
		}
	}

	private static EmbeddedPostgres.Builder builder(Path dir, boolean durable) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			// Spring closes this bean after everything that uses the database; zonky's own hook
			// would stop PostgreSQL while the application is still shutting down.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(STARTUP_WAIT)
			// The libc categories use "C", which every system has ("C.UTF-8" is missing on some,
			// and initdb then fails with "invalid locale settings"). Text behaviour comes from
			// PostgreSQL's own builtin provider: code-point order and Unicode case mapping,
			// identical on every machine and unaffected by operating-system upgrades.
			.setLocaleConfig("locale", "C")
			.setLocaleConfig("locale-provider", "builtin")
			.setLocaleConfig("builtin-locale", "C.UTF-8")
			.setServerConfig("listen_addresses", "localhost");
		if (durable) {
			// zonky starts with -F (fsync off) and synchronous_commit off: fine for tests, data
			// loss for an installation. Later -c options override -F.
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		return builder;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

	int port() {
		return postgres.getPort();
	}

	/** Stops PostgreSQL (fast shutdown) and releases the folder; a second call does nothing. */
	@Override
	public void close() throws IOException {
		if (closed.getAndSet(true)) {
			return;
		}
		try {
			postgres.close();
		}
		finally {
			lock.release();
		}
	}

	private static void requireOutsideZonkyWorkingArea(Path dir) {
		if (dir.startsWith(ZONKY_WORKING_AREA)) {
			throw new IllegalArgumentException("The database folder " + dir + " lies in " + ZONKY_WORKING_AREA
					+ ", which the embedded PostgreSQL cleans up by itself; choose another imvo.data-dir.");
		}
	}

	/**
	 * Makes the folder startable: stops a postmaster orphaned by a killed instance, and removes a
	 * cluster whose initdb never completed (it holds no data, and initdb needs an empty folder).
	 * The caller holds the folder's lock.
	 */
	static void prepareDataDirectory(Path dir) throws IOException {
		Files.createDirectories(dir);
		if (Files.exists(dir.resolve(SERVER_RAN_MARKER))) {
			stopOrphanedPostmaster(dir);
			return;
		}
		List<String> names;
		try (Stream<Path> entries = Files.list(dir)) {
			names = entries.map(path -> path.getFileName().toString()).toList();
		}
		if (names.isEmpty()) {
			return;
		}
		if (names.stream().noneMatch(INITDB_NAMES::contains)) {
			throw new IllegalStateException("The folder " + dir + " is meant for the embedded PostgreSQL but holds "
					+ "other files " + names + "; empty it or choose another imvo.data-dir.");
		}
		log.warn("Removing the database cluster in {}: its creation was interrupted before any server ran on it, "
				+ "so it holds no data", dir);
		deleteContents(dir);
	}

	private static void stopOrphanedPostmaster(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		Optional<ProcessHandle> recorded = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (recorded.isEmpty()) {
			return; // no pid file, or its process is gone: PostgreSQL handles a stale file itself
		}
		ProcessHandle process = recorded.get();
		switch (identify(process, dir)) {
			case OTHER_PROCESS -> {
				// The pid was reused by an unrelated process; PostgreSQL would refuse to start
				// while that process lives, although no server uses the folder.
				log.info("Removing the stale {}: its pid {} now belongs to another process", pidFile, process.pid());
				Files.deleteIfExists(pidFile);
			}
			case UNIDENTIFIED -> throw new IllegalStateException("Process " + process.pid() + " named in " + pidFile
					+ " is running but cannot be inspected; if it is not PostgreSQL, remove that file.");
			case POSTMASTER_OF_THIS_FOLDER -> stop(process);
		}
	}

	private enum Identity {

		POSTMASTER_OF_THIS_FOLDER, OTHER_PROCESS, UNIDENTIFIED

	}

	/**
	 * Whether a process is PostgreSQL serving {@code dir}: its executable is {@code postgres} and
	 * its {@code -D} argument is this folder (another installation's PostgreSQL may have been given
	 * the pid since).
	 */
	private static Identity identify(ProcessHandle process, Path dir) {
		ProcessHandle.Info info = process.info();
		Optional<String> command = info.command();
		Optional<String[]> arguments = info.arguments();
		if (command.isEmpty() || arguments.isEmpty()) {
			return Identity.UNIDENTIFIED;
		}
		String executable = Path.of(command.get()).getFileName().toString();
		if (!executable.equals("postgres") && !executable.equals("postgres.exe")) {
			return Identity.OTHER_PROCESS;
		}
		List<String> args = Arrays.asList(arguments.get());
		int d = args.indexOf("-D");
		if (d < 0 || d + 1 >= args.size()) {
			return Identity.UNIDENTIFIED;
		}
		return sameFolder(Path.of(args.get(d + 1)), dir) ? Identity.POSTMASTER_OF_THIS_FOLDER : Identity.OTHER_PROCESS;
	}

	private static boolean sameFolder(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	/**
	 * Fast shutdown first (SIGINT: ends the dead instance's sessions, writes a checkpoint), then
	 * immediate shutdown (SIGQUIT: PostgreSQL recovers from its log on the next start), SIGKILL only
	 * as the last resort.
	 */
	private static void stop(ProcessHandle postmaster) throws IOException {
		log.warn("Stopping PostgreSQL (pid {}) left running by an earlier instance that was killed", postmaster.pid());
		if (!signal(postmaster, "INT")) {
			postmaster.destroy(); // SIGTERM: smart shutdown
		}
		if (awaitExit(postmaster, ORPHAN_FAST_SHUTDOWN)) {
			return;
		}
		log.warn("PostgreSQL (pid {}) did not stop within {}; asking for an immediate shutdown", postmaster.pid(),
				ORPHAN_FAST_SHUTDOWN);
		signal(postmaster, "QUIT");
		if (!awaitExit(postmaster, ORPHAN_IMMEDIATE_SHUTDOWN)) {
			postmaster.destroyForcibly();
			awaitExit(postmaster, ORPHAN_IMMEDIATE_SHUTDOWN);
		}
	}

	private static boolean signal(ProcessHandle process, String signal) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false; // no kill command (Windows)
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the orphaned PostgreSQL", ex);
		}
	}

	/**
	 * Polls often, because {@code onExit()} of a process that is not our child checks only every 300
	 * ms and more, which adds up to seconds on a start after a crash.
	 */
	private static boolean awaitExit(ProcessHandle process, Duration limit) throws IOException {
		long deadline = System.nanoTime() + limit.toNanos();
		try {
			while (process.isAlive()) {
				if (System.nanoTime() > deadline) {
					return false;
				}
				Thread.sleep(25);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the orphaned PostgreSQL", ex);
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		try (Stream<String> lines = Files.lines(pidFile)) {
			return lines.findFirst().map(String::trim).filter(line -> line.matches("\\d+")).map(Long::valueOf);
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

	/**
	 * An exclusive lock on {@code <folder>.lock} beside the data folder, held while the server runs.
	 * It lies outside the folder because initdb needs an empty one, and the operating system
	 * releases it when the process dies, however it dies.
	 */
	private static final class FolderLock {

		private final FileChannel channel;

		private final FileLock lock;

		private FolderLock(FileChannel channel, FileLock lock) {
			this.channel = channel;
			this.lock = lock;
		}

		static FolderLock acquire(Path dir) {
			Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
			FileChannel channel = null;
			try {
				Files.createDirectories(lockFile.getParent());
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = tryLock(channel);
				if (lock == null) {
					throw new DataDirectoryInUseException(dir);
				}
				return new FolderLock(channel, lock);
			}
			catch (IOException ex) {
				closeQuietly(channel);
				throw new UncheckedIOException("Could not lock " + lockFile, ex);
			}
			catch (RuntimeException ex) {
				closeQuietly(channel);
				throw ex;
			}
		}

		private static FileLock tryLock(FileChannel channel) throws IOException {
			try {
				return channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				return null; // held by another server in this JVM
			}
		}

		void release() {
			try {
				lock.release();
			}
			catch (IOException ex) {
				log.debug("Could not release the data folder lock", ex);
			}
			finally {
				closeQuietly(channel);
			}
		}

		private static void closeQuietly(FileChannel channel) {
			if (channel == null) {
				return;
			}
			try {
				channel.close();
			}
			catch (IOException ex) {
				log.debug("Could not close the data folder lock", ex);
			}
		}

	}

}
