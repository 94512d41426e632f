package org.imvo.platform.facility;

/**
 * The answer to a look-up by id: the facility, and the id that was asked for, which differs when
 * it was merged into this facility (old ids keep working).
 */
public record ResolvedFacility(FacilityView facility, FacilityId requestedId) {

	public boolean viaAlias() {
		return !facility.facilityId().equals(requestedId);
	}

}
