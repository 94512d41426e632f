package org.imvo.platform.facility.listfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw records of a CSV or XLSX source into location rows: finds the header row, applies
 * the header, validates every row and hands it on. One instance reads one file.
 */
final class ListBuilder {

	/** How many non-empty rows at the top may precede the header (titles, notes). */
	static final int HEADER_SEARCH_ROWS = 10;

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

	/** A cell starting with + or - that holds nothing but a number, a range or a phone number. */
	private static final Pattern NUMBER_LIKE = Pattern.compile("[+-][0-9 .,+%()/-]*");

	private static final Pattern TIER = Pattern
		.compile("(?:tier|level|niveau|schakel|stufe|t)?\\s*[-_:#]?\\s*([0-9]{1,3})(?:\\.0+)?(?:[^0-9a-z.].*)?",
				Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final String UNRESOLVED = "";

	private final ReaderLimits limits;

	private final Countries countries;

	/** Receives the rows when reading; null when only inspecting. */
	private final Consumer<LocationRow> sink;

	private final List<RawRecord> headerCandidates = new ArrayList<>();

	private final Map<String, String> countryCache = new HashMap<>();

	private Header header;

	private int rows;

	private LocationRow firstRow;

	ListBuilder(ReaderLimits limits, Countries countries, Consumer<LocationRow> sink) {
		this.limits = limits;
		this.countries = countries;
		this.sink = sink;
	}

	/**
	 * Takes the next record of the file; returns false when no more records are wanted (inspecting
	 * and the first data row is known).
	 */
	boolean accept(RawRecord record) throws LocationListException {
		if (header == null) {
			findHeader(record);
			return true;
		}
		if (record.isBlank()) {
			return true;
		}
		rows++;
		if (rows > limits.maxRows()) {
			throw new LocationListException("too-many-rows", String.format(Locale.ROOT,
					"The list has more than %,d rows; split it into lists of at most %,d rows each.",
					limits.maxRows(), limits.maxRows()));
		}
		LocationRow row = assemble(record);
		if (sink == null) {
			firstRow = row;
			return false;
		}
		try {
			sink.accept(row);
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
		return true;
	}

	/** After the last record: throws when the file had no usable header or no data rows. */
	void finish() throws LocationListException {
		if (header == null) {
			if (headerCandidates.isEmpty()) {
				throw new LocationListException("empty", "The file contains no rows. Upload a list with a header "
						+ "row (name, address, country …) and one row per production location.");
			}
			throw missingColumns(Header.of(headerCandidates.get(0)));
		}
		if (rows == 0) {
			throw new LocationListException("no-rows", "The list has a header row but no production locations "
					+ "below it. Add one row per location.");
		}
	}

	Header header() {
		return header;
	}

	int rows() {
		return rows;
	}

	LocationRow firstRow() {
		return firstRow;
	}

	private void findHeader(RawRecord record) throws LocationListException {
		if (record.isBlank()) {
			return;
		}
		Header candidate = Header.of(record);
		if (candidate.missing().isEmpty()) {
			header = candidate;
			headerCandidates.clear();
			return;
		}
		headerCandidates.add(record);
		if (headerCandidates.size() >= HEADER_SEARCH_ROWS) {
			throw missingColumns(Header.of(headerCandidates.get(0)));
		}
	}

	private static LocationListException missingColumns(Header header) {
		StringBuilder found = new StringBuilder();
		for (String written : header.written()) {
			if (found.length() > 300) {
				found.append(", …");
				break;
			}
			found.append(found.length() == 0 ? "" : ", ").append('"').append(abbreviate(written, 60)).append('"');
		}
		List<String> missing = header.missing();
		return new LocationListException("missing-columns",
				"The list has no column for " + String.join(", ", missing) + " (row " + header.rowNumber()
						+ " has " + (found.length() == 0 ? "no column names" : found) + "). "
						+ "The header row needs the columns name, address and country, for example "
						+ "\"Facility name\", \"Address\" and \"Country\".");
	}

	private LocationRow assemble(RawRecord record) {
		int width = Math.max(header.width(), record.size());
		Map<String, String> raw = new LinkedHashMap<>(width * 2);
		List<String> errors = new ArrayList<>(2);
		List<String> warnings = new ArrayList<>(0);
		for (int column = 0; column < width; column++) {
			String cell = record.cell(column);
			if (cell == null) {
				cell = "";
			}
			if (header.unnamed(column) && Cells.value(cell) == null) {
				continue;
			}
			String text = Cells.stripControls(cell);
			String key = header.key(column);
			raw.put(key, text);
			long fullLength = record.fullLength(column);
			if (fullLength > 0) {
				errors.add(String.format(Locale.ROOT,
						"Column \"%s\" has %,d characters; a cell may have at most %,d.", abbreviate(key, 60),
						fullLength, limits.maxCellChars()));
			}
			String formula = formulaStart(text);
			if (formula != null && record.exactNumber(column) == null) {
				warnings.add("Column \"" + abbreviate(key, 60) + "\" starts with \"" + formula
						+ "\": kept as text, never run as a formula.");
			}
		}
		if (record.tooManyCells()) {
			errors.add(String.format(Locale.ROOT, "The row has more than %,d cells.", RawRecord.MAX_COLUMNS));
		}
		if (record.unclosedQuote()) {
			errors.add("A quoted cell in this row is never closed, so the rest of the file was read as part of "
					+ "it. Check the quotation marks in this row.");
		}
		String name = value(record, Header.NAME);
		String address = address(record);
		String country = value(record, Header.COUNTRY);
		if (name == null) {
			errors.add("The name is missing.");
		}
		if (address == null) {
			errors.add("The address is missing.");
		}
		String countryCode = null;
		if (country == null) {
			for (int other : header.otherCountryColumns()) {
				country = Cells.value(nullToEmpty(record.cell(other)));
				if (country != null) {
					break;
				}
			}
		}
		if (country == null) {
			errors.add("The country is missing.");
		}
		else {
			countryCode = resolveCountry(country);
			for (int i = 0; countryCode == null && i < header.otherCountryColumns().length; i++) {
				String other = Cells.value(nullToEmpty(record.cell(header.otherCountryColumns()[i])));
				if (other != null) {
					countryCode = resolveCountry(other);
				}
			}
			if (countryCode == null) {
				errors.add("The country \"" + abbreviate(country, 60) + "\" is not recognised; write an ISO code "
						+ "such as BD or the country's name, such as Bangladesh.");
			}
		}
		int errorsBefore = errors.size();
		Double lat;
		Double lng;
		if (header.coordinates() >= 0) {
			double[] pair = coordinates(Cells.value(nullToEmpty(record.cell(header.coordinates()))), errors);
			lat = pair == null ? null : pair[0];
			lng = pair == null ? null : pair[1];
		}
		else {
			lat = coordinate(record, Header.LAT, "latitude", 90, errors);
			lng = coordinate(record, Header.LNG, "longitude", 180, errors);
		}
		if (lat == null ^ lng == null) {
			if (errors.size() == errorsBefore) {
				warnings.add((lat == null ? "A longitude without latitude" : "A latitude without longitude")
						+ " is ignored.");
			}
			lat = null;
			lng = null;
		}
		else if (lat != null && lat == 0 && lng == 0) {
			warnings.add("The position 0, 0 is not a real location and is ignored.");
			lat = null;
			lng = null;
		}
		Integer tier = tier(value(record, Header.TIER), errors);
		return new LocationRow(record.rowNumber(), Collections.unmodifiableMap(raw), name, address, country,
				countryCode, value(record, Header.SECTOR), value(record, Header.PRODUCT_TYPE),
				value(record, Header.FACILITY_TYPE), value(record, Header.PROCESSING_TYPE),
				value(record, Header.NUMBER_OF_WORKERS), value(record, Header.PARENT_COMPANY), lat, lng, tier,
				List.copyOf(errors), List.copyOf(warnings));
	}

	private String value(RawRecord record, int canonical) {
		int column = header.column(canonical);
		return column < 0 ? null : Cells.value(nullToEmpty(record.cell(column)));
	}

	/**
	 * The address, completed by the columns of the list that split it up (address line 2, city,
	 * postal code, state) where the address does not already contain their text.
	 */
	private String address(RawRecord record) {
		String address = value(record, Header.ADDRESS);
		if (address == null || header.addressParts().length == 0) {
			return address;
		}
		StringBuilder completed = new StringBuilder(address);
		String contained = " " + Countries.key(address) + " ";
		for (int column : header.addressParts()) {
			String part = Cells.value(nullToEmpty(record.cell(column)));
			if (part == null) {
				continue;
			}
			String key = Countries.key(part);
			if (!key.isEmpty() && !contained.contains(" " + key + " ")) {
				completed.append(", ").append(part);
				contained = contained + key + " ";
			}
		}
		return completed.toString();
	}

	/** Latitude and longitude from one cell: 23.81, 90.41 or 23,81; 90,41 or 23.81 90.41. */
	private double[] coordinates(String text, List<String> errors) {
		if (text == null) {
			return null;
		}
		String[] parts;
		int commas = text.length() - text.replace(",", "").length();
		if (text.indexOf(';') >= 0) {
			parts = text.split(";");
		}
		else if (commas == 1) {
			parts = text.split(",");
		}
		else if (commas == 3) {
			parts = text.split(",\\s+");
		}
		else {
			parts = text.strip().split("\\s+");
		}
		if (parts.length == 2) {
			Double lat = number(parts[0].strip(), 90);
			Double lng = number(parts[1].strip(), 180);
			if (lat != null && lng != null) {
				return new double[] { lat, lng };
			}
		}
		errors.add("The coordinates \"" + abbreviate(text, 60) + "\" are not a latitude and a longitude in "
				+ "decimal degrees, such as 23.8103, 90.4125.");
		return null;
	}

	/** A coordinate in decimal degrees within ±bound, or null. */
	private static Double number(String text, double bound) {
		String number = normaliseNumber(text);
		if (!DECIMAL.matcher(number).matches()) {
			return null;
		}
		double value = Double.parseDouble(number);
		return value < -bound || value > bound ? null : value;
	}

	private static String normaliseNumber(String text) {
		String number = text.replace('\u2212', '-');
		if (number.endsWith("°")) {
			number = number.substring(0, number.length() - 1).strip();
		}
		if (number.indexOf('.') < 0 && number.indexOf(',') == number.lastIndexOf(',')) {
			// a decimal comma, as spreadsheets in much of Europe write it: 52,3676
			number = number.replace(',', '.');
		}
		return number;
	}

	private String resolveCountry(String text) {
		String cached = countryCache.get(text);
		if (cached == null) {
			cached = countries.alpha2(text).orElse(UNRESOLVED);
			if (countryCache.size() > 10_000) {
				countryCache.clear();
			}
			countryCache.put(text, cached);
		}
		return cached.equals(UNRESOLVED) ? null : cached;
	}

	private Double coordinate(RawRecord record, int canonical, String what, double bound, List<String> errors) {
		int column = header.column(canonical);
		if (column < 0) {
			return null;
		}
		String exact = record.exactNumber(column);
		String text = exact != null ? exact : Cells.value(nullToEmpty(record.cell(column)));
		if (text == null) {
			return null;
		}
		String number = normaliseNumber(text);
		if (!DECIMAL.matcher(number).matches()) {
			errors.add("The " + what + " \"" + abbreviate(text, 40) + "\" is not a number; write decimal degrees "
					+ "such as " + (bound == 90 ? "23.8103" : "90.4125") + ".");
			return null;
		}
		double value = Double.parseDouble(number);
		if (value < -bound || value > bound) {
			errors.add("The " + what + " " + abbreviate(text, 40) + " is out of range (-" + (int) bound + " to "
					+ (int) bound + ").");
			return null;
		}
		return value;
	}

	private static Integer tier(String text, List<String> errors) {
		if (text == null) {
			return null;
		}
		Matcher matcher = TIER.matcher(text);
		if (matcher.matches()) {
			int tier = Integer.parseInt(matcher.group(1));
			if (tier >= 1 && tier <= 4) {
				return tier;
			}
		}
		errors.add("The tier \"" + abbreviate(text, 40) + "\" is not 1, 2, 3 or 4 (1 = finished goods … "
				+ "4 = raw materials).");
		return null;
	}

	/**
	 * The character that would make a spreadsheet run the cell as a formula (=, +, -, @), or null. A
	 * cell with only a number, a range or a phone number after + or - is harmless.
	 */
	private static String formulaStart(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return null;
		}
		char c = text.charAt(i);
		if (c == '=' || c == '@') {
			return String.valueOf(c);
		}
		if ((c == '+' || c == '-') && !NUMBER_LIKE.matcher(text.strip()).matches()) {
			return String.valueOf(c);
		}
		return null;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** A failure of the caller's sink, carried through the parsers unchanged. */
	static final class SinkFailure extends RuntimeException {

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		RuntimeException unwrap() {
			return (RuntimeException) getCause();
		}

	}

}
