package org.imvo.platform.facility;

import org.imvo.platform.shared.OrganisationId;

/**
 * That an organisation currently sources at a facility: the facility's own attributes, and what the
 * organisation's current list says about the location (the product it buys there, its tier).
 * Confidential: which organisation sources where is never shown to another organisation or the public.
 *
 * @param tier 1 (finished goods) … 4 (raw materials), or null when the list does not say
 * @param listedProductType the product type in the organisation's own row, or null
 * @param listedSector the sector in the organisation's own row, or null
 * @param listedNumberOfWorkers the number of workers in the organisation's own row, as written, or null
 */
public record SourcingLink(OrganisationId organisationId, FacilityView facility, Integer tier, String listedProductType,
		String listedSector, String listedNumberOfWorkers) {

	/** The product type the organisation lists, or else the facility's. */
	public String productType() {
		return listedProductType != null && !listedProductType.isBlank() ? listedProductType
				: facility.productType();
	}

	/** The sector the organisation lists, or else the facility's. */
	public String sector() {
		return listedSector != null && !listedSector.isBlank() ? listedSector : facility.sector();
	}

}
