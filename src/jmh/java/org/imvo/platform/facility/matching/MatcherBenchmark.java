package org.imvo.platform.facility.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imvo.platform.facility.matching.Normaliser.Field;
import org.imvo.platform.facility.matching.evaluation.EvaluationSetGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the matcher's parts: the normaliser, the scorer's similarity of one candidate
 * pair, and {@link FacilityMatcher#match} against the evaluation registry (4,000 facilities) and a
 * synthetic registry of 100,000. In the matcher's own package so that the package-private scorer
 * can be measured alone. Run: {@code ./mvnw -B -Pbench test-compile exec:exec@jmh} (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class MatcherBenchmark {

	private FacilityMatcher evaluationRegistry;

	private FacilityMatcher syntheticRegistry;

	private List<LocationQuery> queries;

	private int next;

	private String[] nameA;

	private String[] nameB;

	private String[] addressA;

	private String[] addressB;

	private int[] nameIdsA;

	private int[] nameIdsB;

	private int[] addressIdsA;

	private int[] addressIdsB;

	private float[] nameWeights;

	private float[] addressWeights;

	private final float[] bestA = new float[64];

	private final float[] bestB = new float[64];

	private final long[] trigramsA = new long[256];

	private final long[] trigramsB = new long[256];

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		evaluationRegistry = new FacilityMatcher();
		for (CSVRecord r : read("registry.csv")) {
			evaluationRegistry.add(new RegisteredFacility(Long.parseLong(r.get("key")), r.get("name"), r.get("address"),
					r.get("country"), number(r.get("lat")), number(r.get("lng"))));
		}
		syntheticRegistry = new FacilityMatcher();
		EvaluationSetGenerator.generate(99L, 100_000, false, (f, family) -> syntheticRegistry
			.add(new RegisteredFacility(f.key(), f.name(), f.address(), f.country(), f.lat(), f.lng())));
		queries = new ArrayList<>();
		for (CSVRecord r : read("queries-dev.csv")) {
			queries.add(new LocationQuery(r.get("name"), r.get("address"), r.get("country"), number(r.get("lat")),
					number(r.get("lng"))));
		}
		nameA = Normaliser.tokens("Rahman Knit Composite Ltd. (Unit-2)", Field.NAME);
		nameB = Normaliser.tokens("Rahmn Knitting Composite Limited Unit 2", Field.NAME);
		addressA = Normaliser.tokens("Plot 12, Road 3, Sector 7, Kashimpur, Gazipur Sadar, Gazipur 1751", Field.ADDRESS);
		addressB = Normaliser.tokens("Kashimpur, Plot #12, Rd. 3, Gazipur-1751", Field.ADDRESS);
		nameIdsA = ids(nameA, 0);
		nameIdsB = ids(nameB, 0);
		addressIdsA = ids(addressA, 100);
		addressIdsB = ids(addressB, 100);
		nameWeights = weights(Math.max(nameA.length, nameB.length));
		addressWeights = weights(Math.max(addressA.length, addressB.length));
	}

	/** Weights as the index would give them: some rare (high), most common (low). */
	private static float[] weights(int n) {
		float[] w = new float[n];
		for (int i = 0; i < n; i++) {
			w[i] = 1 + (i * 7 % 5);
		}
		return w;
	}

	/** Distinct tokens get distinct numbers; equal tokens of both sides the same number. */
	private static int[] ids(String[] tokens, int base) {
		int[] ids = new int[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			ids[i] = base + Math.floorMod(tokens[i].hashCode(), 1_000_000);
		}
		return ids;
	}

	private LocationQuery nextQuery() {
		LocationQuery q = queries.get(next);
		next = (next + 1) % queries.size();
		return q;
	}

	/** Normalising a name and an address (what every query and every added facility costs). */
	@Benchmark
	public int normaliseNameAndAddress() {
		LocationQuery q = nextQuery();
		return Normaliser.tokens(q.name(), Field.NAME).length + Normaliser.tokens(q.address(), Field.ADDRESS).length;
	}

	/** The scorer's similarity work for one candidate: names and addresses, soft Dice and trigrams. */
	@Benchmark
	public double scoreOneCandidatePair() {
		float[] wName = nameWeights;
		float[] wAddress = addressWeights;
		double name = Similarity.softDice(nameA, nameIdsA, wName, nameB, nameIdsB, wName, bestA, bestB);
		int na = Similarity.trigrams(nameA, trigramsA);
		int nb = Similarity.trigrams(nameB, trigramsB);
		double trigram = Similarity.trigramDice(trigramsA, na, trigramsB, nb);
		double address = Similarity.softDice(addressA, addressIdsA, wAddress, addressB, addressIdsB, wAddress, bestA, bestB);
		boolean numbers = Similarity.numbersDiffer(addressA, wAddress, bestA, addressB, wAddress, bestB);
		return name + trigram + address + (numbers ? 1 : 0)
				+ (Identifiers.conflict(Identifiers.of(nameA, addressA), Identifiers.of(nameB, addressB)) == null ? 0 : 1);
	}

	/** One location against the 4,000 facilities of the evaluation registry (retrieval + scoring + decision). */
	@Benchmark
	public MatchResult matchAgainst4000() {
		return evaluationRegistry.match(nextQuery());
	}

	/** One location against a synthetic registry of 100,000 facilities. */
	@Benchmark
	public MatchResult matchAgainst100000() {
		return syntheticRegistry.match(nextQuery());
	}

	private static List<CSVRecord> read(String name) throws IOException {
		InputStream in = MatcherBenchmark.class.getResourceAsStream("/matching/" + name);
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static Double number(String s) {
		return s == null || s.isBlank() ? null : Double.valueOf(s);
	}

}
