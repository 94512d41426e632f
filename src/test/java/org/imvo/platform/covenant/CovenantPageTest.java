package org.imvo.platform.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.internal.PlatformUserDetails;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformTest
class CovenantPageTest {

	static final String DEMO = "Agreement on Sustainable Garments and Textile (demo)";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformUserDetailsService users;

	@Autowired
	Covenants covenants;

	@Autowired
	Organisations organisations;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private CurrentUser currentUser(String username) {
		return ((PlatformUserDetails) users.loadUserByUsername(username)).user();
	}

	private CovenantSummary demo() {
		return covenants.visibleTo(currentUser("company-a@demo"))
			.stream()
			.filter(c -> c.name().equals(DEMO))
			.findFirst()
			.orElseThrow();
	}

	private CovenantId newCovenant(CovenantStatus status) {
		return covenants.create(new CovenantInput("Page test " + UUID.randomUUID(), "Garments", List.of("14"),
				LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), "For a page test.", null, status, false, true))
			.id();
	}

	@Test
	void shouldListTheCovenantsAsCards() throws Exception {
		mvc.perform(get("/covenants").with(as("company-a@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DEMO)))
			.andExpect(content().string(containsString("covenant-card")))
			.andExpect(content().string(not(containsString("New covenant"))));
		mvc.perform(get("/covenants").with(as("secretariat@demo")))
			.andExpect(content().string(containsString("New covenant")));
	}

	@Test
	void shouldShowEverySectionOfTheDemoCovenant() throws Exception {
		String base = "/covenants/" + demo().id();
		mvc.perform(get(base).with(as("union@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Manufacture of wearing apparel")))
			.andExpect(content().string(containsString("term-progress")));
		mvc.perform(get(base + "/parties").with(as("union@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Strengthen social dialogue in production countries")))
			.andExpect(content().string(containsString("Garment Workers&#39; Voice Bangladesh")));
		mvc.perform(get(base + "/themes").with(as("union@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Freedom of association")));
		mvc.perform(get(base + "/bodies").with(as("union@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prof. Marieke Smit")))
			.andExpect(content().string(not(containsString("alert-warning"))));
		mvc.perform(get(base + "/members").with(as("union@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noordzee Apparel B.V.")))
			// an application is not for everyone's eyes, nor is the history
			.andExpect(content().string(not(containsString("Veluwe Workwear"))))
			.andExpect(content().string(not(containsString("Accept as member"))));
	}

	@Test
	void shouldShowApplicationsAndTransitionButtonsToTheSecretariat() throws Exception {
		mvc.perform(get("/covenants/" + demo().id() + "/members").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Veluwe Workwear B.V.")))
			.andExpect(content().string(containsString("Accept as member")))
			.andExpect(content().string(containsString("Light regime")));
	}

	@Test
	void shouldShowItsOwnMembershipAndHistoryToACompany() throws Exception {
		mvc.perform(get("/covenants/" + demo().id() + "/members").with(as("company-a@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your company is a member of this covenant.")))
			.andExpect(content().string(containsString("Signed the covenant; action plan received.")));
	}

	@Test
	void shouldCreateACovenantThroughTheForm() throws Exception {
		mvc.perform(get("/covenants/new").with(as("secretariat@demo"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"naceCodes\"")));
		String name = "Form covenant " + UUID.randomUUID();
		String location = mvc
			.perform(post("/covenants").with(as("secretariat@demo")).with(csrf())
				.param("name", name)
				.param("sector", "Metals")
				.param("naceCodes", "24, 25.1")
				.param("termStart", "2027-01-01")
				.param("termEnd", "2031-12-31")
				.param("status", "DRAFT")
				.param("_publicListed", "on")
				.param("defaultThemes", "true")
				.param("description", "A covenant for the metals sector."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/covenants/*"))
			.andExpect(flash().attribute("flash", "covenant.flash.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Manufacture of basic metals")));
		// a draft is hidden from others
		mvc.perform(get(location).with(as("company-a@demo"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldShowFieldErrorsOnTheForm() throws Exception {
		mvc.perform(post("/covenants").with(as("secretariat@demo")).with(csrf())
			.param("name", "")
			.param("sector", "Metals")
			.param("naceCodes", "24, 99.99")
			.param("termStart", "2027-01-01")
			.param("termEnd", "2028-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("99.99")))
			.andExpect(content().string(containsString("at least 3 years")));
	}

	@Test
	void shouldRefuseAFormWithoutCsrfToken() throws Exception {
		mvc.perform(post("/covenants").with(as("secretariat@demo")).param("name", "No token"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseTheSecretariatFormsToACompany() throws Exception {
		mvc.perform(get("/covenants/new").with(as("company-a@demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/covenants").with(as("company-a@demo")).with(csrf()).param("name", "X"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetACompanyApplyThroughThePage() throws Exception {
		CovenantId id = newCovenant(CovenantStatus.ACTIVE);
		mvc.perform(get("/covenants/" + id).with(as("company-b@demo")))
			.andExpect(content().string(containsString("Apply for membership")));
		mvc.perform(post("/covenants/" + id + "/memberships").with(as("company-b@demo")).with(csrf())
			.param("lightRegime", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "covenant.flash.applied"));
		assertThat(covenants.memberships(id, currentUser("company-b@demo")))
			.singleElement()
			.satisfies(m -> {
				assertThat(m.state()).isEqualTo(MembershipState.APPLIED);
				assertThat(m.lightRegime()).isTrue();
			});
		mvc.perform(get("/covenants/" + id).with(as("company-b@demo")))
			.andExpect(content().string(containsString("Your application awaits the secretariat&#39;s decision.")));
	}

	@Test
	void shouldSuspendAMembershipOnlyWithAReason() throws Exception {
		CovenantId id = newCovenant(CovenantStatus.ACTIVE);
		var company = organisations.all().stream().filter(o -> o.name().equals("Noordzee Apparel B.V.")).findFirst()
			.orElseThrow();
		MembershipView membership = covenants.applyForMembership(id, company.id(), false);
		covenants.transition(id, membership.id(), new MembershipTransition(MembershipAction.ACTIVATE, null));
		String url = "/covenants/" + id + "/memberships/" + membership.id() + "/transitions";
		mvc.perform(post(url).with(as("secretariat@demo")).with(csrf()).param("action", "SUSPEND").param("reason", " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("covenantError", "covenant.validation.reason-required"));
		mvc.perform(post(url).with(as("secretariat@demo")).with(csrf()).param("action", "SUSPEND")
			.param("reason", "Action plan overdue"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "covenant.flash.transition.SUSPEND"));
		mvc.perform(post(url).with(as("secretariat@demo")).with(csrf()).param("action", "ACTIVATE"))
			.andExpect(flash().attribute("covenantError", "covenant.error.membership.illegal-transition"));
		mvc.perform(get("/covenants/" + id + "/members").with(as("secretariat@demo")))
			.andExpect(content().string(containsString("Action plan overdue")))
			.andExpect(content().string(containsString("Reinstate")));
		mvc.perform(post(url).with(as("company-a@demo")).with(csrf()).param("action", "REINSTATE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldAddAPartyAndRefuseACommitmentOfAStakeholderThroughThePage() throws Exception {
		CovenantId id = newCovenant(CovenantStatus.ACTIVE);
		var ngo = organisations.all().stream().filter(o -> o.name().equals("Fair Supply Chains Coalition")).findFirst()
			.orElseThrow();
		mvc.perform(post("/covenants/" + id + "/participants").with(as("secretariat@demo")).with(csrf())
			.param("organisationId", ngo.id().toString())
			.param("role", "STAKEHOLDER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "covenant.flash.participant-added"));
		ParticipantView stakeholder = covenants.details(id, currentUser("secretariat@demo")).stakeholders().get(0);
		mvc.perform(post("/covenants/" + id + "/commitments").with(as("secretariat@demo")).with(csrf())
			.param("participantId", stakeholder.id().toString())
			.param("title", "Monitor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only parties make commitments")));
	}

	@Test
	void shouldWarnAboutTheCompositionOnTheBodiesPage() throws Exception {
		CovenantId id = newCovenant(CovenantStatus.ACTIVE);
		mvc.perform(post("/covenants/" + id + "/bodies").with(as("secretariat@demo")).with(csrf())
			.param("type", "STEERING_COMMITTEE")
			.param("name", "Steering Committee"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/covenants/" + id + "/bodies").with(as("secretariat@demo")))
			.andExpect(content().string(containsString("it needs an independent chair")));
	}

	@Test
	void shouldSearchNaceCodesForTheForm() throws Exception {
		mvc.perform(get("/covenants/nace-search").param("q", "apparel").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"14.1\"")));
	}

	@Test
	void shouldShowTheCovenantsInDutch() throws Exception {
		mvc.perform(get("/covenants/" + demo().id() + "/bodies").param("lang", "nl").with(as("committee@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Klachten- en geschillencommissie")))
			.andExpect(content().string(containsString("Organen")));
	}

	@Test
	void shouldPutCovenantCardsOnTheStartPage() throws Exception {
		mvc.perform(get("/").with(as("secretariat@demo")))
			.andExpect(content().string(containsString("Membership applications await your decision")));
		mvc.perform(get("/").with(as("union@demo")))
			.andExpect(content().string(containsString("You are a party to " + DEMO)))
			.andExpect(content().string(containsString("You sit on the Steering Committee of " + DEMO)));
		mvc.perform(get("/").with(as("committee@demo")))
			.andExpect(content().string(containsString("You sit on the Complaints and Disputes Committee")));
	}

}
