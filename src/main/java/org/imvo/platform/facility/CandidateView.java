package org.imvo.platform.facility;

import java.util.List;

/** A registry facility that may be the location of a REVIEW row, as the review screen shows it. */
public record CandidateView(FacilityId facilityId, String name, String address, String countryCode, double score,
		List<String> reasons) {

	public CandidateView {
		reasons = List.copyOf(reasons);
	}

	public int percent() {
		return (int) Math.round(score * 100);
	}

}
