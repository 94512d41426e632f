package org.imvo.platform.facility.matching;

import java.util.List;

/**
 * The matcher's answer for one location.
 *
 * @param outcome MATCHED, REVIEW or NEW
 * @param matchedKey the registry key when MATCHED, otherwise null
 * @param score the best candidate's score (0 when there is none)
 * @param candidates ranked candidates, best first (at most a handful), for the review screen
 */
public record MatchResult(MatchOutcome outcome, Long matchedKey, double score, List<Candidate> candidates) {

	public MatchResult {
		candidates = List.copyOf(candidates);
	}

}
