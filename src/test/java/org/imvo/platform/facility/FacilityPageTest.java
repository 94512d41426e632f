package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.imvo.platform.facility.FacilityFixtures.Company;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The production-location pages, the review screen and the registry pages, rendered on the server. */
@PlatformTest
class FacilityPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformUserDetailsService users;

	@Autowired
	Organisations organisations;

	@Autowired
	LocationLists lists;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private OrganisationId organisationOf(String username) {
		return new OrganisationId(jdbc.sql("select organisation_id from user_account where username = ?")
			.param(username)
			.query(java.util.UUID.class)
			.single());
	}

	@Test
	void shouldShowACompanyItsCurrentLocationsWithFiltersUploadFormAndHistory() throws Exception {
		OrganisationId companyA = organisationOf("company-a@demo");
		mvc.perform(get("/organisations/" + companyA + "/locations").with(as("company-a@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meghna Knit Composite Ltd.")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("<label for=\"file\"")))
			.andExpect(content().string(containsString("noordzee-production-locations-2026.csv")))
			.andExpect(content().string(containsString("Bangladesh")));
		mvc.perform(get("/organisations/" + companyA + "/locations").param("country", "PT").with(as("company-a@demo")))
			.andExpect(content().string(containsString("Confecções Minho Lda.")))
			.andExpect(content().string(not(containsString("Meghna Knit Composite Ltd."))));
		mvc.perform(get("/organisations/" + companyA + "/locations").param("tier", "3").param("lang", "nl")
			.with(as("company-a@demo")))
			.andExpect(content().string(containsString("Productielocaties")))
			.andExpect(content().string(containsString("Aksu Cotton Spinning Co. Ltd.")))
			.andExpect(content().string(not(containsString("Meghna Knit Composite Ltd."))));
	}

	@Test
	void shouldUploadThroughTheFormAndFollowTheImportOnItsPage() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		byte[] list = FacilityFixtures.csv(FacilityFixtures.HEADER, FacilityFixtures.factory("IN", 1),
				FacilityFixtures.factory("TR", 2));
		String location = mvc
			.perform(multipart("/organisations/" + company.id() + "/locations")
				.file(new MockMultipartFile("file", "mine.csv", "text/csv", list))
				.with(csrf())
				.with(as(company.username())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andExpect(flash().attribute("flash", "facility.flash.uploaded"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ImportId id = ImportId.parse(location.substring("/imports/".length()));
		mvc.perform(get(location).with(as(company.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("mine.csv")));
		awaitDone(id);
		mvc.perform(get(location + "/progress").with(as(company.username())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(get(location).param("outcome", "NEW").with(as(company.username())))
			.andExpect(content().string(containsString("Industries")))
			.andExpect(content().string(containsString("badge-outcome-NEW")));
		mvc.perform(get(location + "/file").with(as(company.username())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(list));
	}

	@Test
	void shouldShowWhyAFileCannotBeReadAndStoreNothing() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		mvc.perform(multipart("/organisations/" + company.id() + "/locations")
			.file(new MockMultipartFile("file", "mine.csv", "text/csv", FacilityFixtures.csv("name,country", "X,BD")))
			.with(csrf())
			.with(as(company.username())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("aria-describedby=\"file-help upload-error\"")))
			.andExpect(content().string(containsString("address")));
		assertThat(lists.history(company.id())).isEmpty();
	}

	@Test
	void shouldShowEachRowToReviewBesideItsCandidates() throws Exception {
		OrganisationId companyB = organisationOf("company-b@demo");
		ImportSummary demo = lists.history(companyB).get(lists.history(companyB).size() - 1);
		List<ImportRow> review = lists.rows(demo.id(), RowOutcome.REVIEW, 0, 10).rows();
		var page = mvc.perform(get("/imports/" + demo.id() + "/review").with(as("company-b@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review")));
		for (ImportRow row : review) {
			page.andExpect(content().string(containsString(escape(row.name()))));
			for (CandidateView candidate : row.candidates()) {
				page.andExpect(content().string(containsString(escape(candidate.name()))))
					.andExpect(content().string(containsString("value=\"" + candidate.facilityId() + "\"")));
			}
		}
		mvc.perform(get("/imports/" + demo.id() + "/review").with(as("company-a@demo"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldConfirmACandidateOnTheReviewScreen() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		String a = FacilityFixtures.unique();
		String b = FacilityFixtures.unique();
		String address = "\"Plot 44, " + FacilityFixtures.unique() + " Road, " + FacilityFixtures.unique() + "\"";
		ImportId first = ImportId.parse(FacilityFixtures.uploadCsv(mvc, company,
				FacilityFixtures.csv(FacilityFixtures.HEADER, a + " " + b + " Textile Mills Ltd," + address + ",BD,1")));
		awaitDone(first);
		ImportId second = ImportId.parse(FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(
				FacilityFixtures.HEADER, b + " " + FacilityFixtures.unique() + " Textiles," + address + ",BD,1")));
		awaitDone(second);
		FacilityId candidate = lists.row(second, 2).candidates().get(0).facilityId();
		mvc.perform(post("/imports/" + second + "/rows/2/decision").param("facilityId", candidate.value())
			.with(csrf())
			.with(as(company.username())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "facility.flash.confirmed"));
		assertThat(lists.row(second, 2).outcome()).isEqualTo(RowOutcome.MATCHED);
		assertThat(lists.currentLocations(company.id(), LocationFilter.none())).extracting(Location::facilityId)
			.containsExactly(candidate);
		mvc.perform(get("/imports/" + second + "/review").with(as(company.username())))
			.andExpect(content().string(containsString("Nothing left to review")));
	}

	@Test
	void shouldShowTheRegistryToTheSecretariatOnly() throws Exception {
		mvc.perform(get("/registry").param("q", "meghna knit").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meghna Knit Composite Ltd.")))
			.andExpect(content().string(containsString("Zuiderzee Fashion Group N.V.")));
		mvc.perform(get("/registry").with(as("company-a@demo"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowWhoSourcesAtAFacilityToTheSecretariatAndNotToCompanies() throws Exception {
		FacilityId meghna = lists.currentLocations(organisationOf("company-b@demo"), new LocationFilter(null, null, "Meghna Knit"))
			.get(0)
			.facilityId();
		mvc.perform(get("/facilities/" + meghna).with(as("company-b@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meghna Knit Composite Ltd.")))
			.andExpect(content().string(not(containsString("Noordzee"))))
			.andExpect(content().string(not(containsString("Sourced by"))));
		mvc.perform(get("/facilities/" + meghna).with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noordzee Apparel B.V.")))
			.andExpect(content().string(containsString("Zuiderzee Fashion Group N.V.")))
			.andExpect(content().string(containsString("Meghna Knit Composite Limited")));
	}

	@Test
	void shouldMergeAndUndoThroughTheFacilityPage() throws Exception {
		Company company = FacilityFixtures.company(mvc, organisations);
		ImportId id = ImportId.parse(FacilityFixtures.uploadCsv(mvc, company, FacilityFixtures.csv(FacilityFixtures.HEADER,
				FacilityFixtures.factory("VN", 1), FacilityFixtures.factory("VN", 1))));
		awaitDone(id);
		FacilityId survivor = lists.row(id, 2).facilityId();
		FacilityId absorbed = lists.row(id, 3).facilityId();
		mvc.perform(post("/facilities/" + survivor + "/merge").param("absorbedFacilityId", "XX123")
			.param("reason", "dup")
			.with(csrf())
			.with(as("secretariat@demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("mergeError"));
		mvc.perform(post("/facilities/" + survivor + "/merge").param("absorbedFacilityId", absorbed.value())
			.param("reason", "One factory")
			.with(csrf())
			.with(as(company.username())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/facilities/" + survivor + "/merge").param("absorbedFacilityId", absorbed.value().toLowerCase())
			.param("reason", "One factory, two gates")
			.with(csrf())
			.with(as("secretariat@demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "facility.flash.merged"));
		mvc.perform(get("/facilities/" + absorbed).with(as("secretariat@demo")))
			.andExpect(content().string(containsString(survivor.value())))
			.andExpect(content().string(containsString("One factory, two gates")))
			.andExpect(content().string(containsString("/facilities/" + absorbed + "/unmerge")));
		mvc.perform(post("/facilities/" + absorbed + "/unmerge").param("reason", "Two factories")
			.with(csrf())
			.with(as("secretariat@demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "facility.flash.unmerged"));
		assertThat(lists.currentLocations(company.id(), LocationFilter.none())).hasSize(2);
	}

	@Test
	void shouldPutRowsToReviewOnTheCompanysStartPage() throws Exception {
		mvc.perform(get("/").with(as("company-b@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("need a decision")))
			.andExpect(content().string(containsString("/review")));
		Company fresh = FacilityFixtures.company(mvc, organisations);
		mvc.perform(get("/").with(as(fresh.username())))
			.andExpect(content().string(containsString("Upload your production locations")))
			.andExpect(content().string(containsString("/organisations/" + fresh.id() + "/locations")));
		mvc.perform(get("/").with(as("secretariat@demo")))
			.andExpect(content().string(containsString("href=\"/registry\"")));
	}

	private void awaitDone(ImportId id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (lists.get(id).status().isPending()) {
			assertThat(System.nanoTime()).as("import still running").isLessThan(deadline);
			Thread.sleep(100);
		}
		assertThat(lists.get(id).status()).isEqualTo(ImportStatus.DONE);
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

}
