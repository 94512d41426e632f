package org.imvo.platform.facility.matching;

import java.util.List;

/**
 * A registry facility that may be the queried location.
 *
 * @param key the facility's registry key
 * @param score 0..1, higher is more similar
 * @param reasons short explanations for people (e.g. "name 0.97", "unit number differs: 1 vs 2")
 */
public record Candidate(long key, double score, List<String> reasons) {

	public Candidate {
		reasons = List.copyOf(reasons);
	}

}
