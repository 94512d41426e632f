package org.imvo.platform.facility.internal;

import java.util.List;

import org.imvo.platform.facility.RowOutcome;
import org.imvo.platform.facility.listfile.LocationRow;
import org.imvo.platform.facility.matching.Candidate;

/**
 * A row of a list after matching, ready to be written to {@code location_list_row}.
 *
 * @param facilityKey the linked (MATCHED) or allocated (NEW) facility key, or null
 * @param createsFacility whether this row's values create the facility (first row naming a new one)
 * @param score the matcher's best score, or null when no matching took place (REJECTED)
 */
record StagedRow(LocationRow row, String fingerprint, RowOutcome outcome, Long facilityKey, boolean createsFacility,
		Double score, List<String> messages, List<Candidate> candidates) {

	StagedRow {
		messages = List.copyOf(messages);
		candidates = List.copyOf(candidates);
	}

	StagedRow withNewFacility(long key, boolean creates, List<String> extraMessages) {
		List<String> all = new java.util.ArrayList<>(messages);
		all.addAll(extraMessages);
		return new StagedRow(row, fingerprint, RowOutcome.NEW, key, creates, score, all, candidates);
	}

}
