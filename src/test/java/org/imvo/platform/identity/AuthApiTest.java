package org.imvo.platform.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AuthApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Test
	void shouldIssueTokenThatIdentifiesTheCaller() throws Exception {
		String token = Api.token(mvc, "company-a@demo");
		mvc.perform(get("/api/v1/me").header("Authorization", Api.bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("company-a@demo"))
			.andExpect(jsonPath("$.organisationId").isString())
			.andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.hasItems("COMPANY", "EDITOR")));
	}

	@Test
	void shouldAnswerWrongCredentialsWithProblemDetail() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"union@demo\",\"password\":\"not-the-password\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").isString());
	}

	@Test
	void shouldAnswerMalformedJsonWithProblemDetail() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed request body"));
	}

	@Test
	void shouldRejectUnknownToken() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer imvo_nonsense"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
	}

	@Test
	void shouldThrottleRepeatedFailedLogins() throws Exception {
		// a user of its own, so that locking it does not disturb other tests in the shared context
		var ngo = organisations.all().stream().filter(o -> o.type() == OrganisationType.NGO).findFirst().orElseThrow();
		organisations.createUser(new NewUser(ngo.id().toString(), "throttled@demo", "Throttled", "right-password-1",
				java.util.Set.of(Role.VIEWER)));
		String body = "{\"username\":\"throttled@demo\",\"password\":\"wrong-password-x\"}";
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isUnauthorized());
		}
		// even the right password is refused while the account is locked
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"throttled@demo\",\"password\":\"right-password-1\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

}
