package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.audit.AuditQuery;
import org.imvo.platform.audit.AuditTrail;
import org.imvo.platform.facility.FacilityFixtures.Company;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Review decisions and their memory, and the secretariat's registry corrections, through the API. */
@PlatformTest
class ReviewAndRegistryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditTrail audit;

	/** Words of a factory: the registry knows "A B Textile Mills Ltd"; a list writes "B C Textiles" at the same address. */
	record Factory(String a, String b, String c, String address) {

		static Factory unique() {
			return new Factory(FacilityFixtures.unique(), FacilityFixtures.unique(), FacilityFixtures.unique(),
					"Plot " + (10 + new java.util.Random().nextInt(890)) + ", " + FacilityFixtures.unique() + " Road, "
							+ FacilityFixtures.unique());
		}

		String registered() {
			return a + " " + b + " Textile Mills Ltd,\"" + address + "\",BD,1";
		}

		String doubtful() {
			return b + " " + c + " Textiles,\"" + address + "\",BD,1";
		}

	}

	@Test
	void shouldAskAboutADoubtfulRowOnceAndRememberTheConfirmedFacility() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		Factory factory = Factory.unique();
		String first = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.registered()));
		FacilityFixtures.awaitDone(mvc, company.bearer(), first);
		String facility = JsonPath.read(FacilityFixtures.rows(mvc, company.bearer(), first), "$[0].facilityId");

		// a replacement list describes the factory differently: the platform asks
		String second = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.doubtful()));
		String done = FacilityFixtures.awaitDone(mvc, company.bearer(), second);
		assertThat((Integer) JsonPath.read(done, "$.pendingReview")).isEqualTo(1);
		mvc.perform(get("/api/v1/imports/" + second + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[0].outcome").value("REVIEW"))
			.andExpect(jsonPath("$[0].facilityId").doesNotExist())
			.andExpect(jsonPath("$[0].candidates[0].facilityId").value(facility))
			.andExpect(jsonPath("$[0].candidates[0].score").isNumber())
			.andExpect(jsonPath("$[0].candidates[0].reasons").isArray());
		// undecided, the row is not (yet) one of the current locations
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));

		decide(company, second, 2, "\"" + facility + "\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("MATCHED"))
			.andExpect(jsonPath("$.facilityId").value(facility))
			.andExpect(jsonPath("$.decidedBy").value(company.username()));
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(facility)));
		decide(company, second, 2, "null").andExpect(status().isConflict());

		// the next list writes it the same way: linked at once, no question
		String third = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.doubtful()));
		String thirdDone = FacilityFixtures.awaitDone(mvc, company.bearer(), third);
		assertThat((Integer) JsonPath.read(thirdDone, "$.pendingReview")).isZero();
		mvc.perform(get("/api/v1/imports/" + third + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[0].outcome").value("MATCHED"))
			.andExpect(jsonPath("$[0].facilityId").value(facility));
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(facility)));
		assertThat(audit.search(new AuditQuery(null, "location-list.row-decided", null, company.id().toString(), null,
				null, 0, 10)).entries()).hasSize(1);
	}

	@Test
	void shouldCreateANewFacilityWhenNoneOfTheCandidatesIsTheLocation() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		Factory factory = Factory.unique();
		String first = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.registered()));
		FacilityFixtures.awaitDone(mvc, company.bearer(), first);
		String registered = JsonPath.read(FacilityFixtures.rows(mvc, company.bearer(), first), "$[0].facilityId");
		String second = FacilityFixtures.uploadCsv(mvc, company,
				FacilityFixtures.csv(FacilityFixtures.HEADER, factory.registered(), factory.doubtful()));
		FacilityFixtures.awaitDone(mvc, company.bearer(), second);

		String row = decide(company, second, 3, "null").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NEW"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String created = JsonPath.read(row, "$.facilityId");
		assertThat(created).isNotEqualTo(registered).startsWith("BD");
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$", hasSize(2)));
		mvc.perform(get("/api/v1/facilities/" + created).header("Authorization", company.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(factory.b() + " " + factory.c() + " Textiles"));

		String third = FacilityFixtures.uploadCsv(mvc, company,
				FacilityFixtures.csv(FacilityFixtures.HEADER, factory.registered(), factory.doubtful()));
		FacilityFixtures.awaitDone(mvc, company.bearer(), third);
		mvc.perform(get("/api/v1/imports/" + third + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].outcome", contains("MATCHED", "MATCHED")))
			.andExpect(jsonPath("$[*].facilityId", contains(registered, created)));
	}

	@Test
	void shouldRefuseADecisionForAFacilityThatWasNotACandidate() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		Factory factory = Factory.unique();
		String first = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.registered(),
				FacilityFixtures.factory("BD", 2)));
		FacilityFixtures.awaitDone(mvc, company.bearer(), first);
		String other = JsonPath.read(FacilityFixtures.rows(mvc, company.bearer(), first), "$[1].facilityId");
		String second = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER, factory.doubtful()));
		FacilityFixtures.awaitDone(mvc, company.bearer(), second);
		decide(company, second, 2, "\"" + other + "\"").andExpect(status().isBadRequest());
		decide(company, second, 2, "\"BD0000\"").andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/imports/" + second + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[0].outcome").value("REVIEW"));
	}

	@Test
	void shouldResolveTheIdOfAMergedFacilityToTheSurvivorAndUndoTheMerge() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String importId = FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER,
				FacilityFixtures.factory("BD", 1), FacilityFixtures.factory("BD", 2)));
		FacilityFixtures.awaitDone(mvc, company.bearer(), importId);
		List<String> ids = JsonPath.read(FacilityFixtures.rows(mvc, company.bearer(), importId), "$[*].facilityId");
		String survivor = ids.get(0);
		String absorbed = ids.get(1);
		String secretariat = Api.bearer(Api.token(mvc, "secretariat@demo"));

		// only the secretariat merges
		mvc.perform(post("/api/v1/facilities/" + survivor + "/merge").header("Authorization", company.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"absorbedFacilityId\":\"" + absorbed + "\",\"reason\":\"same\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/facilities/" + survivor + "/merge").header("Authorization", secretariat)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"absorbedFacilityId\":\"" + absorbed + "\",\"reason\":\"Same factory: one gate, two names\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facilityId").value(survivor));

		mvc.perform(get("/api/v1/facilities/" + absorbed).header("Authorization", company.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facilityId").value(survivor))
			.andExpect(jsonPath("$.requestedId").value(absorbed))
			.andExpect(jsonPath("$.sourcedBy").doesNotExist());
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(survivor)));
		mvc.perform(get("/api/v1/imports/" + importId + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(survivor, survivor)));
		mvc.perform(get("/api/v1/facilities/" + survivor).header("Authorization", secretariat))
			.andExpect(jsonPath("$.aliases", contains(absorbed)))
			.andExpect(jsonPath("$.sourcedBy[0].organisationId").value(company.id().toString()))
			.andExpect(jsonPath("$.history[0].kind").value("MERGE"))
			.andExpect(jsonPath("$.history[0].undoable").value(true));

		mvc.perform(post("/api/v1/facilities/" + absorbed + "/unmerge").header("Authorization", secretariat)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Two factories after all\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.facilityId").value(absorbed))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(get("/api/v1/imports/" + importId + "/rows").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(survivor, absorbed)));
		mvc.perform(get("/api/v1/organisations/" + company.id() + "/facilities").header("Authorization", company.bearer()))
			.andExpect(jsonPath("$", hasSize(2)));
		assertThat(audit.search(new AuditQuery(null, "facility.", null, null, null, null, 0, 50))
			.entries()
			.stream()
			.map(e -> e.summary())
			.filter(s -> s.contains(absorbed))).hasSize(2);
	}

	@Test
	void shouldSeparateAWronglyMatchedLocationIntoANewFacilityAndKeepItSeparate() throws Exception {
		Company first = FacilityFixtures.company(mvc, organisations);
		Company second = FacilityFixtures.company(mvc, organisations);
		String name = FacilityFixtures.unique() + " " + FacilityFixtures.unique() + " Knitwear Ltd";
		String address = "\"Plot 5, " + FacilityFixtures.unique() + " Road, " + FacilityFixtures.unique() + "\"";
		String a = FacilityFixtures.uploadCsv(mvc, first, FacilityFixtures.csv(FacilityFixtures.HEADER, name + "," + address + ",BD,1"));
		FacilityFixtures.awaitDone(mvc, first.bearer(), a);
		String b = FacilityFixtures.uploadCsv(mvc, second, FacilityFixtures.csv(FacilityFixtures.HEADER, name + "," + address + ",BD,1"));
		FacilityFixtures.awaitDone(mvc, second.bearer(), b);
		String shared = JsonPath.read(FacilityFixtures.rows(mvc, second.bearer(), b), "$[0].facilityId");
		assertThat(shared).isEqualTo(JsonPath.read(FacilityFixtures.rows(mvc, first.bearer(), a), "$[0].facilityId"));

		String secretariat = Api.bearer(Api.token(mvc, "secretariat@demo"));
		mvc.perform(post("/api/v1/imports/" + b + "/rows/2/separate").header("Authorization", second.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"mine\"}")).andExpect(status().isForbidden());
		String separated = JsonPath.read(mvc
			.perform(post("/api/v1/imports/" + b + "/rows/2/separate").header("Authorization", secretariat)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Another factory with the same name across the road\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.facilityId");
		assertThat(separated).isNotEqualTo(shared);
		mvc.perform(get("/api/v1/organisations/" + second.id() + "/facilities").header("Authorization", second.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(separated)));
		mvc.perform(get("/api/v1/organisations/" + first.id() + "/facilities").header("Authorization", first.bearer()))
			.andExpect(jsonPath("$[*].facilityId", contains(shared)));

		// the company's next list keeps its location apart from the other company's facility
		String again = FacilityFixtures.uploadCsv(mvc, second, FacilityFixtures.csv(FacilityFixtures.HEADER, name + "," + address + ",BD,1"));
		FacilityFixtures.awaitDone(mvc, second.bearer(), again);
		mvc.perform(get("/api/v1/imports/" + again + "/rows").header("Authorization", second.bearer()))
			.andExpect(jsonPath("$[0].facilityId").value(separated))
			.andExpect(jsonPath("$[0].facilityId").value(not(shared)));
	}

	@Test
	void shouldKeepWhoSourcesAtAFacilityFromCompanies() throws Exception {
		String companyB = Api.bearer(Api.token(mvc, "company-b@demo"));
		String secretariat = Api.bearer(Api.token(mvc, "secretariat@demo"));
		String rows = mvc.perform(get("/api/v1/organisations/"
				+ organisations.all().stream().filter(o -> o.name().startsWith("Zuiderzee")).findFirst().orElseThrow().id()
				+ "/facilities").header("Authorization", companyB)).andReturn().getResponse().getContentAsString();
		String meghna = JsonPath.<List<String>>read(rows, "$[?(@.name =~ /Meghna Knit.*/)].facilityId").get(0);
		String asCompany = mvc.perform(get("/api/v1/facilities/" + meghna).header("Authorization", companyB))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asCompany).doesNotContain("Noordzee", "Zuiderzee", "sourcedBy", "organisationId");
		mvc.perform(get("/api/v1/facilities/" + meghna).header("Authorization", secretariat))
			.andExpect(jsonPath("$.sourcedBy", hasSize(2)))
			.andExpect(jsonPath("$.provenance[?(@.attribute == 'name')].value",
					hasItems("Meghna Knit Composite Ltd.", "Meghna Knit Composite Limited")));
		mvc.perform(get("/api/v1/facilities").param("q", "meghna").header("Authorization", companyB))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/facilities").param("q", "meghna knit").header("Authorization", secretariat))
			.andExpect(jsonPath("$[0].facilityId").value(meghna));
	}

	private ResultActions decide(Company company, String importId, int row, String facilityJson) throws Exception {
		return mvc.perform(post("/api/v1/imports/" + importId + "/rows/" + row + "/decision")
			.header("Authorization", company.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"facilityId\":" + facilityJson + "}"));
	}

}
