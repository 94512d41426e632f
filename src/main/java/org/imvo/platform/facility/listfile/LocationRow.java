package org.imvo.platform.facility.listfile;

import java.util.List;
import java.util.Map;

/**
 * One data row of a location list, with its raw values kept.
 *
 * @param rowNumber 1-based number of the data row as a person counts rows in the file (header = row 1,
 * so the first data row is 2)
 * @param raw every cell of the row by its original header text, in file order (extra columns included)
 * @param name required
 * @param address required
 * @param country the country cell as written
 * @param countryCode the country resolved to ISO 3166-1 alpha-2, or null when it could not be resolved
 * @param numberOfWorkers may be a range such as "100-500" in the file; kept as text
 * @param tier 1 (finished goods) … 4 (raw materials), or null
 * @param errors reasons that make the row unusable (it will be REJECTED); empty when the row is fine
 * @param warnings remarks that do not reject the row (e.g. a cell that starts with '=' kept as text)
 */
public record LocationRow(int rowNumber, Map<String, String> raw, String name, String address, String country,
		String countryCode, String sector, String productType, String facilityType, String processingType,
		String numberOfWorkers, String parentCompany, Double lat, Double lng, Integer tier, List<String> errors,
		List<String> warnings) {

	public boolean rejected() {
		return !errors.isEmpty();
	}

}
