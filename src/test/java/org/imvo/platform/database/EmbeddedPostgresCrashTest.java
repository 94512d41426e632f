package org.imvo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when the application is killed with SIGKILL (OOM killer, {@code kill -9}, a crashed
 * container runtime): its PostgreSQL keeps running without an owner. The next start must stop that
 * orphan and come up with the data, while a start next to a live instance must be refused.
 */
class EmbeddedPostgresCrashTest {

	private static final Duration CHILD_START_LIMIT = Duration.ofSeconds(90);

	@TempDir
	Path folder;

	@Test
	void shouldStopTheOrphanedPostmasterOfAKilledInstanceAndKeepItsData() throws Exception {
		Path dir = folder.resolve("postgres");
		Process child = startChild(dir, "written before the kill");
		Optional<ProcessHandle> orphan = Optional.empty();
		try {
			awaitReady(child);

			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, true))
				.as("a second instance next to a live one")
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining(dir.toString())
				.hasMessageContaining("in use by another running");

			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM is gone").isTrue();
			orphan = postmasterOf(dir);
			assertThat(orphan).as("the postmaster survives its killed owner").isPresent();
			assertThat(orphan.get().isAlive()).isTrue();

			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, true)) {
				assertThat(EmbeddedPostgresServerTest.queryText(server, "select note from survivor"))
					.isEqualTo("written before the kill");
				assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
			}
		}
		finally {
			child.destroyForcibly();
			orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private Process startChild(Path dir, String note) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), dir.toString(), note)
			.redirectErrorStream(true)
			.redirectOutput(childLog().toFile())
			.start();
	}

	private void awaitReady(Process child) throws Exception {
		Instant deadline = Instant.now().plus(CHILD_START_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			List<String> lines = Files.readAllLines(childLog());
			if (lines.stream().anyMatch(line -> line.startsWith(EmbeddedPostgresChild.READY))) {
				return;
			}
			if (!child.isAlive()) {
				throw new AssertionError("The child JVM ended early:\n" + String.join("\n", lines));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The child JVM was not ready within " + CHILD_START_LIMIT + ":\n"
				+ Files.readString(childLog()));
	}

	private Path childLog() {
		return folder.resolve("child.log");
	}

	private static Optional<ProcessHandle> postmasterOf(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
	}

}
