package org.imvo.platform.facility.listfile;

import java.util.List;
import java.util.Map;

/**
 * What {@link LocationListReader#inspect} found out about a file without reading all of it.
 *
 * @param format "CSV" or "XLSX"
 * @param encoding the detected character encoding (CSV), or null for XLSX
 * @param headers the header cells as written
 * @param mapping canonical column (name, address, country, sector, product_type, facility_type,
 * processing_type, number_of_workers, parent_company, lat, lng, tier) to the header it was found under
 */
public record ListSummary(String format, String encoding, List<String> headers, Map<String, String> mapping) {
}
