package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.facility.FacilityFixtures.Company;
import org.imvo.platform.facility.internal.ImportWorker;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An import is committed whole or not at all, and survives the death of its worker: a job left
 * RUNNING with a stale heartbeat goes back to the queue without its partial rows and runs again.
 */
@PlatformTest
class ImportReliabilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportWorker worker;

	@Autowired
	Clock clock;

	@Test
	void shouldLeaveNothingOfAListWhoseFinalCommitFails() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		byte[] list = FacilityFixtures.csv(FacilityFixtures.HEADER, FacilityFixtures.factory("PK", 1),
				FacilityFixtures.factory("PK", 2));
		// a failure injected into the list's final transaction: the current locations of this company
		// cannot be changed (a trigger that fires for it alone, so other tests are not disturbed)
		String trigger = "fail_" + company.id().toString().replace("-", "");
		jdbc.sql("""
				create function %s() returns trigger language plpgsql as $$
				begin
				  if new.organisation_id = '%s'::uuid then raise exception 'injected failure'; end if;
				  return new;
				end $$""".formatted(trigger, company.id())).update();
		jdbc.sql("create trigger %s before insert or update on organisation_current_list for each row execute function %s()"
			.formatted(trigger, trigger)).update();
		String importId;
		try {
			importId = FacilityFixtures.uploadCsv(mvc, company, list);
			String failed = FacilityFixtures.awaitEnd(mvc, company.bearer(), importId);
			assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
			assertThat((String) JsonPath.read(failed, "$.errorCode")).isEqualTo("internal-error");
			assertThat((String) JsonPath.read(failed, "$.errorMessage")).contains("nothing of it took effect");
		}
		finally {
			jdbc.sql("drop trigger %s on organisation_current_list".formatted(trigger)).update();
			jdbc.sql("drop function %s()".formatted(trigger)).update();
		}
		UUID id = UUID.fromString(importId);
		assertThat(count("select count(*) from facility where created_list_id = ?", id)).isZero();
		assertThat(count("select count(*) from facility_provenance where list_id = ?", id)).isZero();
		assertThat(count("select count(*) from organisation_facility where organisation_id = ?", company.id().value()))
			.isZero();
		assertThat(count("select count(*) from location_list_row where list_id = ?", id)).isZero();
		assertThat(count("select count(*) from match_decision where organisation_id = ?", company.id().value())).isZero();
		assertThat(jdbc.sql("select to_status from location_list_transition where list_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("QUEUED", "RUNNING", "FAILED");

		// run again once the cause is gone: the matcher index kept none of the failed list's facilities
		mvc.perform(post("/api/v1/imports/" + importId + "/rerun").header("Authorization", company.bearer()))
			.andExpect(status().isAccepted());
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);
		List<String> outcomes = JsonPath.read(FacilityFixtures.rows(mvc, company.bearer(), importId), "$[*].outcome");
		assertThat(outcomes).containsExactly("NEW", "NEW");
		assertThat(count("select count(*) from organisation_facility where organisation_id = ?", company.id().value()))
			.isEqualTo(2);
	}

	@Test
	void shouldRerunAnImportWhoseWorkerDiedWithoutItsPartialRows() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		byte[] content = FacilityFixtures.csv(FacilityFixtures.HEADER, FacilityFixtures.factory("VN", 1),
				FacilityFixtures.factory("VN", 1), FacilityFixtures.factory("VN", 2));
		// the state a killed process leaves: RUNNING, an old heartbeat, and the first batch of rows written
		UUID id = UUID.randomUUID();
		Timestamp longAgo = Timestamp.from(clock.instant().minus(Duration.ofHours(1)));
		jdbc.sql("""
				insert into location_list (id, organisation_id, uploaded_by, file_name, content_type, size_bytes, sha256,
				                           content, format, status, rows_total, rows_done, attempts, worker,
				                           heartbeat_at, created_at, started_at)
				values (?, ?, ?, 'vietnam.csv', 'text/csv', ?, ?, ?, 'CSV', 'RUNNING', 3, 2, 1, 'instance-dead', ?, ?, ?)""")
			.params(id, company.id().value(), company.username(), content.length, sha256(content), content, longAgo,
					longAgo, longAgo)
			.update();
		for (int row = 2; row <= 3; row++) {
			jdbc.sql("""
					insert into location_list_row (list_id, row_number, raw, name, address, country_code, outcome,
					                               facility_key, creates_facility)
					values (?, ?, '{}'::json, 'partial', 'partial', 'VN', 'NEW', ?, true)""")
				.params(id, row, 999_999_000L + row)
				.update();
		}

		assertThat(worker.recoverStale()).contains(id);
		FacilityFixtures.awaitDone(mvc, company.bearer(), id.toString());

		assertThat(count("select count(*) from location_list_row where list_id = ?", id)).isEqualTo(3);
		assertThat(count("select count(*) from location_list_row where list_id = ? and name = 'partial'", id)).isZero();
		assertThat(count("select count(*) from location_list_row where list_id = ? and facility_key > 999999000", id)).isZero();
		assertThat(count("select count(*) from facility where created_list_id = ?", id)).isEqualTo(3);
		assertThat(count("select count(*) from organisation_facility where organisation_id = ?", company.id().value()))
			.isEqualTo(3);
		assertThat(jdbc.sql("select attempts from location_list where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select to_status from location_list_transition where list_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("QUEUED", "RUNNING", "DONE");
	}

	@Test
	void shouldFailAListWithMoreRowsThanAllowedWithTheReadersReason() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		StringBuilder list = new StringBuilder("name,address,country\n");
		for (int i = 0; i <= 200_000; i++) {
			list.append('F').append(i).append(",S").append(i).append(",BD\n");
		}
		var response = FacilityFixtures.upload(mvc, company.bearer(), company.id(), "huge.csv", "text/csv",
				list.toString().getBytes(StandardCharsets.UTF_8));
		// the quick check reads the header only; the count of rows fails in the worker
		assertThat(response.getStatus()).isEqualTo(202);
		String importId = JsonPath.read(response.getContentAsString(), "$.importId");
		String failed = FacilityFixtures.awaitEnd(mvc, company.bearer(), importId);
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(failed, "$.errorMessage")).contains("200,000").doesNotContain("reference");
		assertThat(count("select count(*) from location_list_row where list_id = ?", UUID.fromString(importId)))
			.isZero();
		assertThat(count("select count(*) from organisation_current_list where organisation_id = ?",
				company.id().value())).isZero();
	}

	@Test
	void shouldNotTouchAJobWhoseWorkerIsAlive() {
		UUID id = UUID.randomUUID();
		byte[] content = FacilityFixtures.csv(FacilityFixtures.HEADER, "X,Y,BD,1");
		jdbc.sql("""
				insert into location_list (id, organisation_id, uploaded_by, file_name, size_bytes, sha256, content,
				                           status, attempts, worker, heartbeat_at, created_at, started_at)
				values (?, ?, 'someone', 'alive.csv', ?, ?, ?, 'RUNNING', 1, 'instance-alive', ?, ?, ?)""")
			.params(id, UUID.randomUUID(), content.length, sha256(content), content, Timestamp.from(clock.instant()),
					Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
			.update();
		try {
			assertThat(worker.recoverStale()).doesNotContain(id);
			assertThat(jdbc.sql("select status from location_list where id = ?").param(id).query(String.class).single())
				.isEqualTo("RUNNING");
		}
		finally {
			jdbc.sql("update location_list set status = 'FAILED', finished_at = ?, error_code = 'test' where id = ?")
				.params(Timestamp.from(clock.instant().minus(Duration.ofDays(30))), id)
				.update();
		}
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
