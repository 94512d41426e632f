package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.NewUser;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.imvo.platform.shared.OrganisationId;
import org.imvo.platform.support.Api;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Factories for facility tests in the shared context: each test makes its own company (with an
 * editor who signs in with the demo password) and its own factories with names no other test uses,
 * so that tests never match each other's facilities or change each other's lists.
 */
final class FacilityFixtures {

	static final String HEADER = "name,address,country,tier";

	private FacilityFixtures() {
	}

	/** A company of its own and an editor's API token. */
	record Company(OrganisationId id, String username, String token) {

		String bearer() {
			return Api.bearer(token);
		}

	}

	static Company company(MockMvc mvc, Organisations organisations) throws Exception {
		return company(mvc, organisations, Role.EDITOR);
	}

	static Company company(MockMvc mvc, Organisations organisations, Role role) throws Exception {
		OrganisationSummary organisation = organisations
			.create(new NewOrganisation("Test company " + unique(), OrganisationType.COMPANY, "NL", null));
		String username = "editor-" + unique().toLowerCase(java.util.Locale.ROOT) + "@test.example";
		organisations.createUser(new NewUser(organisation.id().toString(), username, "Test Editor",
				Api.DEMO_PASSWORD, Set.of(role)));
		return new Company(organisation.id(), username, Api.token(mvc, username));
	}

	/** A made-up word, so that the factories of one test are like no one else's. */
	static String unique() {
		String letters = "bcdfghjklmnprstvz";
		String vowels = "aeiou";
		UUID random = UUID.randomUUID();
		long bits = random.getMostSignificantBits() ^ random.getLeastSignificantBits();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			word.append(letters.charAt((int) Math.floorMod(bits, letters.length())));
			bits /= letters.length();
			word.append(vowels.charAt((int) Math.floorMod(bits, vowels.length())));
			bits /= vowels.length();
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/**
	 * A CSV row (name, address, country, tier) of a factory like no other test's: its name and
	 * address are made-up words, with a number.
	 */
	static String factory(String country, int tier) {
		return unique() + " " + unique() + " Industries,\"Plot " + (10 + RANDOM.nextInt(890)) + ", " + unique()
				+ " Road, " + unique() + "\"," + country + "," + tier;
	}

	private static final java.util.Random RANDOM = new java.util.Random();

	static byte[] csv(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook whose first sheet holds {@code rows} (the first row is the header). */
	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Locations");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** {@code POST …/location-lists}; returns the response (202 with the import id, or a problem). */
	static MockHttpServletResponse upload(MockMvc mvc, String bearer, OrganisationId organisation, String fileName,
			String contentType, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/api/v1/organisations/" + organisation + "/location-lists")
				.file(new MockMultipartFile("file", fileName, contentType, content))
				.header("Authorization", bearer))
			.andReturn()
			.getResponse();
	}

	/** Uploads a CSV list and returns the import id (the upload must be accepted). */
	static String uploadCsv(MockMvc mvc, Company company, byte[] content) throws Exception {
		MockHttpServletResponse response = upload(mvc, company.bearer(), company.id(), "locations.csv", "text/csv",
				content);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		return JsonPath.read(response.getContentAsString(), "$.importId");
	}

	/** Polls {@code GET /api/v1/imports/{id}} until the import is no longer queued or running; returns its JSON. */
	static String awaitEnd(MockMvc mvc, String bearer, String importId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			String body = mvc.perform(get("/api/v1/imports/" + importId).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return body;
			}
			assertThat(System.nanoTime()).as("import %s still %s after 60 s", importId, status).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	/** Like {@link #awaitEnd} and checks that the import is DONE. */
	static String awaitDone(MockMvc mvc, String bearer, String importId) throws Exception {
		String body = awaitEnd(mvc, bearer, importId);
		assertThat((String) JsonPath.read(body, "$.status")).as(body).isEqualTo("DONE");
		return body;
	}

	static String rows(MockMvc mvc, String bearer, String importId) throws Exception {
		return mvc.perform(get("/api/v1/imports/" + importId + "/rows").header("Authorization", bearer))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String facilities(MockMvc mvc, String bearer, OrganisationId organisation) throws Exception {
		return mvc.perform(get("/api/v1/organisations/" + organisation + "/facilities").header("Authorization", bearer))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
