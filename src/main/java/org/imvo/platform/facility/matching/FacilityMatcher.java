package org.imvo.platform.facility.matching;

/**
 * The matching engine (API agreed between the facility developers; implementation in progress on
 * the matching branch — this file's bodies are replaced there).
 *
 * Thread safety: {@link #match} may be called from several threads at once; {@link #add} and
 * {@link #remove} may run concurrently with matching.
 */
public final class FacilityMatcher {

	/** Adds (or replaces, by key) a facility of the registry. */
	public void add(RegisteredFacility facility) {
		throw new UnsupportedOperationException("implemented on the matching branch");
	}

	/** Removes a facility (e.g. merged into another). */
	public void remove(long key) {
		throw new UnsupportedOperationException("implemented on the matching branch");
	}

	/** Decides MATCHED / REVIEW / NEW for one location, with ranked candidates. */
	public MatchResult match(LocationQuery query) {
		throw new UnsupportedOperationException("implemented on the matching branch");
	}

	/** Number of facilities in the index. */
	public int size() {
		throw new UnsupportedOperationException("implemented on the matching branch");
	}

	/**
	 * A normalised key of a location (country + normalised name + normalised address) under which a
	 * person's confirmed decision is remembered, so that a replacement list does not ask again.
	 */
	public static String fingerprint(LocationQuery query) {
		throw new UnsupportedOperationException("implemented on the matching branch");
	}

}
