package org.imvo.platform.facility.matching;

/**
 * A facility of the registry as the matcher sees it.
 *
 * @param key the registry's internal numeric key (database id); the public, check-summed facility id
 * is the registry's business, not the matcher's
 */
public record RegisteredFacility(long key, String name, String address, String countryCode, Double lat, Double lng) {
}
