package org.imvo.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with direct database access goes around the append-only trigger and changes or removes
 * an entry; the hash chain gives it away. Tampering breaks the chain for everyone using the same
 * database, so this class runs in a Spring context (and embedded PostgreSQL) of its own: the
 * distinct property makes the test framework build a separate context. Each test restores the row
 * it tampered with, so the tests do not depend on each other's order.
 */
@PlatformTest
@TestPropertySource(properties = "imvo.audit-test=tamper")
class AuditTrailTamperTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	Organisations organisations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformUserDetailsService users;

	@Test
	void shouldDetectAnEntryWhoseContentWasChanged() throws Exception {
		long victim = threeNewEntries().get(1);
		assertThat(trail.verify().intact()).as("intact before tampering").isTrue();
		String original = jdbc.sql("select summary from audit_event where id = ?").param(victim).query(String.class).single();

		bypassingTheTrigger("update audit_event set summary = 'Nothing happened here' where id = ?", victim);
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenId()).isEqualTo(victim);
			assertThat(verification.problem()).contains("changed");

			// the secretariat sees the same through the API and on the page
			mvc.perform(get("/api/v1/audit/verification")
				.header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo"))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(victim));
			mvc.perform(post("/audit/verification").with(user(users.loadUserByUsername("secretariat@demo"))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("The chain is broken.")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Entry " + victim + ":")));
		}
		finally {
			bypassingTheTrigger("update audit_event set summary = ? where id = ?", original, victim);
		}
		assertThat(trail.verify().intact()).as("intact once the original content is back").isTrue();
	}

	@Test
	void shouldDetectAnEntryRemovedFromTheMiddle() {
		List<Long> ids = threeNewEntries();
		long victim = ids.get(1);
		assertThat(trail.verify().intact()).as("intact before tampering").isTrue();
		Map<String, Object> row = jdbc.sql("select * from audit_event where id = ?").param(victim).query().singleRow();

		bypassingTheTrigger("delete from audit_event where id = ?", victim);
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			// the gap shows at the entry after the removed one: its predecessor's hash is not the one it recorded
			assertThat(verification.firstBrokenId()).isEqualTo(ids.get(2));
			assertThat(verification.problem()).contains("removed");
		}
		finally {
			jdbc.sql("""
					insert into audit_event (id, occurred_at, actor, organisation_id, action, entity_type, entity_id,
					                         summary, previous_hash, hash)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(row.get("id"), (Timestamp) row.get("occurred_at"), row.get("actor"), row.get("organisation_id"),
						row.get("action"), row.get("entity_type"), row.get("entity_id"), row.get("summary"),
						row.get("previous_hash"), row.get("hash"))
				.update();
		}
		assertThat(trail.verify().intact()).as("intact once the entry is back").isTrue();
	}

	@Test
	void shouldDetectAnEntryInsertedWithAForgedHash() {
		threeNewEntries();
		long forged = jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, entity_type, summary, previous_hash, hash)
				values (now(), 'intruder', 'organisation.created', 'organisation', 'Looks legitimate', ?, ?)
				returning id""")
			.params("0".repeat(64), "f".repeat(64))
			.query(Long.class)
			.single();
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenId()).isEqualTo(forged);
		}
		finally {
			bypassingTheTrigger("delete from audit_event where id = ?", forged);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/** Three fresh entries (organisations created by this test), by id. */
	private List<Long> threeNewEntries() {
		return List.of(1, 2, 3).stream().map(i -> {
			String name = "Tamper Test " + i + " " + UUID.randomUUID();
			var created = transactions
				.execute(status -> organisations.create(new NewOrganisation(name, OrganisationType.OTHER, null, null)));
			return jdbc.sql("select id from audit_event where entity_id = ?")
				.param(created.id().toString())
				.query(Long.class)
				.single();
		}).toList();
	}

	/**
	 * Runs one statement with triggers switched off for this transaction only ({@code set local}), as
	 * a database superuser could: the append-only trigger does not fire in replica mode.
	 */
	private void bypassingTheTrigger(String sql, Object... params) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			int changed = jdbc.sql(sql).params(params).update();
			assertThat(changed).as("rows changed by: " + sql).isEqualTo(1);
		});
	}

}
