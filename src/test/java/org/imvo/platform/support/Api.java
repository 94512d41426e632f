package org.imvo.platform.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Small helpers for API tests: tokens for the demo logins. */
public final class Api {

	public static final String DEMO_PASSWORD = "demo-password";

	private Api() {
	}

	/** A bearer token for a demo login, obtained through {@code POST /api/v1/auth/token}. */
	public static String token(MockMvc mvc, String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

}
