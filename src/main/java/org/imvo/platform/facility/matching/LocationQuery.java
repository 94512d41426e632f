package org.imvo.platform.facility.matching;

/**
 * A production location as a company described it, to be matched against the registry.
 *
 * @param name the facility name as written
 * @param address the address as written (free text)
 * @param countryCode ISO 3166-1 alpha-2, already resolved (never null)
 * @param lat latitude or null
 * @param lng longitude or null
 */
public record LocationQuery(String name, String address, String countryCode, Double lat, Double lng) {
}
