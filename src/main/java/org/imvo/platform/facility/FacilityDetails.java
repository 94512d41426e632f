package org.imvo.platform.facility;

import java.time.Instant;
import java.util.List;

import org.imvo.platform.shared.OrganisationId;

/**
 * Everything the registry knows about a facility, for the secretariat only: which organisations
 * source there is confidential.
 *
 * @param aliases ids of facilities merged into this one
 * @param sourcedBy organisations that list the facility among their current locations
 * @param statements every committed list row linked to the facility
 * @param provenance who said which value of the facility's own attributes
 * @param history merges, their undoing and separations, newest first
 */
public record FacilityDetails(ResolvedFacility resolved, List<FacilityId> aliases, List<Sourcing> sourcedBy,
		List<Statement> statements, List<ProvenanceEntry> provenance, List<Change> history) {

	public FacilityDetails {
		aliases = List.copyOf(aliases);
		sourcedBy = List.copyOf(sourcedBy);
		statements = List.copyOf(statements);
		provenance = List.copyOf(provenance);
		history = List.copyOf(history);
	}

	public FacilityView facility() {
		return resolved.facility();
	}

	/** An organisation that sources at the facility now. */
	public record Sourcing(OrganisationId organisationId, String organisationName, Integer tier, ImportId listId) {
	}

	/** A row of a committed list that names the facility. */
	public record Statement(ImportId listId, int rowNumber, OrganisationId organisationId, String organisationName,
			RowOutcome outcome, String name, String address, String countryCode, Integer tier, Instant statedAt,
			boolean confirmedByPerson, boolean current) {
	}

	/** The value of one attribute as one organisation stated it. */
	public record ProvenanceEntry(String attribute, String value, OrganisationId organisationId,
			String organisationName, ImportId listId, Integer rowNumber, Instant statedAt) {
	}

	/**
	 * A change of the registry around this facility.
	 *
	 * @param kind MERGE, UNMERGE or SEPARATE
	 * @param undoable whether this merge can be undone now (it was not undone, and the survivor is active)
	 */
	public record Change(long id, String kind, FacilityId facilityId, FacilityId otherId, String actor,
			String reason, Instant changedAt, boolean undone, boolean undoable) {
	}

}
