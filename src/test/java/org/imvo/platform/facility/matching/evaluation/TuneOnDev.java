package org.imvo.platform.facility.matching.evaluation;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imvo.platform.facility.matching.FacilityMatcher;
import org.imvo.platform.facility.matching.LocationQuery;
import org.imvo.platform.facility.matching.MatchOutcome;
import org.imvo.platform.facility.matching.MatchResult;
import org.imvo.platform.facility.matching.MatcherConfig;
import org.imvo.platform.facility.matching.RegisteredFacility;

/**
 * Tuning aid: runs the development split (only) with a grid of thresholds and prints precision,
 * recall and review share per setting; with {@code -Dverbose=true} the rows that went wrong.
 * The held-out test split is never read here.
 */
public final class TuneOnDev {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of("src/test/resources/matching");
		List<CSVRecord> registry = read(dir.resolve("registry.csv"));
		List<CSVRecord> dev = read(dir.resolve("queries-dev.csv"));
		double[] matchT = { 0.76, 0.78, 0.80, 0.82, 0.84 };
		double[] reviewT = { 0.60, 0.65, 0.70, 0.72, 0.75 };
		boolean verbose = Boolean.getBoolean("verbose");
		for (double m : matchT) {
			for (double rv : reviewT) {
				if (rv > m) {
					continue;
				}
				MatcherConfig d = MatcherConfig.defaults();
				MatcherConfig c = args.length > 0 ? d
						: new MatcherConfig(m, rv, d.margin(), d.minNameForMatch(), d.minAddressForMatch(), d.minNameForReview(),
								d.retrievedCandidates());
				FacilityMatcher matcher = new FacilityMatcher(c);
				for (CSVRecord r : registry) {
					matcher.add(new RegisteredFacility(Long.parseLong(r.get("key")), r.get("name"), r.get("address"),
							r.get("country"), num(r.get("lat")), num(r.get("lng"))));
				}
				int rows = 0;
				int existing = 0;
				int matched = 0;
				int correct = 0;
				int review = 0;
				for (CSVRecord r : dev) {
					LocationQuery q = new LocationQuery(r.get("name"), r.get("address"), r.get("country"), num(r.get("lat")),
							num(r.get("lng")));
					MatchResult res = matcher.match(q);
					String expected = r.get("expected");
					rows++;
					if (!expected.equals("NEW")) {
						existing++;
					}
					if (res.outcome() == MatchOutcome.MATCHED) {
						matched++;
						if (String.valueOf(res.matchedKey()).equals(expected)) {
							correct++;
						}
						else if (verbose) {
							System.out.println("WRONG " + r.get("kind") + " " + q + " -> " + res + " expected " + expected);
						}
					}
					else if (res.outcome() == MatchOutcome.REVIEW) {
						review++;
						if (verbose) {
							System.out.println("REVIEW " + r.get("kind") + " " + expected + " " + q + " -> " + res);
						}
					}
					else if (verbose && !expected.equals("NEW")) {
						System.out.println("MISSED " + r.get("kind") + " " + expected + " " + q + " -> " + res);
					}
				}
				System.out.printf(Locale.ROOT, "match %.2f review %.2f: precision %.4f recall %.4f review %.2f %%%n", c.matchThreshold(),
						c.reviewThreshold(), (double) correct / matched, (double) correct / existing, 100.0 * review / rows);
				if (args.length > 0) {
					return;
				}
			}
		}
	}

	private static List<CSVRecord> read(Path p) throws Exception {
		try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
		}
	}

	private static Double num(String s) {
		return s == null || s.isBlank() ? null : Double.valueOf(s);
	}

}
