package org.imvo.platform.facility.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.imvo.platform.facility.listfile.LocationRow;
import org.imvo.platform.facility.matching.Candidate;

/**
 * Renders staged rows in PostgreSQL's COPY text format for {@code location_list_row}: one line per
 * row, columns separated by tabs, {@code \N} for null, and backslash escapes for backslash, tab and
 * line breaks.
 */
final class RowCopy {

	static final String COLUMNS = "list_id, row_number, raw, name, address, country, country_code, sector, "
			+ "product_type, facility_type, processing_type, number_of_workers, parent_company, lat, lng, tier, "
			+ "fingerprint, outcome, facility_key, creates_facility, score, messages, candidates";

	static final String SQL = "copy location_list_row (" + COLUMNS + ") from stdin";

	private RowCopy() {
	}

	static String render(UUID listId, List<StagedRow> rows) {
		StringBuilder out = new StringBuilder(rows.size() * 600);
		String list = listId.toString();
		for (StagedRow staged : rows) {
			LocationRow row = staged.row();
			out.append(list).append('\t').append(row.rowNumber());
			column(out, Json.object(row.raw()));
			column(out, row.name());
			column(out, row.address());
			column(out, row.country());
			column(out, row.countryCode());
			column(out, row.sector());
			column(out, row.productType());
			column(out, row.facilityType());
			column(out, row.processingType());
			column(out, row.numberOfWorkers());
			column(out, row.parentCompany());
			column(out, row.lat() == null ? null : row.lat().toString());
			column(out, row.lng() == null ? null : row.lng().toString());
			column(out, row.tier() == null ? null : row.tier().toString());
			column(out, staged.fingerprint());
			column(out, staged.outcome().name());
			column(out, staged.facilityKey() == null ? null : staged.facilityKey().toString());
			column(out, staged.createsFacility() ? "t" : "f");
			column(out, staged.score() == null ? null : String.format(Locale.ROOT, "%.4f", staged.score()));
			column(out, Json.strings(staged.messages()));
			column(out, staged.candidates().isEmpty() ? null : candidates(staged.candidates()));
			out.append('\n');
		}
		return out.toString();
	}

	static String candidates(List<Candidate> candidates) {
		StringBuilder json = new StringBuilder(candidates.size() * 120).append('[');
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"key\":")
				.append(c.key())
				.append(",\"score\":")
				.append(String.format(Locale.ROOT, "%.4f", c.score()))
				.append(",\"reasons\":")
				.append(Json.strings(c.reasons()))
				.append('}');
		}
		return json.append(']').toString();
	}

	private static void column(StringBuilder out, String value) {
		out.append('\t');
		if (value == null) {
			out.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\0' -> {
				}
				default -> out.append(c);
			}
		}
	}

}
