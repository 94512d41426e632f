package org.imvo.platform.covenant.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 1.3.1: loads NACE Rev. 2 from the bundled {@code reference/nace/nace_rev2.csv}
 * into {@code nace_code}. Spring Boot hands every {@link JavaMigration} bean to Flyway, so it runs
 * in order with the SQL migrations, on the embedded and on an external PostgreSQL alike.
 * <p>
 * Why this is safe: it only inserts reference rows, and it upserts by code, so running it again (or
 * a later migration that loads a newer edition with {@link #load(Connection)}) changes nothing
 * that is already right and never duplicates a row.
 */
@Component
class NaceCodeMigration implements JavaMigration {

	static final String RESOURCE = "reference/nace/nace_rev2.csv";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("1.3.1");
	}

	@Override
	public String getDescription() {
		return "nace rev2 codes";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		load(context.getConnection());
	}

	/** Upserts every code of the bundled file; returns how many rows were read. */
	static int load(Connection connection) throws IOException, SQLException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		int rows = 0;
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8);
				PreparedStatement insert = connection.prepareStatement("""
						insert into nace_code (code, level, parent_code, description, isic_rev4)
						values (?, ?, ?, ?, ?)
						on conflict (code) do update set level = excluded.level, parent_code = excluded.parent_code,
						    description = excluded.description, isic_rev4 = excluded.isic_rev4""")) {
			for (CSVRecord row : format.parse(reader)) {
				insert.setString(1, row.get("code").strip());
				insert.setShort(2, Short.parseShort(row.get("level").strip()));
				insert.setString(3, blankToNull(row.get("parent")));
				insert.setString(4, row.get("description").strip());
				insert.setString(5, blankToNull(row.get("isic_rev4_reference")));
				insert.addBatch();
				rows++;
			}
			insert.executeBatch();
		}
		return rows;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
