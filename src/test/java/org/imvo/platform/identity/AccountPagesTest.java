package org.imvo.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.imvo.platform.identity.IdentityFixtures.from;
import static org.imvo.platform.identity.IdentityFixtures.organisation;
import static org.imvo.platform.identity.IdentityFixtures.token;
import static org.imvo.platform.identity.IdentityFixtures.tokenRequest;
import static org.imvo.platform.identity.IdentityFixtures.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Form login and the "My account" page, through real sign-ins (session cookie, CSRF). */
@PlatformTest
class AccountPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	/** Signs in through the login form and returns the session cookie. */
	private Cookie signIn(String username, String password, String address) throws Exception {
		Cookie session = mvc
			.perform(post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	@Test
	void shouldSignInThroughTheFormWithCsrfTokenAndLandOnTheStartPage() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.COMPANY).id(), Role.EDITOR);
		Cookie session = signIn(member.username(), IdentityFixtures.PASSWORD, "10.20.0.1");
		mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member.username())))
			.andExpect(content().string(containsString(member.organisationName())));
	}

	@Test
	void shouldSendAWrongPasswordBackToTheLoginPageWithAnError() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.NGO).id(), Role.EDITOR);
		mvc.perform(post("/login").with(csrf())
			.with(from("10.20.0.2"))
			.param("username", member.username())
			.param("password", "not-the-password"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("The username or password is wrong")));
	}

	@Test
	void shouldRefuseASignInWithoutCsrfToken() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.NGO).id(), Role.EDITOR);
		mvc.perform(post("/login").with(from("10.20.0.3"))
			.param("username", member.username())
			.param("password", IdentityFixtures.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldChangeThePasswordSoThatOnlyTheNewOneWorksAndApiTokensAreRevoked() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.COMPANY).id(), Role.EDITOR);
		String token = token(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.20.0.4"));
		Cookie session = signIn(member.username(), IdentityFixtures.PASSWORD, "10.20.0.4");

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.with(from("10.20.0.4"))
			.param("currentPassword", IdentityFixtures.PASSWORD)
			.param("newPassword", "my-new-long-password")
			.param("confirmation", "my-new-long-password"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "account.password.changed"));

		mvc.perform(get("/api/v1/me").header("Authorization", Api.bearer(token))).andExpect(status().isUnauthorized());
		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.20.0.4").getResponse().getStatus())
			.isEqualTo(401);
		assertThat(tokenRequest(mvc, member.username(), "my-new-long-password", "10.20.0.4").getResponse().getStatus())
			.isEqualTo(200);
		// the session in which the password was changed goes on
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void shouldEndTheOtherSessionsWhenThePasswordChanges() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.COMPANY).id(), Role.EDITOR);
		Cookie laptop = signIn(member.username(), IdentityFixtures.PASSWORD, "10.20.0.5");
		Cookie phone = signIn(member.username(), IdentityFixtures.PASSWORD, "10.20.0.5");
		mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());

		mvc.perform(post("/account/password").cookie(laptop)
			.with(csrf())
			.with(from("10.20.0.5"))
			.param("currentPassword", IdentityFixtures.PASSWORD)
			.param("newPassword", "another-long-password")
			.param("confirmation", "another-long-password"))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
		mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldRefuseAWrongCurrentPasswordAndAMismatchedConfirmation() throws Exception {
		UserSummary member = user(organisations, organisation(organisations, OrganisationType.TRADE_UNION).id(), Role.VIEWER);
		Cookie session = signIn(member.username(), IdentityFixtures.PASSWORD, "10.20.0.6");

		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.with(from("10.20.0.6"))
			.param("currentPassword", IdentityFixtures.PASSWORD)
			.param("newPassword", "my-new-long-password")
			.param("confirmation", "my-new-long-passwort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two new passwords are not the same.")))
			.andExpect(content().string(containsString("aria-describedby=\"confirmation-error\"")));
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.with(from("10.20.0.6"))
			.param("currentPassword", "a-wrong-guess-123")
			.param("newPassword", "my-new-long-password")
			.param("confirmation", "my-new-long-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is not right.")));
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.with(from("10.20.0.6"))
			.param("currentPassword", IdentityFixtures.PASSWORD)
			.param("newPassword", "short")
			.param("confirmation", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs at least 12 characters.")));

		assertThat(tokenRequest(mvc, member.username(), IdentityFixtures.PASSWORD, "10.20.0.6").getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void shouldShowTheSetupConfirmationOnTheLoginPage() throws Exception {
		mvc.perform(get("/login").param("setup", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The administrator account has been created.")));
		mvc.perform(get("/login").param("setup", "").cookie(new Cookie("imvo-lang", "nl")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het beheerdersaccount is aangemaakt.")));
	}

}
