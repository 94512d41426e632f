package org.imvo.platform.covenant;

import java.util.List;

/** A covenant as lists and other modules see it. */
public record CovenantSummary(CovenantId id, String name, String sector, List<String> naceCodes, Term term,
		CovenantStatus status, boolean publicListed, String description, String goals) {

	public CovenantSummary {
		naceCodes = List.copyOf(naceCodes);
	}

}
