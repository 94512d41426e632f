package org.imvo.platform.facility.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality of the matcher on the labelled evaluation set (src/test/resources/matching, see its README):
 * precision of automatic matches, recall of automatic matches and share of rows sent to review, on the
 * development split (used for tuning) and on the held-out test split. The targets are asserted on both;
 * the figures are printed for docs/benchmarks.md.
 */
class MatchingQualityTest {

	private static FacilityMatcher matcher;

	@BeforeAll
	static void loadRegistry() throws IOException {
		matcher = new FacilityMatcher();
		for (CSVRecord r : read("registry.csv")) {
			matcher.add(new RegisteredFacility(Long.parseLong(r.get("key")), r.get("name"), r.get("address"), r.get("country"),
					number(r.get("lat")), number(r.get("lng"))));
		}
	}

	@Test
	void shouldMeetTheQualityTargetsOnTheDevelopmentSplit() throws IOException {
		Figures f = evaluate("queries-dev.csv");
		assertTargets(f);
	}

	@Test
	void shouldMeetTheQualityTargetsOnTheHeldOutTestSplit() throws IOException {
		Figures f = evaluate("queries-test.csv");
		assertTargets(f);
	}

	private static void assertTargets(Figures f) {
		assertThat(f.precision()).as("precision of automatic matches").isGreaterThanOrEqualTo(0.99);
		assertThat(f.reviewShare()).as("share of rows sent to review").isLessThanOrEqualTo(0.05);
		assertThat(f.recall()).as("recall of automatic matches").isGreaterThanOrEqualTo(0.90);
	}

	static Figures evaluate(String file) throws IOException {
		Figures f = new Figures(file);
		for (CSVRecord r : read(file)) {
			LocationQuery q = new LocationQuery(r.get("name"), r.get("address"), r.get("country"), number(r.get("lat")),
					number(r.get("lng")));
			MatchResult result = matcher.match(q);
			f.add(r.get("kind"), r.get("expected"), result, r.get("id") + " " + q);
		}
		System.out.println(f.report());
		return f;
	}

	private static List<CSVRecord> read(String name) throws IOException {
		InputStream in = MatchingQualityTest.class.getResourceAsStream("/matching/" + name);
		assertThat(in).as(name).isNotNull();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static Double number(String s) {
		return s == null || s.isBlank() ? null : Double.valueOf(s);
	}

	/** Counts of one split. */
	static final class Figures {

		final String split;

		int rows;

		int existing;

		int matched;

		int matchedCorrectly;

		int review;

		int reviewWithTrueCandidate;

		final Map<String, int[]> byKind = new TreeMap<>();

		final List<String> errors = new ArrayList<>();

		Figures(String split) {
			this.split = split;
		}

		void add(String kind, String expected, MatchResult result, String row) {
			rows++;
			boolean isExisting = !expected.equals("NEW");
			int[] k = byKind.computeIfAbsent(kind, x -> new int[5]);
			k[0]++;
			if (isExisting) {
				existing++;
			}
			switch (result.outcome()) {
				case MATCHED -> {
					matched++;
					boolean correct = isExisting && result.matchedKey() == Long.parseLong(expected);
					if (correct) {
						matchedCorrectly++;
						k[1]++;
					}
					else {
						k[3]++;
						errors.add("WRONG MATCH " + row + " expected " + expected + " got " + result);
					}
				}
				case REVIEW -> {
					review++;
					k[2]++;
					if (isExisting && result.candidates().stream().anyMatch(c -> String.valueOf(c.key()).equals(expected))) {
						reviewWithTrueCandidate++;
					}
				}
				case NEW -> {
					k[4]++;
					if (isExisting) {
						errors.add("MISSED " + row + " expected " + expected + " got " + result);
					}
				}
			}
		}

		double precision() {
			return matched == 0 ? 1 : (double) matchedCorrectly / matched;
		}

		double recall() {
			return existing == 0 ? 1 : (double) matchedCorrectly / existing;
		}

		double reviewShare() {
			return rows == 0 ? 0 : (double) review / rows;
		}

		String report() {
			StringBuilder sb = new StringBuilder();
			sb.append(String.format(Locale.ROOT,
					"%s: %d rows (%d existing, %d new): precision %.4f, recall %.4f, review %.2f %% (%d rows, %d with the true facility among the candidates)%n",
					split, rows, existing, rows - existing, precision(), recall(), 100 * reviewShare(), review,
					reviewWithTrueCandidate));
			sb.append(String.format(Locale.ROOT, "  %-34s %6s %8s %7s %6s %6s%n", "kind", "rows", "correct", "review", "wrong", "new"));
			byKind.forEach((kind, k) -> sb.append(String.format(Locale.ROOT, "  %-34s %6d %8d %7d %6d %6d%n", kind, k[0], k[1],
					k[2], k[3], k[4])));
			if (Boolean.getBoolean("matching.errors")) {
				errors.forEach(e -> sb.append("  ").append(e).append('\n'));
			}
			return sb.toString();
		}

	}

}
