package org.imvo.platform.facility;

/** What became of one row of a location list. */
public enum RowOutcome {

	/** Linked to an existing facility of the registry (automatically, or confirmed by a person). */
	MATCHED,
	/** A facility the registry did not know: the list created it. */
	NEW,
	/**
	 * Possibly one of several registry facilities: a person decides on the review screen. Until then
	 * the row is kept with the list but is not one of the organisation's current locations.
	 */
	REVIEW,
	/** Unusable (e.g. no name or an unknown country); the messages say why. */
	REJECTED

}
