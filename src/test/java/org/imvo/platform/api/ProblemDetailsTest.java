package org.imvo.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.shared.web.ApiExceptionHandler;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the API gives is an RFC 9457 problem detail ({@code application/problem+json} with
 * {@code type}, {@code title}, {@code status} and {@code detail}) written for the caller, and no
 * error, API or page, ever shows an exception message or a stack trace.
 */
@PlatformTest
class ProblemDetailsTest {

	/** Text that must never reach a client: it only exists inside an exception. */
	static final String SECRET = "jdbc:postgresql://db.internal:5432/imvo password=hunter2";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformUserDetailsService users;

	@Test
	void shouldAnswerWrongCredentialsWith401Problem() throws Exception {
		// an unknown user, so that no demo login gets closer to being throttled
		expectProblem(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"nobody-" + UUID.randomUUID() + "@example.org\",\"password\":\"wrong-password\"}")), 401);
	}

	@Test
	void shouldAnswerMissingOrUnknownTokenWith401Problem() throws Exception {
		expectProblem(mvc.perform(get("/api/v1/me")), 401);
		expectProblem(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer imvo_unknown")), 401);
	}

	@Test
	void shouldAnswerMalformedJsonWith400Problem() throws Exception {
		expectProblem(mvc.perform(post("/api/v1/organisations").header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Unfinished")), 400)
			.andExpect(jsonPath("$.title").value("Malformed request body"));
		// a value of the wrong kind is malformed too, and the parser's message stays inside
		expectProblem(mvc.perform(post("/api/v1/organisations").header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Spaceship Ltd\", \"type\": \"SPACESHIP\"}")), 400)
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jackson"))));
	}

	@Test
	void shouldAnswerInvalidFieldsWith400ProblemListingThem() throws Exception {
		expectProblem(mvc.perform(post("/api/v1/organisations").header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"type\": \"COMPANY\", \"country\": \"Netherlands\"}")), 400)
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "country")));
	}

	@Test
	void shouldAnswerAMissingPartOfABodyWith400Problem() throws Exception {
		String companyC = jdbc.sql("select id::text from organisation where name = 'Veluwe Workwear B.V.'")
			.query(String.class)
			.single();
		expectProblem(mvc.perform(put("/api/v1/organisations/{orgId}", companyC).header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"active\": true}")), 400);
	}

	@Test
	void shouldAnswerUnknownIdWith404Problem() throws Exception {
		expectProblem(mvc.perform(get("/api/v1/organisations/{orgId}", UUID.randomUUID()).header("Authorization", secretariat())),
				404);
		expectProblem(mvc.perform(get("/api/v1/organisations/{orgId}", "not-an-id").header("Authorization", secretariat())),
				404);
		expectProblem(mvc.perform(get("/api/v1/organisations/{orgId}/users", "12345678-aaaa-bbbb-cccc-0000zzzz9999")
			.header("Authorization", secretariat())), 404);
	}

	@Test
	void shouldAnswerForbiddenAccessWith403Problem() throws Exception {
		String companyA = jdbc.sql("select organisation_id::text from user_account where username = 'company-a@demo'")
			.query(String.class)
			.single();
		String companyB = Api.bearer(Api.token(mvc, "company-b@demo"));
		expectProblem(mvc.perform(get("/api/v1/organisations/{orgId}/users", companyA).header("Authorization", companyB)), 403);
		expectProblem(mvc.perform(get("/api/v1/audit/events").header("Authorization", companyB)), 403);
		expectProblem(mvc.perform(post("/api/v1/organisations").header("Authorization", companyB)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Not Allowed B.V.\", \"type\": \"COMPANY\"}")), 403);
	}

	@Test
	void shouldAnswerUnknownApiPathWith404Problem() throws Exception {
		expectProblem(mvc.perform(get("/api/v1/no-such-thing").header("Authorization", secretariat())), 404);
		expectProblem(mvc.perform(post("/api/v1/no-such-thing").header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")), 404);
	}

	@Test
	void shouldAnswerAWrongMethodOrMediaTypeWithProblem() throws Exception {
		expectProblem(mvc.perform(post("/api/v1/me").header("Authorization", secretariat())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")), 405)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Allow", "GET"));
		expectProblem(mvc.perform(post("/api/v1/organisations").header("Authorization", secretariat())
			.contentType(MediaType.TEXT_PLAIN)
			.content("Noordzee")), 415);
	}

	@Test
	void shouldLeavePageErrorsToTheErrorPage() throws Exception {
		// the API's routing problems are for /api only: a page with a wrong method is not answered in JSON
		mvc.perform(post("/attribution").with(user(users.loadUserByUsername("company-b@demo")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(""));
	}

	/** An API controller that fails unexpectedly, with a message that must stay on the server. */
	@RestController
	static class FailingController {

		@GetMapping("/api/v1/failing")
		String fail() {
			throw new IllegalStateException("Connection refused: " + SECRET);
		}

		@GetMapping("/api/v1/failing-deeper")
		String failDeeper() {
			throw new UnsupportedOperationException(new RuntimeException(SECRET));
		}

	}

	@Test
	void shouldAnswerAnUnexpectedFailureWith500ProblemWithoutItsMessage() throws Exception {
		// the application's own handler, in front of a controller that fails
		MockMvc failing = MockMvcBuilders.standaloneSetup(new FailingController())
			.setControllerAdvice(new ApiExceptionHandler())
			.build();
		for (String path : new String[] { "/api/v1/failing", "/api/v1/failing-deeper" }) {
			String body = expectProblem(failing.perform(get(path).accept(MediaType.APPLICATION_JSON)), 500).andReturn()
				.getResponse()
				.getContentAsString();
			assertNoInternals(body);
		}
	}

	@Test
	void shouldShowAnErrorPageWithoutInternalsForAnUnknownPage() throws Exception {
		var signedIn = user(users.loadUserByUsername("company-b@demo"));
		mvc.perform(get("/no-such-page").with(signedIn).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		// what the servlet container then renders: its error dispatch to /error
		String page = mvc
			.perform(get("/error").with(signedIn)
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, "No static resource no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Not found").doesNotContain("No static resource");
		assertNoInternals(page);
	}

	@Test
	void shouldShowNoInternalsWhenTheContainerReportsAServerError() throws Exception {
		var failure = new IllegalStateException("Connection refused: " + SECRET);
		String page = mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/covenants")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage()))
			.andExpect(status().isInternalServerError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Something went wrong");
		assertNoInternals(page);
		String json = mvc
			.perform(get("/error").accept(MediaType.APPLICATION_JSON)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/me")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage()))
			.andExpect(status().isInternalServerError())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoInternals(json);
	}

	// --- helpers ---

	private String secretariat() throws Exception {
		return Api.bearer(Api.token(mvc, "secretariat@demo"));
	}

	private static ResultActions expectProblem(ResultActions result, int status) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").isString())
			.andExpect(jsonPath("$.title").isString())
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.detail").isString());
		assertNoInternals(result.andReturn().getResponse().getContentAsString());
		return result;
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain(SECRET)
			.doesNotContain("hunter2")
			.doesNotContainPattern("\\bat [a-z]+\\.[a-zA-Z.$]+\\(")
			.doesNotContain("Exception")
			.doesNotContain("org.imvo")
			.doesNotContain("org.springframework")
			.doesNotContain("\"trace\"");
	}

}
