package org.imvo.platform.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.Role;
import org.imvo.platform.identity.UserSummary;
import org.imvo.platform.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A fresh installation without demo data: its own Spring context and database (closed afterwards),
 * so the one walk through {@code /setup} below is the whole story of that installation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "imvo.demo=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstAdministratorSetupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FirstAdministratorSetup setup;

	@Autowired
	Organisations organisations;

	private static MockHttpServletRequestBuilder completeSetup(String token) {
		return post("/setup").with(csrf())
			.param("token", token)
			.param("organisationName", "Sector Covenant Secretariat")
			.param("displayName", "Eva de Boer")
			.param("username", "eva@secretariat.example")
			.param("password", "first-admin-password");
	}

	@Test
	void shouldCreateTheFirstAdministratorOnlyWithTheSetupTokenAndThenCloseSetup() throws Exception {
		assertThat(organisations.anyUser()).isFalse();
		mvc.perform(get("/setup"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create the first administrator")))
			.andExpect(content().string(containsString("name=\"token\"")));

		mvc.perform(completeSetup("not-the-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The setup token is wrong.")))
			.andExpect(content().string(containsString("aria-describedby=\"token-hint token-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("first-admin-password"))));
		assertThat(organisations.anyUser()).isFalse();

		// the token the log showed at start-up is only in the log; issue a fresh one as a restart would
		String token = setup.issueToken();
		mvc.perform(completeSetup(token)).andExpect(redirectedUrl("/login?setup"));

		UserSummary admin = organisations.allUsers().get(0);
		assertThat(admin.username()).isEqualTo("eva@secretariat.example");
		assertThat(admin.roles()).contains(Role.ADMIN);
		assertThat(organisations.get(admin.organisationId()).type()).isEqualTo(OrganisationType.SECRETARIAT);

		mvc.perform(post("/login").with(csrf())
			.param("username", "eva@secretariat.example")
			.param("password", "first-admin-password")).andExpect(redirectedUrl("/"));

		mvc.perform(get("/setup")).andExpect(status().isNotFound());
		mvc.perform(completeSetup(token)).andExpect(status().isNotFound());
		assertThat(organisations.allUsers()).hasSize(1);

		// with one administrator, the platform refuses to lose them
		assertThatThrownBy(() -> organisations.updateUser(admin.id(), admin.displayName(), Set.of(Role.EDITOR), true))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("code", "user.last-administrator");
		OrganisationSummary secretariat = organisations.get(admin.organisationId());
		assertThatThrownBy(() -> organisations.update(secretariat.id(), NewOrganisation.of(secretariat), false))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("code", "organisation.last-administrator");
		assertThat(organisations.user(admin.id()).roles()).contains(Role.ADMIN);
	}

}
