package org.imvo.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.imvo.platform.identity.IdentityFixtures.organisation;
import static org.imvo.platform.identity.IdentityFixtures.organisationOf;
import static org.imvo.platform.identity.IdentityFixtures.token;
import static org.imvo.platform.identity.IdentityFixtures.tokenRequest;
import static org.imvo.platform.identity.IdentityFixtures.unique;
import static org.imvo.platform.identity.IdentityFixtures.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PlatformTest
class OrganisationAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PlatformUserDetailsService users;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void shouldLetSecretariatAdministratorCreateOrganisationAndUserWhoCanThenUseTheApi() throws Exception {
		mvc.perform(get("/admin/organisations/new").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		String name = unique("Weaving Mill");
		String location = mvc
			.perform(post("/admin/organisations").with(as("secretariat@demo"))
				.with(csrf())
				.param("name", name)
				.param("type", "COMPANY")
				.param("country", "bd")
				.param("website", "https://weaving.example"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "orgs.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/admin/organisations/");
		OrganisationSummary created = organisations.get(OrganisationId.parse(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.type()).isEqualTo(OrganisationType.COMPANY);
		assertThat(created.country()).isEqualTo("BD");

		String username = unique("buyer") + "@weaving.example";
		mvc.perform(post(location + "/users").with(as("secretariat@demo"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Rahima Begum")
			.param("password", "a-long-initial-password")
			.param("roles", "EDITOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "user.created"));
		mvc.perform(get(location).with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Rahima Begum")));

		String token = token(tokenRequest(mvc, username, "a-long-initial-password", "10.10.0.1"));
		mvc.perform(get("/api/v1/me").header("Authorization", Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationId").value(created.id().toString()))
			.andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.hasItems("COMPANY", "EDITOR")));
	}

	@Test
	void shouldListOrganisationsFilteredByTypeAndName() throws Exception {
		mvc.perform(get("/admin/organisations").param("type", "NGO").param("q", "coalition").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fair Supply Chains Coalition")))
			.andExpect(content().string(not(containsString("Noordzee Apparel"))));
		mvc.perform(get("/admin/organisations").param("q", "noordzee").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noordzee Apparel")))
			.andExpect(content().string(not(containsString("Fair Supply Chains Coalition"))));
		// an unknown type is no filter rather than an error
		mvc.perform(get("/admin/organisations").param("type", "NOT_A_TYPE").with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fair Supply Chains Coalition")));
	}

	@Test
	void shouldRefuseAdminPagesAndChangesToMembers() throws Exception {
		OrganisationId companyA = organisationOf(organisations, "Noordzee Apparel B.V.");
		// the refusal is a page with the signed-in user's own navigation, not an anonymous one
		mvc.perform(get("/admin/organisations").with(as("company-a@demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Anna Jansen")))
			.andExpect(content().string(containsString("/logout")));
		mvc.perform(get("/admin/organisations/new").with(as("company-a@demo"))).andExpect(status().isForbidden());
		// its own organisation passes the organisation-scope guard, but the admin page is still refused
		mvc.perform(get("/admin/organisations/" + companyA).with(as("company-a@demo"))).andExpect(status().isForbidden());
		String name = unique("Sneaky");
		mvc.perform(post("/admin/organisations").with(as("company-a@demo"))
			.with(csrf())
			.param("name", name)
			.param("type", "COMPANY")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organisations/" + companyA + "/users").with(as("company-a@demo"))
			.with(csrf())
			.param("username", unique("sneaky") + "@demo")
			.param("displayName", "Sneaky")
			.param("password", "a-long-initial-password")
			.param("roles", "EDITOR")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/organisations/" + companyA).with(as("company-a@demo"))
			.with(csrf())
			.param("name", name)
			.param("type", "NGO")).andExpect(status().isForbidden());
		assertThat(organisations.search(null, name)).isEmpty();
		assertThat(organisations.get(companyA).type()).isEqualTo(OrganisationType.COMPANY);
	}

	@Test
	void shouldLetSecretariatUsersWhoAreNotAdministratorsReadButNotChange() throws Exception {
		OrganisationId secretariat = organisationOf(organisations, "Covenant Secretariat (SER)");
		UserSummary viewer = user(organisations, secretariat, Role.VIEWER);
		mvc.perform(get("/admin/organisations").with(as(viewer.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/admin/organisations/new"))));
		mvc.perform(get("/admin/organisations/" + secretariat).with(as(viewer.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/status\""))));
		String name = unique("Viewer made");
		mvc.perform(post("/admin/organisations").with(as(viewer.username()))
			.with(csrf())
			.param("name", name)
			.param("type", "COMPANY")).andExpect(status().isForbidden());
		assertThat(organisations.search(null, name)).isEmpty();
	}

	@Test
	void shouldRefuseFormPostWithoutCsrfToken() throws Exception {
		String name = unique("No token");
		mvc.perform(post("/admin/organisations").with(as("secretariat@demo")).param("name", name).param("type", "NGO"))
			.andExpect(status().isForbidden());
		assertThat(organisations.search(null, name)).isEmpty();
	}

	@Test
	void shouldReRenderOrganisationFormWithMessagesWhenInputIsInvalid() throws Exception {
		mvc.perform(post("/admin/organisations").with(as("secretariat@demo"))
			.with(csrf())
			.param("name", " ")
			.param("type", "")
			.param("country", "Holland")
			.param("website", "ftp://files.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Enter the organisation&#39;s name.")))
			.andExpect(content().string(containsString("Choose the type of organisation.")))
			.andExpect(content().string(containsString("two-letter ISO country code")))
			.andExpect(content().string(containsString("starting with http:// or https://")))
			.andExpect(content().string(containsString("aria-describedby=\"name-error\"")));
		// the same in Dutch
		mvc.perform(post("/admin/organisations").with(as("secretariat@demo"))
			.with(csrf())
			.cookie(new Cookie("imvo-lang", "nl"))
			.param("name", "")
			.param("type", "NGO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de naam van de organisatie in.")));
	}

	@Test
	void shouldReRenderWithMessageWhenAFormIsTamperedWith() throws Exception {
		mvc.perform(post("/admin/organisations").with(as("secretariat@demo"))
			.with(csrf())
			.param("name", unique("Tampered"))
			.param("type", "EMPEROR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the listed types.")));
		OrganisationId ngo = organisationOf(organisations, "Fair Supply Chains Coalition");
		mvc.perform(post("/admin/organisations/" + ngo + "/users").with(as("secretariat@demo"))
			.with(csrf())
			.param("username", unique("x") + "@example.org")
			.param("displayName", "X")
			.param("password", "a-long-initial-password")
			.param("roles", "SUPERUSER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose roles from the list.")));
		UserSummary member = user(organisations, ngo, Role.EDITOR);
		mvc.perform(post("/admin/organisations/" + ngo + "/users/" + member.id()).with(as("secretariat@demo"))
			.with(csrf())
			.param("displayName", "X")
			.param("roles", "VIEWER")
			.param("enabled", "perhaps"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose whether the account may sign in.")));
		assertThat(organisations.user(member.id()).roles()).containsExactly(Role.EDITOR);
	}

	@Test
	void shouldRefuseADuplicateOrganisationNameWithAMessage() throws Exception {
		mvc.perform(post("/admin/organisations").with(as("secretariat@demo"))
			.with(csrf())
			.param("name", "noordzee apparel b.v.")
			.param("type", "COMPANY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An organisation with this name already exists.")));
	}

	@Test
	void shouldReRenderUserFormWithMessagesAndWithoutEchoingThePassword() throws Exception {
		OrganisationSummary company = organisation(organisations, OrganisationType.COMPANY);
		mvc.perform(post("/admin/organisations/" + company.id() + "/users").with(as("secretariat@demo"))
			.with(csrf())
			.param("username", "not-an-email")
			.param("displayName", "")
			.param("password", "short-pw")
			.param("roles", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address")))
			.andExpect(content().string(containsString("Enter the person&#39;s name.")))
			.andExpect(content().string(containsString("A password needs at least 12 characters.")))
			.andExpect(content().string(containsString("Only users of the secretariat can be administrators.")))
			.andExpect(content().string(not(containsString("short-pw"))));
		assertThat(organisations.users(company.id())).isEmpty();
	}

	@Test
	void shouldDisableAUserSoThatTheirTokenAndPasswordStopWorking() throws Exception {
		OrganisationSummary ngo = organisation(organisations, OrganisationType.NGO);
		UserSummary member = user(organisations, ngo.id(), Role.EDITOR);
		String token = token(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.10.0.2"));

		mvc.perform(post("/admin/organisations/" + ngo.id() + "/users/" + member.id()).with(as("secretariat@demo"))
			.with(csrf())
			.param("displayName", "Renamed Member")
			.param("roles", "VIEWER")
			.param("_enabled", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "user.saved"));

		UserSummary changed = organisations.user(member.id());
		assertThat(changed.enabled()).isFalse();
		assertThat(changed.displayName()).isEqualTo("Renamed Member");
		assertThat(changed.roles()).containsExactly(Role.VIEWER);
		mvc.perform(get("/api/v1/me").header("Authorization", Api.bearer(token))).andExpect(status().isUnauthorized());
		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.10.0.2").getResponse().getStatus())
			.isEqualTo(401);
	}

	@Test
	void shouldResetAPasswordSoThatOnlyTheNewOneWorks() throws Exception {
		OrganisationSummary union = organisation(organisations, OrganisationType.TRADE_UNION);
		UserSummary member = user(organisations, union.id(), Role.EDITOR);
		String path = "/admin/organisations/" + union.id() + "/users/" + member.id();
		mvc.perform(get(path).with(as("secretariat@demo"))).andExpect(status().isOk());
		mvc.perform(post(path + "/password").with(as("secretariat@demo")).with(csrf()).param("password", "too-short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs at least 12 characters.")));
		mvc.perform(post(path + "/password").with(as("secretariat@demo"))
			.with(csrf())
			.param("password", "a-brand-new-password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "user.passwordReset"));

		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.10.0.3").getResponse().getStatus())
			.isEqualTo(401);
		assertThat(tokenRequest(mvc, member.username(), "a-brand-new-password", "10.10.0.3").getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void shouldNotLetAnAdministratorLockThemselvesOut() throws Exception {
		OrganisationId secretariat = organisationOf(organisations, "Covenant Secretariat (SER)");
		UserSummary admin = user(organisations, secretariat, Role.ADMIN, Role.EDITOR);
		mvc.perform(post("/admin/organisations/" + secretariat + "/users/" + admin.id()).with(as(admin.username()))
			.with(csrf())
			.param("displayName", admin.displayName())
			.param("roles", "EDITOR")
			.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot disable your own account")));
		assertThat(organisations.user(admin.id()).roles()).contains(Role.ADMIN);
	}

	@Test
	void shouldDeactivateAndReactivateAnOrganisation() throws Exception {
		OrganisationSummary company = organisation(organisations, OrganisationType.COMPANY);
		UserSummary member = user(organisations, company.id(), Role.EDITOR);
		mvc.perform(post("/admin/organisations/" + company.id() + "/status").with(as("secretariat@demo"))
			.with(csrf())
			.param("active", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "org.deactivated"));
		assertThat(organisations.get(company.id()).active()).isFalse();
		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.10.0.4").getResponse().getStatus())
			.isEqualTo(401);

		mvc.perform(post("/admin/organisations/" + company.id() + "/status").with(as("secretariat@demo"))
			.with(csrf())
			.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "org.reactivated"));
		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.10.0.4").getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void shouldEditAnOrganisation() throws Exception {
		OrganisationSummary company = organisation(organisations, OrganisationType.COMPANY);
		String name = unique("Renamed");
		mvc.perform(post("/admin/organisations/" + company.id()).with(as("secretariat@demo"))
			.with(csrf())
			.param("name", name)
			.param("type", "EMPLOYER_ORGANISATION")
			.param("country", "")
			.param("website", "https://renamed.example"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "org.saved"));
		OrganisationSummary changed = organisations.get(company.id());
		assertThat(changed.name()).isEqualTo(name);
		assertThat(changed.type()).isEqualTo(OrganisationType.EMPLOYER_ORGANISATION);
		assertThat(changed.country()).isNull();
		assertThat(changed.website()).isEqualTo("https://renamed.example");
	}

	@Test
	void shouldShowAnOrganisationItsOwnPageButNotAnotherOrganisationsPage() throws Exception {
		OrganisationId companyA = organisationOf(organisations, "Noordzee Apparel B.V.");
		OrganisationId companyB = organisationOf(organisations, "Zuiderzee Fashion Group N.V.");
		mvc.perform(get("/organisations/" + companyA).with(as("company-a@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("company-a@demo")))
			.andExpect(content().string(not(containsString("/admin/organisations"))));
		mvc.perform(get("/organisations/" + companyB).with(as("company-a@demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/" + companyA).with(as("secretariat@demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/organisations/" + companyA)));
	}

}
