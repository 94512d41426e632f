package org.imvo.platform.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.audit.AuditQuery;
import org.imvo.platform.audit.AuditTrail;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformTest
class CovenantApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail audit;

	String secretariat;

	String companyA;

	@BeforeEach
	void tokens() throws Exception {
		secretariat = Api.token(mvc, "secretariat@demo");
		companyA = Api.token(mvc, "company-a@demo");
	}

	@Test
	void shouldListTheDemoCovenantForACompany() throws Exception {
		mvc.perform(get("/api/v1/covenants").header("Authorization", Api.bearer(companyA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'Agreement on Sustainable Garments and Textile (demo)')].sector")
				.value(hasItem("Garments and textile")))
			.andExpect(jsonPath("$[?(@.name == 'Agreement on Sustainable Garments and Textile (demo)')].id")
				.value(hasItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))))
			.andExpect(jsonPath("$[?(@.name == 'Agreement on Sustainable Garments and Textile (demo)')].status")
				.value(hasItem("ACTIVE")))
			.andExpect(jsonPath("$[?(@.name == 'Agreement on Sustainable Garments and Textile (demo)')].termStart")
				.value(hasItem("2026-07-01")));
	}

	@Test
	void shouldShowTheDemoCovenantInDetail() throws Exception {
		String id = demoCovenantId();
		mvc.perform(get("/api/v1/covenants/" + id).header("Authorization", Api.bearer(companyA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.naceCodes").value(hasItem("14")))
			.andExpect(jsonPath("$.nace[?(@.code == '14')].description").value(hasItem("Manufacture of wearing apparel")))
			.andExpect(jsonPath("$.parties", hasSize(4)))
			.andExpect(jsonPath("$.parties[*].constituency")
				.value(containsInAnyOrder("EMPLOYERS", "TRADE_UNIONS", "CIVIL_SOCIETY", "GOVERNMENT")))
			.andExpect(jsonPath("$.stakeholders[0].role").value("STAKEHOLDER"))
			.andExpect(jsonPath("$.stakeholders[0].commitments", hasSize(0)))
			.andExpect(jsonPath("$.themes", hasSize(9)))
			.andExpect(jsonPath("$.bodies[?(@.type == 'STEERING_COMMITTEE')].compositionIssues[*]", hasSize(0)))
			.andExpect(jsonPath("$.bodies[?(@.type == 'COMPLAINTS_COMMITTEE')].members[*].personName")
				.value(hasItem("Prof. Marieke Smit")))
			// company-a sees its own and company-b's active membership, not company-c's application
			.andExpect(jsonPath("$.memberships[*].state").value(containsInAnyOrder("ACTIVE", "ACTIVE")));
	}

	@Test
	void shouldCreateACovenantAsSecretariatWithTheDefaultThemes() throws Exception {
		String name = "Test covenant " + UUID.randomUUID();
		String body = as(secretariat, post("/api/v1/covenants"), covenantJson(name, "DRAFT", "2027-01-01", "2030-12-31"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/covenants/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.naceCodes").value(org.hamcrest.Matchers.contains("13", "14.1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		assertThat(audit.search(new AuditQuery("secretariat@demo", "covenant.created", "covenant", null, null, null, 0, 500))
			.entries()).anySatisfy(e -> assertThat(e.entityId()).isEqualTo(id));
		as(secretariat, get("/api/v1/covenants/" + id), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.themes[*].code").value(hasItem("LIVING_WAGE")))
			.andExpect(jsonPath("$.themes", hasSize(9)));
		// a draft is the secretariat's alone
		as(companyA, get("/api/v1/covenants/" + id), null).andExpect(status().isNotFound());
		as(companyA, get("/api/v1/covenants"), null).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
	}

	@Test
	void shouldForbidACompanyToCreateACovenant() throws Exception {
		as(companyA, post("/api/v1/covenants"),
				covenantJson("Forbidden " + UUID.randomUUID(), "DRAFT", "2027-01-01", "2030-12-31"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldAnswerAnUnknownCovenantWithNotFound() throws Exception {
		as(companyA, get("/api/v1/covenants/" + UUID.randomUUID()), null).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as(companyA, get("/api/v1/covenants/not-an-id"), null).andExpect(status().isNotFound());
	}

	@Test
	void shouldRejectAnInvalidCovenantWithFieldErrors() throws Exception {
		String body = """
				{"name": "", "sector": "Garments", "naceCodes": ["14", "99.99"],
				 "termStart": "2027-01-01", "termEnd": "2033-12-31"}""";
		as(secretariat, post("/api/v1/covenants"), body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "naceCodes", "termEnd")))
			.andExpect(jsonPath("$.errors[?(@.field == 'naceCodes')].message").value(hasItem(
					org.hamcrest.Matchers.containsString("99.99"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'termEnd')].message").value(hasItem(
					org.hamcrest.Matchers.containsString("at most 5 years"))));
	}

	@Test
	void shouldMoveAMembershipThroughItsLifecycleAndKeepItsHistory() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String companyB = organisation("Zuiderzee Fashion Group N.V.").id().toString();
		String membership = JsonPath.read(as(secretariat, post("/api/v1/covenants/" + covenant + "/memberships"),
				"{\"organisationId\": \"" + companyB + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String transitions = "/api/v1/covenants/" + covenant + "/memberships/" + membership + "/transitions";

		as(secretariat, post(transitions), "{\"action\": \"ACTIVATE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.activeSince").isString());
		as(secretariat, post(transitions), "{\"action\": \"SUSPEND\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as(secretariat, post(transitions), "{\"action\": \"SUSPEND\", \"reason\": \"No action plan submitted\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUSPENDED"))
			.andExpect(jsonPath("$.allowedActions").value(containsInAnyOrder("REINSTATE", "EXIT")));
		as(secretariat, post(transitions), "{\"action\": \"ACTIVATE\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("membership.illegal-transition"));
		as(secretariat, post(transitions), "{\"action\": \"REINSTATE\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.suspendedSince").doesNotExist());
		as(secretariat, post(transitions), "{\"action\": \"EXIT\", \"reason\": \"Left the sector\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("EXITED"))
			.andExpect(jsonPath("$.allowedActions", hasSize(0)));
		as(secretariat, post(transitions), "{\"action\": \"REINSTATE\"}").andExpect(status().isConflict());

		as(secretariat, get("/api/v1/covenants/" + covenant + "/memberships/" + membership + "/history"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].from").doesNotExist())
			.andExpect(jsonPath("$[0].to").value("APPLIED"))
			.andExpect(jsonPath("$[2].from").value("ACTIVE"))
			.andExpect(jsonPath("$[2].to").value("SUSPENDED"))
			.andExpect(jsonPath("$[2].reason").value("No action plan submitted"))
			.andExpect(jsonPath("$[2].actor").value("secretariat@demo"))
			.andExpect(jsonPath("$[4].to").value("EXITED"));
		// another company may not read it
		as(companyA, get("/api/v1/covenants/" + covenant + "/memberships/" + membership + "/history"), null)
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRecordStepsTakenEarlierWithTheirDates() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String companyB = organisation("Zuiderzee Fashion Group N.V.").id().toString();
		String membership = JsonPath.read(as(secretariat, post("/api/v1/covenants/" + covenant + "/memberships"),
				"{\"organisationId\": \"" + companyB + "\", \"appliedOn\": \"2026-01-15\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.appliedOn").value("2026-01-15"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String transitions = "/api/v1/covenants/" + covenant + "/memberships/" + membership + "/transitions";
		as(secretariat, post(transitions), "{\"action\": \"ACTIVATE\", \"effectiveOn\": \"2026-01-10\"}")
			.andExpect(status().isBadRequest());
		as(secretariat, post(transitions), "{\"action\": \"ACTIVATE\", \"effectiveOn\": \"2999-01-01\"}")
			.andExpect(status().isBadRequest());
		as(secretariat, post(transitions), "{\"action\": \"ACTIVATE\", \"effectiveOn\": \"2026-02-01\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activeSince").value("2026-02-01"));
		as(secretariat, get("/api/v1/covenants/" + covenant + "/memberships/" + membership + "/history"), null)
			.andExpect(jsonPath("$[0].effectiveOn").value("2026-01-15"))
			.andExpect(jsonPath("$[1].effectiveOn").value("2026-02-01"));
	}

	@Test
	void shouldLetACompanyApplyForItsOwnOrganisationOnly() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String companyB = organisation("Zuiderzee Fashion Group N.V.").id().toString();
		as(companyA, post("/api/v1/covenants/" + covenant + "/memberships"), "{\"organisationId\": \"" + companyB + "\"}")
			.andExpect(status().isForbidden());
		String membership = JsonPath.read(as(companyA, post("/api/v1/covenants/" + covenant + "/memberships"),
				"{\"lightRegime\": true}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andExpect(jsonPath("$.lightRegime").value(true))
			.andExpect(jsonPath("$.organisationName").value("Noordzee Apparel B.V."))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		as(companyA, post("/api/v1/covenants/" + covenant + "/memberships"), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("membership.exists"));
		as(companyA, get("/api/v1/covenants/" + covenant + "/memberships/" + membership + "/history"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("company-a@demo"));
		// a company cannot decide on its own application
		as(companyA, post("/api/v1/covenants/" + covenant + "/memberships/" + membership + "/transitions"),
				"{\"action\": \"ACTIVATE\"}")
			.andExpect(status().isForbidden());
		// a union is not a company
		as(Api.token(mvc, "union@demo"), post("/api/v1/covenants/" + covenant + "/memberships"), "{}")
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseACommitmentOfAStakeholder() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String ngo = organisation("Fair Supply Chains Coalition").id().toString();
		String participant = JsonPath.read(as(secretariat, post("/api/v1/covenants/" + covenant + "/participants"),
				"{\"organisationId\": \"" + ngo + "\", \"role\": \"STAKEHOLDER\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.constituency").value("CIVIL_SOCIETY"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		as(secretariat, post("/api/v1/covenants/" + covenant + "/commitments"),
				"{\"participantId\": \"" + participant + "\", \"title\": \"Monitor wages\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("commitment.stakeholder"));
	}

	@Test
	void shouldRecordCommitmentsOfAParty() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String union = organisation("Textile Workers' Union NL").id().toString();
		String participant = JsonPath.read(as(secretariat, post("/api/v1/covenants/" + covenant + "/participants"),
				"{\"organisationId\": \"" + union + "\", \"role\": \"PARTY\", \"joinedOn\": \"2027-01-01\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		as(secretariat, post("/api/v1/covenants/" + covenant + "/commitments"),
				"{\"participantId\": \"" + participant + "\", \"title\": \"Train workers\", \"dueOn\": \"2028-06-30\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Train workers"));
		as(companyA, get("/api/v1/covenants/" + covenant), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[0].commitments[0].title").value("Train workers"))
			.andExpect(jsonPath("$.commitments[0].dueOn").value("2028-06-30"));
	}

	@Test
	void shouldRefuseACompanyAsParty() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String companyB = organisation("Zuiderzee Fashion Group N.V.").id().toString();
		as(secretariat, post("/api/v1/covenants/" + covenant + "/participants"),
				"{\"organisationId\": \"" + companyB + "\", \"role\": \"PARTY\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("participant.company"));
	}

	@Test
	void shouldWarnAboutAnUnbalancedSteeringCommittee() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String body = JsonPath.read(as(secretariat, post("/api/v1/covenants/" + covenant + "/bodies"),
				"{\"type\": \"STEERING_COMMITTEE\", \"name\": \"Steering Committee\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.compositionIssues[0].kind").value("NO_CHAIR"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String union = organisation("Textile Workers' Union NL").id().toString();
		String members = "/api/v1/covenants/" + covenant + "/bodies/" + body + "/members";
		as(secretariat, post(members), "{\"personName\": \"A\", \"organisationId\": \"" + union + "\", \"seat\": \"CHAIR\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.constituency").value("TRADE_UNIONS"));
		as(secretariat, post(members), "{\"personName\": \"B\", \"constituency\": \"GOVERNMENT\", \"seat\": \"MEMBER\"}")
			.andExpect(status().isCreated());
		as(secretariat, post(members), "{\"personName\": \"C\", \"constituency\": \"GOVERNMENT\", \"seat\": \"MEMBER\"}")
			.andExpect(status().isCreated());
		as(secretariat, post("/api/v1/covenants/" + covenant + "/bodies"), "{\"type\": \"STEERING_COMMITTEE\", \"name\": \"Second\"}")
			.andExpect(status().isConflict());
		as(secretariat, get("/api/v1/covenants/" + covenant), null)
			.andExpect(jsonPath("$.bodies[0].compositionIssues[*].kind")
				.value(containsInAnyOrder("CHAIR_NOT_INDEPENDENT", "UNEQUAL_SEATS")))
			.andExpect(jsonPath("$.bodies[0].compositionIssues[?(@.kind == 'UNEQUAL_SEATS')].seats.GOVERNMENT")
				.value(hasItem(2)));
	}

	@Test
	void shouldEditAThemeAndRestoreItsStandardName() throws Exception {
		String covenant = createCovenant("ACTIVE");
		String theme = JsonPath.<List<String>>read(as(secretariat, get("/api/v1/covenants/" + covenant + "/themes"), null)
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[?(@.code == 'LIVING_WAGE')].id").get(0);
		as(secretariat, put("/api/v1/covenants/" + covenant + "/themes/" + theme),
				"{\"name\": \"Living wages and purchasing practices\", \"active\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Living wages and purchasing practices"));
		as(secretariat, put("/api/v1/covenants/" + covenant + "/themes/" + theme), "{\"name\": \"\", \"active\": false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Living wage"))
			.andExpect(jsonPath("$.active").value(false));
		as(secretariat, post("/api/v1/covenants/" + covenant + "/themes"), "{\"name\": \"Land rights\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("LAND_RIGHTS"))
			.andExpect(jsonPath("$.position").value(10));
	}

	@Test
	void shouldRefuseAnIllegalStatusChange() throws Exception {
		String covenant = createCovenant("ACTIVE");
		as(secretariat, put("/api/v1/covenants/" + covenant),
				covenantJson("Back to draft " + UUID.randomUUID(), "DRAFT", "2027-01-01", "2030-12-31"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("covenant.illegal-status-change"));
	}

	@Test
	void shouldSearchNaceCodes() throws Exception {
		as(companyA, get("/api/v1/nace").param("q", "wearing apparel"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("14")));
		as(companyA, get("/api/v1/nace").param("q", "14.1"), null).andExpect(jsonPath("$[0].code").value("14.1"));
	}

	@Test
	void shouldHaveLoadedEveryNaceCode(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		assertThat(jdbc.sql("select count(*) from nace_code").query(Long.class).single()).isEqualTo(996);
	}

	@Test
	void shouldDocumentTheCovenantApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/covenants'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/covenants/{covenantId}/memberships/{membershipId}/transitions'].post")
				.exists());
	}

	// --- helpers ---

	private ResultActions as(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.header("Authorization", Api.bearer(token));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	private String createCovenant(String status) throws Exception {
		return JsonPath.read(as(secretariat, post("/api/v1/covenants"),
				covenantJson("Test covenant " + UUID.randomUUID(), status, "2027-01-01", "2030-12-31"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private static String covenantJson(String name, String status, String start, String end) {
		return """
				{"name": "%s", "sector": "Garments and textile", "naceCodes": ["13", "14.1"],
				 "termStart": "%s", "termEnd": "%s", "status": "%s", "description": "A test."}"""
			.formatted(name, start, end, status);
	}

	private String demoCovenantId() throws Exception {
		List<String> ids = JsonPath.read(as(companyA, get("/api/v1/covenants"), null).andReturn()
			.getResponse()
			.getContentAsString(), "$[?(@.name == 'Agreement on Sustainable Garments and Textile (demo)')].id");
		return ids.get(0);
	}

	private OrganisationSummary organisation(String name) {
		return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}

}
