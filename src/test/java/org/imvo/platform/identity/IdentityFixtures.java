package org.imvo.platform.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Small factories for identity tests in the shared context: every test makes its own organisations
 * and users (unique names), so tests never depend on or disturb each other's data.
 */
final class IdentityFixtures {

	static final String PASSWORD = "initial-password-1";

	private IdentityFixtures() {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static OrganisationSummary organisation(Organisations organisations, OrganisationType type) {
		return organisations.create(new NewOrganisation(unique("Test " + type), type, "NL", null));
	}

	static UserSummary user(Organisations organisations, OrganisationId organisation, Role... roles) {
		return organisations.createUser(new NewUser(organisation.toString(), unique("user") + "@test.example",
				"Test User", PASSWORD, Set.of(roles)));
	}

	static OrganisationId organisationOf(Organisations organisations, String name) {
		return organisations.all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
	}

	/**
	 * A client address of its own: failed logins are throttled per address too, and all MockMvc
	 * requests come from 127.0.0.1 unless told otherwise.
	 */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** {@code POST /api/v1/auth/token}; the result carries the status (200 or 401) and the token. */
	static MvcResult tokenRequest(MockMvc mvc, String username, String password, String address) throws Exception {
		return mvc
			.perform(post("/api/v1/auth/token").with(from(address))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andReturn();
	}

	static String token(MvcResult result) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

}
