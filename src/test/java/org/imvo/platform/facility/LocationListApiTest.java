package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.facility.FacilityFixtures.Company;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The location-list calls of the API contract (DESIGN.md section 3) and their access rules. */
@PlatformTest
class LocationListApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldImportACsvListUploadedByCompanyAAndAnswerPerContract() throws Exception {
		String token = Api.token(mvc, "company-a@demo");
		OrganisationId companyA = organisationOf("company-a@demo");
		List<String> before = JsonPath.read(FacilityFixtures.facilities(mvc, Api.bearer(token), companyA),
				"$[*].facilityId");
		byte[] list;
		try (InputStream in = new ClassPathResource("demo/company-a-locations.csv").getInputStream()) {
			list = in.readAllBytes();
		}

		MockHttpServletResponse accepted = FacilityFixtures.upload(mvc, Api.bearer(token), companyA,
				"noordzee-2027.csv", "text/csv", list);
		assertThat(accepted.getStatus()).isEqualTo(202);
		String importId = JsonPath.read(accepted.getContentAsString(), "$.importId");
		assertThat(importId).matches("[0-9a-f-]{36}");
		assertThat(accepted.getHeader("Location")).isEqualTo("/api/v1/imports/" + importId);

		String done = FacilityFixtures.awaitDone(mvc, Api.bearer(token), importId);
		assertThat((Integer) JsonPath.read(done, "$.rowsTotal")).isEqualTo(34);
		assertThat((Integer) JsonPath.read(done, "$.rowsDone")).isEqualTo(34);

		// the same list again: every row is recognised as the facility the first list created
		mvc.perform(get("/api/v1/imports/" + importId + "/rows").header("Authorization", Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(34)))
			.andExpect(jsonPath("$[0].rowNumber").value(2))
			.andExpect(jsonPath("$[*].outcome", everyItem(org.hamcrest.Matchers.is("MATCHED"))))
			.andExpect(jsonPath("$[*].facilityId", everyItem(matchesPattern("[A-Z]{2}[0-9A-Z]{9}"))))
			.andExpect(jsonPath("$[*].score", everyItem(notNullValue())))
			.andExpect(jsonPath("$[0].messages").isArray());
		List<String> rowFacilities = JsonPath.read(FacilityFixtures.rows(mvc, Api.bearer(token), importId),
				"$[*].facilityId");

		String facilities = FacilityFixtures.facilities(mvc, Api.bearer(token), companyA);
		List<String> current = JsonPath.read(facilities, "$[*].facilityId");
		assertThat(current).hasSize(34).containsExactlyInAnyOrderElementsOf(before);
		assertThat(new HashSet<>(current)).isEqualTo(new HashSet<>(rowFacilities));
		mvc.perform(get("/api/v1/organisations/" + companyA + "/facilities").header("Authorization", Api.bearer(token)))
			.andExpect(jsonPath("$[*].name", everyItem(notNullValue())))
			.andExpect(jsonPath("$[*].address", everyItem(notNullValue())))
			.andExpect(jsonPath("$[*].country", everyItem(matchesPattern("[A-Z]{2}"))))
			.andExpect(jsonPath("$[?(@.name == 'Rahman Apparels Ltd. Unit 2')].country", contains("BD")));
	}

	@Test
	void shouldImportTheFirstSheetOfAnXlsxList() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String word = FacilityFixtures.unique();
		byte[] workbook = FacilityFixtures.xlsx(List.of(List.of("Facility Name", "Address", "Country", "Tier"),
				List.of(word + " Spinning Mills Ltd.", "Plot 4, " + FacilityFixtures.unique() + " Road, "
						+ FacilityFixtures.unique(), "Bangladesh", "3"),
				List.of(FacilityFixtures.unique() + " Garments S.A.", "Rua " + FacilityFixtures.unique() + " 15, "
						+ FacilityFixtures.unique(), "PRT", "1")));
		MockHttpServletResponse accepted = FacilityFixtures.upload(mvc, company.bearer(), company.id(),
				"locations.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
		assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(202);
		String importId = JsonPath.read(accepted.getContentAsString(), "$.importId");
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);

		mvc.perform(get("/api/v1/imports/" + importId + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].outcome", contains("NEW", "NEW")))
			.andExpect(jsonPath("$[0].countryCode").value("BD"))
			.andExpect(jsonPath("$[1].countryCode").value("PT"));
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].tier").value(1))
			.andExpect(jsonPath("$[0].country").value("PT"))
			.andExpect(jsonPath("$[1].name").value(word + " Spinning Mills Ltd."));
	}

	@Test
	void shouldAnswerAnUnreadableFileWithAProblemAndStoreNothing() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		MockHttpServletResponse pdf = FacilityFixtures.upload(mvc, company.bearer(), company.id(), "list.csv",
				"text/csv", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(pdf.getStatus()).isBetween(400, 499);
		assertThat(pdf.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat((String) JsonPath.read(pdf.getContentAsString(), "$.detail")).isNotBlank();
		assertThat((String) JsonPath.read(pdf.getContentAsString(), "$.code")).isNotBlank();

		MockHttpServletResponse missing = FacilityFixtures.upload(mvc, company.bearer(), company.id(), "list.csv",
				"text/csv", FacilityFixtures.csv("name,country", "Some Factory,BD"));
		assertThat(missing.getStatus()).isEqualTo(422);
		assertThat((String) JsonPath.read(missing.getContentAsString(), "$.detail")).containsIgnoringCase("address");

		MockHttpServletResponse empty = FacilityFixtures.upload(mvc, company.bearer(), company.id(), "list.csv",
				"text/csv", new byte[0]);
		assertThat(empty.getStatus()).isBetween(400, 499);

		assertThat(jdbc.sql("select count(*) from location_list where organisation_id = ?")
			.param(company.id().value())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/location-lists").header("Authorization",
				company.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
	}

	@Test
	void shouldLetOnlyEditorsOfTheOrganisationUpload() throws Exception {
		Company viewer = FacilityFixtures.company(mvc, organisations, Role.VIEWER);
		byte[] list = FacilityFixtures.csv(FacilityFixtures.HEADER, "A Factory,Street 1,BD,1");
		assertThat(FacilityFixtures.upload(mvc, viewer.bearer(), viewer.id(), "l.csv", "text/csv", list).getStatus())
			.isEqualTo(403);
		Company other = FacilityFixtures.company(mvc, organisations);
		assertThat(FacilityFixtures.upload(mvc, other.bearer(), viewer.id(), "l.csv", "text/csv", list).getStatus())
			.isIn(403, 404);
		String secretariat = Api.token(mvc, "secretariat@demo");
		assertThat(FacilityFixtures.upload(mvc, Api.bearer(secretariat), viewer.id(), "l.csv", "text/csv", list)
			.getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from location_list where organisation_id = ?")
			.param(viewer.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void shouldNotShowCompanyAsImportsRowsOrLocationsToCompanyB() throws Exception {
		String companyB = Api.bearer(Api.token(mvc, "company-b@demo"));
		OrganisationId companyA = organisationOf("company-a@demo");
		String importId = jdbc.sql("select id::text from location_list where organisation_id = ? order by created_at limit 1")
			.param(companyA.value())
			.query(String.class)
			.single();
		for (String path : List.of("/api/v1/imports/" + importId, "/api/v1/imports/" + importId + "/rows",
				"/api/v1/imports/" + importId + "/file", "/api/v1/organisations/" + companyA + "/facilities",
				"/api/v1/organisations/" + companyA + "/location-lists")) {
			MockHttpServletResponse response = mvc.perform(get(path).header("Authorization", companyB))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isIn(403, 404);
			assertThat(response.getContentAsString()).as(path).doesNotContain("Meghna", "company-a@demo");
		}
		assertThat(mvc
			.perform(post("/api/v1/imports/" + importId + "/rows/2/decision").header("Authorization", companyB)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"facilityId\":null}"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(403, 404);
	}

	@Test
	void shouldAnswer404ForAnUnknownImport() throws Exception {
		String token = Api.bearer(Api.token(mvc, "company-a@demo"));
		mvc.perform(get("/api/v1/imports/" + java.util.UUID.randomUUID()).header("Authorization", token))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/not-an-id").header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void shouldRejectUnusableRowsWithAReasonAndImportTheRest() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String word = FacilityFixtures.unique();
		String importId = FacilityFixtures.uploadCsv(mvc, company,
				FacilityFixtures.csv(FacilityFixtures.HEADER, FacilityFixtures.factory("BD", 1), ",No name street 5,BD,1",
						word + " Knits,Somewhere 3,Atlantis,2",
						"=HYPERLINK(\"http://evil\"),\"4 " + word + " Lane, " + FacilityFixtures.unique() + "\",VN,1"));
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);
		String rows = FacilityFixtures.rows(mvc, company.bearer(), importId);
		List<String> outcomes = JsonPath.read(rows, "$[*].outcome");
		assertThat(outcomes).containsExactly("NEW", "REJECTED", "REJECTED", "NEW");
		List<List<String>> messages = JsonPath.read(rows, "$[?(@.outcome == 'REJECTED')].messages");
		assertThat(messages).allSatisfy(m -> assertThat(m).isNotEmpty());
		assertThat(JsonPath.<List<String>>read(rows, "$[3].messages")).isNotEmpty();
		List<String> current = JsonPath.read(FacilityFixtures.facilities(mvc, company.bearer(), company.id()),
				"$[*].facilityId");
		assertThat(current).hasSize(2);
	}

	@Test
	void shouldCountEachNewFactoryOnceWhenAListNamesItTwice() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String word = FacilityFixtures.unique();
		String importId = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER,
				word + " Knit Composite Ltd.,\"Plot 9, " + word + " Road, " + word + "pur\",BD,1",
				word + " Knit Composite Limited,\"Plot 9, " + word + " Rd, " + word + "pur\",Bangladesh,2"));
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);
		String rows = FacilityFixtures.rows(mvc, company.bearer(), importId);
		assertThat(JsonPath.<List<String>>read(rows, "$[*].outcome")).containsExactly("NEW", "NEW");
		Set<String> ids = new HashSet<>(JsonPath.<List<String>>read(rows, "$[*].facilityId"));
		assertThat(ids).hasSize(1);
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].tier").value(1));
	}

	@Test
	void shouldCountANewFactoryOnceWhenTheListNamesItAgainManyRowsLater() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String word = FacilityFixtures.unique();
		String town = FacilityFixtures.unique();
		List<String> lines = new java.util.ArrayList<>();
		lines.add(FacilityFixtures.HEADER);
		lines.add(word + " Knit Composite Ltd.,\"Plot 9, " + word + " Road, " + town + "\",BD,1");
		for (int i = 0; i < 1_100; i++) {
			lines.add(FacilityFixtures.factory("BD", 2));
		}
		lines.add(word + " Knit Composite Limited,\"Plot 9, " + word + " Rd, " + town + "\",Bangladesh,1");
		String importId = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(lines.toArray(String[]::new)));
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);
		String rows = FacilityFixtures.rows(mvc, company.bearer(), importId);
		List<String> ids = JsonPath.read(rows, "$[*].facilityId");
		assertThat(ids).hasSize(1_102).doesNotContainNull();
		assertThat(ids.get(1_101)).isEqualTo(ids.get(0));
		assertThat(new HashSet<>(ids)).hasSize(1_101);
		assertThat(JsonPath.<List<String>>read(rows, "$[1101].messages")).anyMatch(m -> m.contains("row 2"));
	}

	private OrganisationId organisationOf(String username) {
		return new OrganisationId(jdbc.sql("select organisation_id from user_account where username = ?")
			.param(username)
			.query(java.util.UUID.class)
			.single());
	}

}
