package org.imvo.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail records every write and every secretariat read of confidential data, records
 * nothing for a write that did not happen, refuses changes to its rows, and is only for the
 * secretariat. Tampering is in {@link AuditTrailTamperTest}, which has a database of its own.
 */
@PlatformTest
class AuditTrailTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformUserDetailsService users;

	record Row(long id, Instant occurredAt, String actor, String organisationId, String action, String entityType,
			String entityId, String summary) {
	}

	@Test
	void shouldRecordAWriteWithActorActionEntitySummaryAndTime() throws Exception {
		String name = "Audit Test Company " + UUID.randomUUID();
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String body = mvc
			.perform(post("/api/v1/organisations").header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"type\":\"COMPANY\",\"country\":\"NL\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant after = Instant.now();
		String id = JsonPath.read(body, "$.id");

		List<Row> entries = rows("entity_id = ?", id);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("secretariat@demo");
			assertThat(entry.action()).isEqualTo("organisation.created");
			assertThat(entry.entityType()).isEqualTo("organisation");
			assertThat(entry.organisationId()).isEqualTo(id);
			assertThat(entry.summary()).contains(name).contains("COMPANY");
			assertThat(entry.occurredAt()).isBetween(before, after);
		});
		// and the secretariat finds it by browsing the trail
		mvc.perform(get("/api/v1/audit/events").param("action", "organisation.created")
			.param("organisationId", id)
			.header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.entries[0].actor").value("secretariat@demo"));
	}

	@Test
	void shouldRecordAWriteWithoutASignedInUserAsTheSystem() {
		String name = "Audit Test System " + UUID.randomUUID();
		var created = transactions
			.execute(status -> organisations.create(new NewOrganisation(name, OrganisationType.NGO, "NL", null)));
		assertThat(rows("entity_id = ?", created.id().toString())).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("system");
			assertThat(entry.action()).isEqualTo("organisation.created");
			assertThat(entry.summary()).contains(name);
		});
	}

	@Test
	void shouldAppendNothingForAWriteThatIsRolledBack() {
		String name = "Audit Test Rollback " + UUID.randomUUID();
		long before = lastId();
		transactions.executeWithoutResult(status -> {
			organisations.create(new NewOrganisation(name, OrganisationType.COMPANY, "NL", null));
			// the entry exists inside the writing transaction ...
			assertThat(rows("summary like ?", "%" + name + "%")).hasSize(1);
			status.setRollbackOnly();
		});
		// ... and goes with it
		assertThat(rows("summary like ?", "%" + name + "%")).isEmpty();
		assertThat(organisations.all()).noneMatch(o -> o.name().equals(name));
		assertThat(rows("id > ? and action = 'organisation.created'", before)).noneMatch(r -> r.summary().contains(name));
	}

	@Test
	void shouldAppendNothingForAWriteThatFails() throws Exception {
		String taken = organisations.all().get(0).name();
		long before = lastId();
		mvc.perform(post("/api/v1/organisations").header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + taken + "\",\"type\":\"COMPANY\"}"))
			.andExpect(status().isConflict());
		assertThat(rows("id > ? and action like 'organisation.%'", before)).isEmpty();
	}

	@Test
	void shouldRecordASecretariatReadOfConfidentialData() throws Exception {
		String companyA = organisationOf("company-a@demo");
		long before = lastId();
		mvc.perform(get("/api/v1/organisations/{orgId}/users", companyA)
			.header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo"))))
			.andExpect(status().isOk());
		assertThat(rows("id > ? and action = 'confidential.read'", before)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("secretariat@demo");
			assertThat(entry.organisationId()).isEqualTo(companyA);
			assertThat(entry.entityType()).isEqualTo("/api/v1/organisations/{orgId}/users");
		});
	}

	@Test
	void shouldNotRecordAnOrganisationReadingItsOwnData() throws Exception {
		String companyA = organisationOf("company-a@demo");
		String token = Api.token(mvc, "company-a@demo");
		long before = lastId();
		mvc.perform(get("/api/v1/organisations/{orgId}/users", companyA).header("Authorization", Api.bearer(token)))
			.andExpect(status().isOk());
		assertThat(rows("id > ? and action = 'confidential.read'", before)).isEmpty();
	}

	@Test
	void shouldRecordASecretariatReadOncePerSessionWhileAPagePollsButEveryTokenCall() throws Exception {
		String companyA = organisationOf("company-a@demo");
		Cookie session = signIn("secretariat@demo");
		Cookie otherSession = signIn("secretariat@demo");
		long before = lastId();
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/organisations/{orgId}/locations", companyA).cookie(session)).andExpect(status().isOk());
		}
		mvc.perform(get("/organisations/{orgId}/locations", companyA).cookie(otherSession)).andExpect(status().isOk());
		String token = Api.token(mvc, "secretariat@demo");
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/api/v1/organisations/{orgId}/users", companyA).header("Authorization", Api.bearer(token)))
				.andExpect(status().isOk());
		}
		assertThat(rows("id > ? and action = 'confidential.read'", before))
			.extracting(Row::entityType)
			.containsExactly("/organisations/{orgId}/locations", "/organisations/{orgId}/locations",
					"/api/v1/organisations/{orgId}/users", "/api/v1/organisations/{orgId}/users");
	}

	@Test
	void shouldReportTheChainIntactThroughApiAndPage() throws Exception {
		mvc.perform(get("/api/v1/audit/verification").header("Authorization", Api.bearer(Api.token(mvc, "secretariat@demo"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entriesChecked").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.firstBrokenId").doesNotExist())
			.andExpect(jsonPath("$.verifiedAt").isString());
		mvc.perform(post("/audit/verification").with(user(users.loadUserByUsername("secretariat@demo"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The chain is intact.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("The chain is broken."))));
	}

	@Test
	void shouldRefuseToUpdateDeleteOrTruncateTheTrail() {
		long id = lastId();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'rewritten' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(rows("id = ?", id)).singleElement().extracting(Row::summary).isNotEqualTo("rewritten");
	}

	@Test
	void shouldRefuseTheTrailToEveryoneButTheSecretariat() throws Exception {
		for (String username : List.of("company-a@demo", "union@demo", "committee@demo")) {
			String token = Api.token(mvc, username);
			mvc.perform(get("/api/v1/audit/events").header("Authorization", Api.bearer(token)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/v1/audit/verification").header("Authorization", Api.bearer(token)))
				.andExpect(status().isForbidden());
			var user = users.loadUserByUsername(username);
			mvc.perform(get("/audit").with(user(user))).andExpect(status().isForbidden());
			mvc.perform(post("/audit/verification").with(user(user)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/audit").with(user(users.loadUserByUsername("secretariat@demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Audit trail")));
	}

	// --- helpers ---

	private List<Row> rows(String where, Object param) {
		return jdbc.sql("select * from audit_event where " + where + " order by id")
			.param(param)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
					rs.getString("organisation_id"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("summary")))
			.list();
	}

	private Cookie signIn(String username) throws Exception {
		Cookie cookie = mvc.perform(formLogin().user(username).password("demo-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private long lastId() {
		return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private String organisationOf(String username) {
		return jdbc.sql("select organisation_id::text from user_account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

}
