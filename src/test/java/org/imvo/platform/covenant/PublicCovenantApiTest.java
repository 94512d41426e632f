package org.imvo.platform.covenant;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class PublicCovenantApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListPublicCovenantsWithoutAuthentication() throws Exception {
		mvc.perform(get("/api/v1/public/covenants"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Agreement on Sustainable Garments and Textile (demo)")))
			.andExpect(jsonPath("$[0].id").isString())
			.andExpect(jsonPath("$[0].memberships").doesNotExist());
	}

	@Test
	void shouldNotListDraftCovenantsPublicly() throws Exception {
		String token = Api.token(mvc, "secretariat@demo");
		mvc.perform(post("/api/v1/covenants").header("Authorization", Api.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Draft covenant on natural stone","sector":"Natural stone","naceCodes":["08"],
					 "termStart":"2027-01-01","termEnd":"2031-12-31","status":"DRAFT","publicListed":true}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/public/covenants"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", not(hasItem("Draft covenant on natural stone"))));
	}

}
