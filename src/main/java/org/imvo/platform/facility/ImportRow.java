package org.imvo.platform.facility;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded list with its outcome.
 *
 * @param facilityId the linked facility (MATCHED, NEW), or null (REVIEW, REJECTED)
 * @param score the matcher's best score (0..1), or null when no matching took place
 * @param messages reasons and remarks, for people
 * @param candidates ranked candidates (REVIEW rows; empty otherwise)
 * @param raw every cell by its original header
 * @param decidedBy who confirmed the outcome on the review screen, or null for an automatic outcome
 */
public record ImportRow(int rowNumber, RowOutcome outcome, FacilityId facilityId, Double score,
		List<String> messages, List<CandidateView> candidates, String name, String address, String country,
		String countryCode, Integer tier, Map<String, String> raw, String decidedBy, Instant decidedAt) {

	public ImportRow {
		messages = List.copyOf(messages);
		candidates = List.copyOf(candidates);
	}

	public boolean awaitingDecision() {
		return outcome == RowOutcome.REVIEW;
	}

}
