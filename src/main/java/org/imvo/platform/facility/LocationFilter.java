package org.imvo.platform.facility;

/**
 * Narrows an organisation's current locations; every part may be null.
 *
 * @param countryCode ISO alpha-2
 * @param tier 1..4
 * @param text part of a name, address or facility id
 */
public record LocationFilter(String countryCode, Integer tier, String text) {

	public static LocationFilter none() {
		return new LocationFilter(null, null, null);
	}

}
