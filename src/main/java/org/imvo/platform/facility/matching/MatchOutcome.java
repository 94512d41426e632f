package org.imvo.platform.facility.matching;

/** What the matcher concluded for one location. */
public enum MatchOutcome {

	/** The same facility as one in the registry, with enough certainty to link it automatically. */
	MATCHED,
	/** Possibly one of the ranked candidates; a person must decide. */
	REVIEW,
	/** No facility of the registry is a plausible match: a new facility. */
	NEW

}
