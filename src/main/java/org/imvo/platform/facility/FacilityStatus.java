package org.imvo.platform.facility;

/**
 * A facility of the registry is ACTIVE, or MERGED into another one (its id then resolves to the
 * survivor). A merge can be undone, which makes the facility ACTIVE again.
 */
public enum FacilityStatus {

	ACTIVE, MERGED;

	/**
	 * @throws org.imvo.platform.shared.BusinessRuleException for a facility that is not in the state the
	 * move starts from
	 */
	public FacilityStatus moveTo(FacilityStatus next) {
		if (this == next) {
			throw new org.imvo.platform.shared.BusinessRuleException("facility.illegal-transition",
					this == ACTIVE ? "This facility is already active." : "This facility is already merged.");
		}
		return next;
	}

}
