package org.imvo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as an installation's real database: durable, restartable, exclusive. */
class EmbeddedPostgresServerTest {

	@TempDir
	Path folder;

	@Test
	void shouldRunWithFsyncAndSynchronousCommitWhenDurable() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), true)) {
			assertThat(queryText(server, "show fsync")).isEqualTo("on");
			assertThat(queryText(server, "show synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void shouldKeepDataAcrossRestartOnTheSameFolder() throws Exception {
		Path dir = folder.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, true)) {
			execute(server, "create table kept (note text)");
			execute(server, "insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, true)) {
			assertThat(queryText(server, "select note from kept")).isEqualTo("still here");
		}
	}

	@Test
	void shouldUseTheBuiltinUnicodeLocaleWhateverTheMachine() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), false)) {
			assertThat(queryText(server,
					"select datlocprovider::text || ' ' || datlocale || ' ' || pg_encoding_to_char(encoding) "
							+ "from pg_database where datname = current_database()"))
				.isEqualTo("b C.UTF-8 UTF8");
			assertThat(queryText(server, "select upper('ijsselmeer café çalışma')")).isEqualTo("IJSSELMEER CAFÉ ÇALIŞMA");
		}
	}

	@Test
	void shouldRefuseASecondStartOnAFolderInUse() throws Exception {
		Path dir = folder.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, false))
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining(dir.toAbsolutePath().toString());
			assertThat(queryText(server, "select 'still serving'")).isEqualTo("still serving");
		}
	}

	@Test
	void shouldRefuseAFolderInsideTheSelfCleaningWorkingAreaOfZonky() {
		Path inside = EmbeddedPostgresServer.ZONKY_WORKING_AREA.resolve("imvo-" + System.nanoTime());
		assertThatThrownBy(() -> EmbeddedPostgresServer.start(inside, true))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("imvo.data-dir");
		assertThat(inside).doesNotExist();
	}

	@Test
	void shouldReplaceAClusterWhoseCreationWasInterrupted() throws Exception {
		Path dir = Files.createDirectories(folder.resolve("postgres"));
		// what initdb leaves when it is killed after writing its first files
		Files.writeString(dir.resolve("PG_VERSION"), "18\n");
		Files.writeString(dir.resolve("postgresql.conf"), "# half written\n");
		Files.createDirectories(dir.resolve("global"));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false)) {
			assertThat(queryText(server, "select 'fresh cluster'")).isEqualTo("fresh cluster");
		}
	}

	@Test
	void shouldRefuseAFolderHoldingFilesThatAreNotADatabase() throws Exception {
		Path dir = Files.createDirectories(folder.resolve("postgres"));
		Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");
		assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("notes.txt");
		assertThat(notes).hasContent("mine");
	}

	@Test
	void shouldStartDespiteAStalePidFileWhosePidNowBelongsToAnotherProcess() throws Exception {
		Path dir = folder.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false)) {
			execute(server, "create table kept (note text)");
		}
		// a killed machine left the file; after the reboot its pid went to a process that lives
		Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false)) {
			assertThat(queryText(server, "select count(*) from kept")).isEqualTo("0");
		}
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	@Test
	void shouldLeaveThePostgresOfAnotherFolderRunningWhenAStalePidFileNamesIt() throws Exception {
		Path mine = folder.resolve("mine");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(mine, false)) {
			execute(server, "create table kept (note text)");
		}
		try (EmbeddedPostgresServer other = EmbeddedPostgresServer.start(folder.resolve("other"), false)) {
			String otherPid = Files.readAllLines(folder.resolve("other").resolve("postmaster.pid")).get(0);
			Files.writeString(mine.resolve("postmaster.pid"), otherPid + "\n" + mine + "\n");
			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(mine, false)) {
				assertThat(queryText(server, "select count(*) from kept")).isEqualTo("0");
			}
			assertThat(queryText(other, "select 'other still serving'")).isEqualTo("other still serving");
		}
	}

	static String queryText(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).as("a row from %s", sql).isTrue();
			return rs.getString(1);
		}
	}

	static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
