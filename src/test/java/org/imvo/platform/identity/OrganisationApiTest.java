package org.imvo.platform.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.imvo.platform.identity.IdentityFixtures.unique;
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
import org.springframework.test.web.servlet.ResultActions;

@PlatformTest
class OrganisationApiTest {

	@Autowired
	MockMvc mvc;

	private ResultActions createAs(String username, String json) throws Exception {
		return mvc.perform(post("/api/v1/organisations").header("Authorization", Api.bearer(Api.token(mvc, username)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String organisation(String name, String type, String country) {
		return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"country\":\"" + country + "\"}";
	}

	@Test
	void shouldCreateAnOrganisationForTheSecretariat() throws Exception {
		String name = unique("Dyeing House");
		createAs("secretariat@demo", organisation(name, "COMPANY", "IN")).andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/organisations/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.type").value("COMPANY"))
			.andExpect(jsonPath("$.country").value("IN"))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void shouldRefuseToLetACompanyCreateAnOrganisation() throws Exception {
		createAs("company-a@demo", organisation(unique("Shell Company"), "COMPANY", "NL")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void shouldAnswerADuplicateNameWithAConflictProblem() throws Exception {
		createAs("secretariat@demo", organisation("NOORDZEE APPAREL B.V.", "COMPANY", "NL")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.code").value("organisation.name-taken"))
			.andExpect(jsonPath("$.detail").isString());
	}

	@Test
	void shouldAnswerAnInvalidCountryWithAValidationProblemNamingTheField() throws Exception {
		createAs("secretariat@demo", organisation(unique("Spinning Mill"), "COMPANY", "Netherlands"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("country")))
			.andExpect(jsonPath("$.errors[0].message").isString());
	}

}
