package org.imvo.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.imvo.platform.support.PlatformTest;
import org.imvo.platform.support.Routes;
import org.imvo.platform.support.Routes.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API is documented by OpenAPI at {@code /v3/api-docs}, publicly, and the document is complete:
 * every operation of every API controller under {@code /api/v1} appears in it, including those
 * added after this test was written.
 */
@PlatformTest
class OpenApiTest {

	/** The calls of the API contract (DESIGN.md section 3) that this foundation delivers. */
	static final List<String> CONTRACT = List.of("/api/v1/me", "/api/v1/auth/token", "/api/v1/covenants",
			"/api/v1/organisations/{orgId}/location-lists", "/api/v1/imports/{importId}",
			"/api/v1/imports/{importId}/rows", "/api/v1/organisations/{orgId}/facilities",
			"/api/v1/organisations/{orgId}/risks", "/api/v1/covenants/{covenantId}/production-locations/publish",
			"/api/v1/public/covenants", "/api/v1/public/covenants/{covenantId}/production-locations",
			"/api/v1/public/complaints", "/api/v1/public/complaints/{reference}",
			"/api/v1/organisations/{orgId}/complaints", "/api/v1/organisations/{orgId}/action-plans",
			"/api/v1/covenants/{covenantId}/kpis");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void shouldServeTheDocumentPubliclyAsJson() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.openapi")
				.value(org.hamcrest.Matchers.startsWith("3.")));
	}

	@Test
	void shouldDocumentTheContractCallsThatExist() throws Exception {
		Map<String, Object> paths = documentedPaths();
		List<String> implemented = apiRoutes().stream().map(r -> normalise(r.pattern())).distinct().toList();
		assertThat(implemented).as("implemented API routes").contains("/api/v1/me", "/api/v1/auth/token");
		for (String call : CONTRACT) {
			if (implemented.contains(call)) {
				assertThat(paths).as("documented paths").containsKey(call);
			}
		}
	}

	@Test
	void shouldDocumentEveryOperationOfEveryApiController() throws Exception {
		Map<String, Object> paths = documentedPaths();
		List<String> missing = new ArrayList<>();
		List<Route> routes = apiRoutes();
		for (Route route : routes) {
			String path = normalise(route.pattern());
			@SuppressWarnings("unchecked")
			Map<String, Object> operations = (Map<String, Object>) paths.get(path);
			if (operations == null || !operations.containsKey(route.method().name().toLowerCase(Locale.ROOT))) {
				missing.add(route + " (" + route.controller().getSimpleName() + ")");
			}
		}
		assertThat(routes).as("API routes").isNotEmpty();
		assertThat(missing).as("API operations missing from /v3/api-docs:\n  " + String.join("\n  ", missing)).isEmpty();
	}

	@Test
	void shouldDocumentOnlyTheApi() throws Exception {
		assertThat(documentedPaths().keySet()).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
	}

	/** Every route of a {@code @RestController} under {@code /api/v1}. */
	private List<Route> apiRoutes() {
		return Routes.all(mapping)
			.stream()
			.filter(r -> r.pattern().startsWith("/api/v1/"))
			.filter(r -> AnnotatedElementUtils.hasAnnotation(r.controller(), RestController.class))
			.toList();
	}

	private Map<String, Object> documentedPaths() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		return JsonPath.read(document, "$.paths");
	}

	/** OpenAPI writes {@code {id:[0-9]+}} as {@code {id}}. */
	private static String normalise(String pattern) {
		return pattern.replaceAll("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}", "{$1}");
	}

}
