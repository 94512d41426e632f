package org.imvo.platform.facility.matching;

/**
 * Thresholds of the matcher. The defaults were chosen on the development split of the evaluation set
 * (src/test/resources/matching) and checked on its held-out test split; see docs/benchmarks.md.
 *
 * @param matchThreshold lowest score of an automatic match
 * @param reviewThreshold lowest score at which a person is asked
 * @param margin how far the best candidate must lead the runner-up for an automatic match
 * @param minNameForMatch lowest name similarity of an automatic match
 * @param minAddressForMatch lowest address similarity of an automatic match
 * @param minNameForReview lowest name similarity at which a person is asked (a different name at the
 * same address is another company in the same building, not a question)
 * @param retrievedCandidates how many candidates of the index are scored in full
 */
public record MatcherConfig(double matchThreshold, double reviewThreshold, double margin, double minNameForMatch,
		double minAddressForMatch, double minNameForReview, int retrievedCandidates) {

	public MatcherConfig {
		if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold <= 1)) {
			throw new IllegalArgumentException("need 0 < reviewThreshold <= matchThreshold <= 1");
		}
		if (margin < 0 || minNameForMatch < 0 || minAddressForMatch < 0 || minNameForReview < 0) {
			throw new IllegalArgumentException("margin and minimum similarities must not be negative");
		}
		if (retrievedCandidates < 1) {
			throw new IllegalArgumentException("retrievedCandidates must be at least 1");
		}
	}

	/** The tuned defaults. */
	public static MatcherConfig defaults() {
		return new MatcherConfig(0.80, 0.60, 0.05, 0.80, 0.45, 0.50, 12);
	}

}
