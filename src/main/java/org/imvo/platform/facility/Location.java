package org.imvo.platform.facility;

/**
 * One of an organisation's current production locations: the registry facility, and how the
 * organisation listed it.
 *
 * @param tier 1 (finished goods) … 4 (raw materials), or null when the list does not say
 */
public record Location(FacilityId facilityId, String name, String address, String countryCode, Double lat,
		Double lng, Integer tier, String sector, String productType, String listedName, String listedAddress,
		ImportId listId, int rowNumber) {
}
