package org.imvo.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashTest}: starts the embedded PostgreSQL on the folder
 * given as the first argument, writes a row, says {@code READY} and waits to be killed.
 */
public final class EmbeddedPostgresChild {

	static final String READY = "READY";

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (note text)");
			statement.execute("insert into survivor values ('" + args[1] + "')");
		}
		System.out.println(READY + " " + server.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
