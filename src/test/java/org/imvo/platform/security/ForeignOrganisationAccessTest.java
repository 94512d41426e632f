package org.imvo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.identity.internal.PlatformUserDetailsService;
import org.imvo.platform.support.Api;
import org.imvo.platform.support.PlatformTest;
import org.imvo.platform.support.Routes;
import org.imvo.platform.support.Routes.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The core promise, checked on every route the application has, including routes added after this
 * test was written: a user of one organisation (company-b) gets nothing of another organisation's
 * (company-a's) confidential data, and an anonymous caller gets nothing but a 401 from the API.
 * <p>
 * Routes are read from Spring MVC's handler mapping. Path variables are filled from
 * {@link #fixtures()}: ids of company-a's data or of covenant-level data. A route with a path
 * variable that has no fixture fails the test, so that a new route cannot slip through unchecked:
 * add a fixture for it there.
 */
@PlatformTest
class ForeignOrganisationAccessTest {

	static final String OWNER = "company-a@demo";

	static final String FOREIGN_USER = "company-b@demo";

	/** Company-a's user list is confidential: its username and its user's name must never reach company-b. */
	static final List<String> CANARIES = List.of("company-a@demo", "Anna Jansen");

	/**
	 * Routes that are not walked, each for a reason:
	 * <ul>
	 * <li>{@code /login}: in demo mode it lists the demo usernames on purpose (they are the demo);</li>
	 * <li>{@code /logout}: handled by a Spring Security filter, it has no data;</li>
	 * <li>{@code /setup}: open only before the first user exists (404 afterwards), it has no data;</li>
	 * <li>{@code /error}: renders whatever error the container forwards to it; reached directly it has no data;</li>
	 * <li>actuator: its own security rules (secretariat only) and no organisation data;</li>
	 * <li>springdoc ({@code /v3/api-docs}, Swagger UI): the public description of the API, no data.</li>
	 * </ul>
	 */
	static final List<String> EXCLUDED = List.of("/login", "/logout", "/setup", "/error", "/actuator", "/v3/api-docs",
			"/swagger-ui", "/api-docs.html");

	/** API routes that anyone may call without a token (SecurityConfiguration's API chain). */
	static boolean isPublicApi(Route route) {
		return route.pattern().startsWith("/api/v1/public/")
				|| route.pattern().equals("/api/v1/auth/token") && route.method().name().equals("POST");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformUserDetailsService users;

	// --- fixtures ---

	/**
	 * A value for a path variable.
	 *
	 * @param value the id to put into the path
	 * @param companyAConfidential whether it names company-a's confidential data (then company-b must be
	 * refused); covenant-level data (covenants, themes, bodies, memberships) is readable by members
	 */
	record Fixture(String value, boolean companyAConfidential) {
	}

	/**
	 * The value of every path variable the application uses. A new route with a new variable name
	 * needs a line here: an id of company-a's data ({@code true}) or of covenant-level data
	 * ({@code false}), looked up in the demo data. Prefer naming an organisation's id {@code orgId}:
	 * such routes are guarded centrally by the OrganisationScopeInterceptor.
	 */
	Map<String, Fixture> fixtures() {
		String companyA = jdbc.sql("select organisation_id::text from user_account where username = ?")
			.param(OWNER)
			.query(String.class)
			.single();
		Map<String, Fixture> fixtures = new LinkedHashMap<>();
		fixtures.put("orgId", new Fixture(companyA, true));
		fixtures.put("userId", new Fixture(
				jdbc.sql("select id::text from user_account where username = ?").param(OWNER).query(String.class).single(),
				true));
		// covenant-level data: readable by every member, so only the canaries are checked for these
		lookup("covenant", "select id::text from covenant order by created_at limit 1")
			.ifPresent(id -> fixtures.put("covenantId", new Fixture(id, false)));
		lookup("covenant_membership", "select id::text from covenant_membership where organisation_id = ?::uuid limit 1",
				companyA)
			.ifPresent(id -> fixtures.put("membershipId", new Fixture(id, false)));
		lookup("covenant_theme", "select id::text from covenant_theme order by id limit 1")
			.ifPresent(id -> fixtures.put("themeId", new Fixture(id, false)));
		lookup("covenant_body", "select id::text from covenant_body order by id limit 1")
			.ifPresent(id -> fixtures.put("bodyId", new Fixture(id, false)));
		lookup("covenant_body_member", "select id::text from covenant_body_member order by id limit 1")
			.ifPresent(id -> fixtures.put("memberId", new Fixture(id, false)));
		lookup("covenant_commitment", "select id::text from covenant_commitment order by id limit 1")
			.ifPresent(id -> fixtures.put("commitmentId", new Fixture(id, false)));
		lookup("covenant_participant", "select id::text from covenant_participant order by id limit 1")
			.ifPresent(id -> fixtures.put("participantId", new Fixture(id, false)));
		// production locations: company-a's lists (imports) are its confidential data; a facility's own
		// attributes are not (which companies source there is, and no route shows that to a company)
		lookup("location_list", "select id::text from location_list where organisation_id = ?::uuid order by created_at limit 1",
				companyA)
			.ifPresent(id -> fixtures.put("importId", new Fixture(id, true)));
		lookup("facility", """
				select f.facility_id from facility f join organisation_facility o on o.facility_key = f.id
				where o.organisation_id = ?::uuid order by f.id limit 1""", companyA)
			.ifPresent(id -> fixtures.put("facilityId", new Fixture(id, false)));
		// not an id: a row of a list, named within its import
		fixtures.put("rowNumber", new Fixture("2", false));
		// not an id: the covenant page's section ({section:parties|themes|bodies|members})
		fixtures.put("section", new Fixture("members", false));
		return fixtures;
	}

	/** The first value of {@code sql}, or empty while {@code table} does not exist or has no rows. */
	private Optional<String> lookup(String table, String sql, Object... params) {
		boolean exists = jdbc.sql("select to_regclass(?) is not null").param(table).query(Boolean.class).single();
		if (!exists) {
			return Optional.empty();
		}
		try {
			return jdbc.sql(sql).params(params).query(String.class).optional();
		}
		catch (DataAccessException ex) {
			// the table exists but looks different: the route check below then reports the missing fixture
			return Optional.empty();
		}
	}

	// --- the checks ---

	@Test
	void shouldRefuseAForeignOrganisationOnEveryRouteOfAnother() throws Exception {
		Map<String, Fixture> fixtures = fixtures();
		RequestPostProcessor api = bearer(Api.token(mvc, FOREIGN_USER));
		UserDetails foreign = users.loadUserByUsername(FOREIGN_USER);
		List<String> offending = new ArrayList<>();
		List<String> walked = new ArrayList<>();
		for (Route route : routes()) {
			if (!hasFixtures(route, fixtures, offending) || !isCompanyAConfidential(route, fixtures)) {
				continue;
			}
			String path = route.path(name -> fixtures.get(name).value());
			RequestPostProcessor auth = route.isApi() ? api : page(route, foreign);
			Answer answer = perform(route, path, auth);
			walked.add(route + " -> " + answer.status());
			if (answer.status() != 403 && answer.status() != 404) {
				offending.add(route + " (" + path + ") answered " + answer.describe() + " to " + FOREIGN_USER
						+ "; expected 403 or 404");
			}
		}
		report("Confidential routes of company-a walked as " + FOREIGN_USER, walked);
		assertThat(walked).as("routes walked").anyMatch(r -> r.startsWith("GET /api/v1/organisations/{orgId}/users "));
		assertThat(walked).as("routes walked").anyMatch(r -> r.startsWith("PUT /api/v1/organisations/{orgId}/users/{userId} "));
		assertNone("Routes that let " + FOREIGN_USER + " at company-a's data", offending);
	}

	@Test
	void shouldNeverShowCompanyAsConfidentialDataToAForeignOrganisation() throws Exception {
		Map<String, Fixture> fixtures = fixtures();
		// the canaries are real: company-a itself sees them where company-b must not
		String owner = mvc.perform(request(HttpMethod.GET, URI.create("/api/v1/organisations/" + fixtures.get("orgId").value() + "/users"))
			.with(bearer(Api.token(mvc, OWNER)))).andReturn().getResponse().getContentAsString();
		assertThat(owner).as("company-a's own user list").contains(CANARIES);

		RequestPostProcessor api = bearer(Api.token(mvc, FOREIGN_USER));
		UserDetails foreign = users.loadUserByUsername(FOREIGN_USER);
		List<String> offending = new ArrayList<>();
		List<String> walked = new ArrayList<>();
		for (Route route : routes()) {
			if (!route.isRead() || !hasFixtures(route, fixtures, offending)) {
				continue;
			}
			String path = route.path(name -> fixtures.get(name).value());
			Answer answer = perform(route, path, route.isApi() ? api : page(route, foreign));
			walked.add(route + " -> " + answer.status());
			CANARIES.stream()
				.filter(answer.body()::contains)
				.forEach(canary -> offending.add(route + " (" + path + ") shows '" + canary + "' to " + FOREIGN_USER));
			if (answer.failure() != null) {
				offending.add(route + " (" + path + ") failed with " + answer.describe() + " for " + FOREIGN_USER);
			}
		}
		report("GET routes walked as " + FOREIGN_USER, walked);
		assertThat(walked).as("routes walked").anyMatch(r -> r.startsWith("GET /api/v1/me "));
		assertThat(walked).as("routes walked").anyMatch(r -> r.startsWith("GET / "));
		assertNone("Routes that show company-a's confidential data to " + FOREIGN_USER, offending);
	}

	@Test
	void shouldAnswerEveryNonPublicApiRouteWith401ProblemForAnAnonymousCaller() throws Exception {
		Map<String, Fixture> fixtures = fixtures();
		List<String> offending = new ArrayList<>();
		List<String> walked = new ArrayList<>();
		for (Route route : routes()) {
			// any value will do here: authentication is refused before a path variable is looked at
			String path = route.path(name -> Optional.ofNullable(fixtures.get(name))
				.map(Fixture::value)
				.orElse(UUID.randomUUID().toString()));
			if (route.isApi()) {
				if (isPublicApi(route)) {
					continue;
				}
				Answer answer = perform(route, path, r -> r);
				walked.add(route + " -> " + answer.status());
				if (answer.status() != 401) {
					offending.add(route + " (" + path + ") answered " + answer.describe() + "; expected 401");
				}
				else if (!isProblem(answer, 401)) {
					offending.add(route + " (" + path + ") answered 401 without a problem detail: " + answer.contentType());
				}
			}
			else if (fixtures.keySet().containsAll(route.variables()) && isCompanyAConfidential(route, fixtures)) {
				Answer answer = perform(route, path, route.isRead() ? r -> r : csrf());
				walked.add(route + " -> " + answer.status());
				if (answer.status() >= 200 && answer.status() < 300) {
					offending.add(route + " (" + path + ") answered " + answer.describe() + " to an anonymous caller");
				}
			}
			if (route.isRead()) {
				Answer answer = perform(route, path, r -> r);
				CANARIES.stream()
					.filter(answer.body()::contains)
					.forEach(canary -> offending.add(route + " (" + path + ") shows '" + canary + "' to an anonymous caller"));
			}
		}
		report("Routes walked anonymously", walked);
		assertThat(walked).as("routes walked").anyMatch(r -> r.startsWith("GET /api/v1/me "));
		assertNone("Routes that do not refuse an anonymous caller properly", offending);
	}

	// --- walking ---

	private List<Route> routes() {
		return Routes.all(mapping).stream().filter(route -> !excluded(route)).toList();
	}

	private static boolean excluded(Route route) {
		String pattern = route.pattern();
		return EXCLUDED.stream().anyMatch(prefix -> pattern.equals(prefix) || pattern.startsWith(prefix + "/"))
				|| route.controller().getPackageName().startsWith("org.springdoc");
	}

	private static boolean hasFixtures(Route route, Map<String, Fixture> fixtures, List<String> offending) {
		List<String> missing = route.variables().stream().filter(v -> !fixtures.containsKey(v)).toList();
		if (!missing.isEmpty()) {
			offending.add(route + ": no fixture for path variable " + missing + "; add one in "
					+ ForeignOrganisationAccessTest.class.getSimpleName()
					+ ".fixtures() (an id of company-a's data or of covenant-level data) so that this route is checked");
			return false;
		}
		return true;
	}

	/** A route is company-a's confidential resource when it names company-a or any of its confidential data. */
	private static boolean isCompanyAConfidential(Route route, Map<String, Fixture> fixtures) {
		return route.variables().stream().anyMatch(v -> fixtures.get(v).companyAConfidential());
	}

	record Answer(int status, String contentType, String body, Exception failure) {

		String describe() {
			return failure == null ? String.valueOf(status)
					: "an exception (" + failure.getClass().getSimpleName() + ")";
		}

	}

	/**
	 * Sends the route's request: writes carry {@code {}} as JSON (API, or a page route that consumes
	 * JSON), an empty form (pages) or a small CSV file (multipart uploads); required parameters and
	 * headers of the mapping are added so that the request reaches the route and not a 400/404/415.
	 */
	private Answer perform(Route route, String path, RequestPostProcessor auth) throws Exception {
		HttpMethod method = HttpMethod.valueOf(route.method().name());
		AbstractMockHttpServletRequestBuilder<?> builder;
		var consumes = route.info().getConsumesCondition().getConsumableMediaTypes();
		if (!route.isRead() && route.consumesMultipart()) {
			builder = multipart(method, URI.create(path)).file(new MockMultipartFile("file", "locations.csv", "text/csv",
					"name,address,country\nTest,Street 1,BD\n".getBytes(StandardCharsets.UTF_8)));
		}
		else {
			builder = request(method, URI.create(path));
			if (!route.isRead()) {
				boolean json = consumes.isEmpty() ? route.isApi()
						: consumes.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
				if (json) {
					builder.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
				else if (consumes.isEmpty() || consumes.contains(MediaType.APPLICATION_FORM_URLENCODED)) {
					builder.contentType(MediaType.APPLICATION_FORM_URLENCODED);
				}
				else {
					builder.contentType(consumes.iterator().next());
				}
			}
		}
		route.info().getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated())
			.forEach(e -> builder.param(e.getName(), e.getValue() == null ? "x" : e.getValue()));
		route.info().getHeadersCondition().getExpressions().stream().filter(e -> !e.isNegated())
			.forEach(e -> builder.header(e.getName(), e.getValue() == null ? "x" : e.getValue()));
		builder.with(auth);
		try {
			MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
			return new Answer(response.getStatus(), response.getContentType(), response.getContentAsString(), null);
		}
		catch (Exception ex) {
			// MockMvc has no servlet container: an exception no resolver handled would be a 500
			return new Answer(500, null, "", ex);
		}
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", Api.bearer(token));
			return request;
		};
	}

	private static RequestPostProcessor page(Route route, UserDetails user) {
		RequestPostProcessor signedIn = user(user);
		if (route.isRead()) {
			return signedIn;
		}
		RequestPostProcessor token = csrf();
		return request -> token.postProcessRequest(signedIn.postProcessRequest(request));
	}

	private static boolean isProblem(Answer answer, int status) {
		if (answer.contentType() == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.contentType()))) {
			return false;
		}
		Integer reported = JsonPath.read(answer.body(), "$.status");
		String title = JsonPath.read(answer.body(), "$.title");
		return reported == status && title != null && !title.isBlank();
	}

	private static void report(String title, List<String> lines) {
		System.out.println(title + " (" + lines.size() + "):\n  " + String.join("\n  ", lines));
	}

	private static void assertNone(String title, List<String> offending) {
		String text = title + " (" + offending.size() + "):\n  " + String.join("\n  ", offending);
		if (!offending.isEmpty()) {
			System.out.println(text);
		}
		assertThat(offending).as(text).isEmpty();
	}

}
