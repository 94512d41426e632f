package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading CSV lists: encodings, delimiters, quoting, header mapping, row numbers. Files with exact
 * bytes (BOMs, UTF-16, Windows-1252) are committed in {@code src/test/resources/listfile/}.
 */
class CsvListTest {

	private final LocationListReader reader = new LocationListReader(ReaderLimits.defaults());

	@TempDir
	Path dir;

	@Test
	void shouldReadAPlainUtf8ListWithCanonicalColumns() throws Exception {
		Path file = write("list.csv", """
				name,address,country,sector,product_type,facility_type,processing_type,number_of_workers,parent_company,lat,lng,tier
				Rahman Knit Ltd,"Plot 12, Tejgaon I/A, Dhaka",BD,Apparel,T-shirts,Final Product Assembly,Sewing,100-500,Rahman Group,23.7639,90.3989,1
				""");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).hasSize(1);
		LocationRow row = rows.get(0);
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.name()).isEqualTo("Rahman Knit Ltd");
		assertThat(row.address()).isEqualTo("Plot 12, Tejgaon I/A, Dhaka");
		assertThat(row.country()).isEqualTo("BD");
		assertThat(row.countryCode()).isEqualTo("BD");
		assertThat(row.sector()).isEqualTo("Apparel");
		assertThat(row.productType()).isEqualTo("T-shirts");
		assertThat(row.facilityType()).isEqualTo("Final Product Assembly");
		assertThat(row.processingType()).isEqualTo("Sewing");
		assertThat(row.numberOfWorkers()).isEqualTo("100-500");
		assertThat(row.parentCompany()).isEqualTo("Rahman Group");
		assertThat(row.lat()).isEqualTo(23.7639);
		assertThat(row.lng()).isEqualTo(90.3989);
		assertThat(row.tier()).isEqualTo(1);
		assertThat(row.errors()).isEmpty();
		assertThat(row.warnings()).isEmpty();
		assertThat(row.rejected()).isFalse();
		assertThat(row.raw()).containsEntry("name", "Rahman Knit Ltd").containsEntry("tier", "1");
	}

	@Test
	void shouldReportFormatEncodingHeadersAndMappingWhenInspecting() throws Exception {
		Path file = write("list.csv", "Facility Name;Street Address;Country Name;Number of Workers;Audit score\n"
				+ "A;B;Bangladesh;12;80\n");

		ListSummary summary = reader.inspect(file, "list.csv");

		assertThat(summary.format()).isEqualTo("CSV");
		assertThat(summary.encoding()).isEqualTo("UTF-8");
		assertThat(summary.headers())
			.containsExactly("Facility Name", "Street Address", "Country Name", "Number of Workers", "Audit score");
		assertThat(summary.mapping()).containsEntry("name", "Facility Name")
			.containsEntry("address", "Street Address")
			.containsEntry("country", "Country Name")
			.containsEntry("number_of_workers", "Number of Workers")
			.doesNotContainKey("tier");
	}

	@Test
	void shouldReadUtf8WithByteOrderMarkWithoutTheMarkInTheFirstHeader() throws Exception {
		Path file = fixture("utf8-bom.csv");

		ListSummary summary = reader.inspect(file, "utf8-bom.csv");
		List<LocationRow> rows = readAll(file);

		assertThat(summary.encoding()).isEqualTo("UTF-8");
		assertThat(summary.headers().get(0)).isEqualTo("Facility Name");
		assertThat(summary.mapping()).containsEntry("name", "Facility Name");
		assertThat(rows).extracting(LocationRow::name).containsExactly("Ananta Apparels", "Đồng Nai Garment");
		assertThat(rows).extracting(LocationRow::countryCode).containsExactly("BD", "VN");
		assertThat(rows.get(1).address()).isEqualTo("Lô 5, KCN Biên Hòa, Đồng Nai");
	}

	@Test
	void shouldReadUtf16LittleEndianTabSeparatedTextAsExcelSavesUnicodeText() throws Exception {
		Path file = fixture("utf16le.txt");

		ListSummary summary = reader.inspect(file, "utf16le.txt");
		List<LocationRow> rows = readAll(file);

		assertThat(summary.encoding()).isEqualTo("UTF-16LE");
		assertThat(rows).extracting(LocationRow::name).containsExactly("İstanbul Örme Tekstil", "上海纺织厂");
		assertThat(rows).extracting(LocationRow::countryCode).containsExactly("TR", "CN");
		assertThat(rows.get(1).address()).isEqualTo("上海市浦东新区张江路100号");
	}

	@Test
	void shouldReadUtf16BigEndianAndUtf16WithoutByteOrderMark() throws Exception {
		String text = "name,address,country\r\nŁódź Textiles,ul. Piotrkowska 1,Poland\r\n";
		Path bigEndian = dir.resolve("be.csv");
		Files.write(bigEndian, concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE)));
		Path noBom = dir.resolve("nobom.csv");
		Files.write(noBom, text.getBytes(StandardCharsets.UTF_16LE));

		assertThat(reader.inspect(bigEndian, null).encoding()).isEqualTo("UTF-16BE");
		assertThat(readAll(bigEndian).get(0).name()).isEqualTo("Łódź Textiles");
		assertThat(reader.inspect(noBom, null).encoding()).isEqualTo("UTF-16LE");
		assertThat(readAll(noBom).get(0).countryCode()).isEqualTo("PL");
	}

	@Test
	void shouldFallBackToWindows1252WhenTheFileIsNotValidUtf8() throws Exception {
		Path file = fixture("windows-1252.csv");

		ListSummary summary = reader.inspect(file, "windows-1252.csv");
		List<LocationRow> rows = readAll(file);

		assertThat(summary.encoding()).isEqualTo("windows-1252");
		assertThat(rows.get(0).name()).isEqualTo("Dhaka Tejgaon – Ç");
		assertThat(rows.get(1).name()).isEqualTo("Fábrica Açores");
	}

	@Test
	void shouldMapDutchHeadersAndReadDecimalCommasOfASemicolonList() throws Exception {
		Path file = fixture("windows-1252.csv");

		ListSummary summary = reader.inspect(file, null);
		List<LocationRow> rows = readAll(file);

		assertThat(summary.mapping()).containsEntry("name", "Naam")
			.containsEntry("address", "Adres")
			.containsEntry("country", "Land")
			.containsEntry("number_of_workers", "Aantal werknemers")
			.containsEntry("lat", "Breedtegraad")
			.containsEntry("lng", "Lengtegraad");
		assertThat(rows.get(0).numberOfWorkers()).isEqualTo("1.200");
		assertThat(rows.get(0).lat()).isEqualTo(23.7639);
		assertThat(rows.get(1).lng()).isEqualTo(-8.6291);
		assertThat(rows.get(1).countryCode()).isEqualTo("PT");
		assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
	}

	@Test
	void shouldKeepQuotedLineBreaksAndDoubledQuotesInOneCellAndNumberRowsAsASpreadsheetDoes() throws Exception {
		List<LocationRow> rows = readAll(fixture("quoted-line-breaks.csv"));

		assertThat(rows).extracting(LocationRow::rowNumber).containsExactly(2, 4);
		assertThat(rows.get(0).name()).isEqualTo("Knit \"Star\" Ltd");
		assertThat(rows.get(0).raw()).containsEntry("address", "House 5\nRoad 7\nGulshan 1, Dhaka")
			.containsEntry("notes", "line one\nline two");
		assertThat(rows.get(0).address()).isEqualTo("House 5 Road 7 Gulshan 1, Dhaka");
		assertThat(rows.get(1).address()).isEqualTo("Km 12, Carretera a Puebla");
		assertThat(rows.get(1).countryCode()).isEqualTo("MX");
		assertThat(rows.get(1).raw()).containsEntry("notes", "");
	}

	@Test
	void shouldTreatCarriageReturnLineEndsAndCrLfInsideQuotesAlike() throws Exception {
		Path file = write("mac.csv", "name,address,country\r\"A\r\nB\",Street 1,FR\rC,Street 2,DE");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).extracting(LocationRow::rowNumber).containsExactly(2, 3);
		assertThat(rows.get(0).raw()).containsEntry("name", "A\nB");
		assertThat(rows.get(1).countryCode()).isEqualTo("DE");
	}

	@Test
	void shouldDetectTabAndSemicolonDelimitersAndHonourExcelsSepLine() throws Exception {
		Path tab = write("tab.csv", "name\taddress\tcountry\nA, B and C\tStreet 1, Town\tNL\n");
		Path semicolon = write("semi.csv", "\"name\";\"address\";\"country\"\nA;\"Street 1; Town\";NL\n");
		Path sepLine = write("sep.csv", "sep=|\nname|address|country\nA|Street 1, Town|NL\n");

		assertThat(readAll(tab).get(0).name()).isEqualTo("A, B and C");
		assertThat(readAll(semicolon).get(0).address()).isEqualTo("Street 1; Town");
		LocationRow piped = readAll(sepLine).get(0);
		assertThat(piped.address()).isEqualTo("Street 1, Town");
		assertThat(piped.rowNumber()).isEqualTo(2);
	}

	@Test
	void shouldSkipTitleRowsAboveTheHeader() throws Exception {
		Path file = write("titled.csv", "Supplier list 2025;;\nCompany: Example B.V.;;\n\n"
				+ "Factory name;Full address;Country code\nA;Street 1;KH\n");

		ListSummary summary = reader.inspect(file, null);
		List<LocationRow> rows = readAll(file);

		assertThat(summary.headers()).containsExactly("Factory name", "Full address", "Country code");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(5);
			assertThat(row.countryCode()).isEqualTo("KH");
		});
	}

	@Test
	void shouldMatchHeadersIgnoringCaseSpacesUnderscoresHyphensAndBracketedNotes() throws Exception {
		Path file = write("headers.csv", "FACILITY_NAME,facility-address,Country / Region,Product type,"
				+ "Processing Type,Facility Type,No. of workers,Parent Company,Latitude (decimal),Longitude (decimal),"
				+ "Tier level,Sector\nA,B,IN,Yarn,Spinning,Mill,300,P,1.5,2.5,T4,Textiles\n");

		ListSummary summary = reader.inspect(file, null);
		LocationRow row = readAll(file).get(0);

		assertThat(summary.mapping()).containsOnlyKeys("name", "address", "country", "sector", "product_type",
				"facility_type", "processing_type", "number_of_workers", "parent_company", "lat", "lng", "tier");
		assertThat(row.tier()).isEqualTo(4);
		assertThat(row.productType()).isEqualTo("Yarn");
		assertThat(row.processingType()).isEqualTo("Spinning");
		assertThat(row.facilityType()).isEqualTo("Mill");
		assertThat(row.lat()).isEqualTo(1.5);
	}

	@Test
	void shouldKeepDuplicateAndExtraColumnsInRawUnderDistinctKeys() throws Exception {
		Path file = write("dups.csv", "Name,Address,Address,Country,,Remarks\nA,Street 1,Unit 5,PK,x,note\n");

		ListSummary summary = reader.inspect(file, null);
		LocationRow row = readAll(file).get(0);

		assertThat(summary.headers()).containsExactly("Name", "Address", "Address", "Country", "Remarks");
		assertThat(summary.mapping()).containsEntry("address", "Address");
		assertThat(row.address()).isEqualTo("Street 1");
		assertThat(row.raw()).containsExactly(entry("Name", "A"), entry("Address", "Street 1"),
				entry("Address (2)", "Unit 5"), entry("Country", "PK"), entry("(column E)", "x"),
				entry("Remarks", "note"));
	}

	@Test
	void shouldCompleteTheAddressFromCityPostalCodeAndProvinceColumnsUnlessItContainsThem() throws Exception {
		Path file = write("parts.csv", "Supplier name;Street;Postcode;Plaats;Province;Land\n"
				+ "A;Plot 12, Tejgaon I/A;1208;Dhaka;Dhaka Division;BD\n"
				+ "B;Plot 7, Ashulia, Savar, Dhaka 1341;1341;Dhaka;;BD\n");

		ListSummary summary = reader.inspect(file, null);
		List<LocationRow> rows = readAll(file);

		assertThat(summary.mapping()).containsEntry("address", "Street");
		assertThat(rows.get(0).address()).isEqualTo("Plot 12, Tejgaon I/A, Dhaka, 1208, Dhaka Division");
		assertThat(rows.get(1).address()).isEqualTo("Plot 7, Ashulia, Savar, Dhaka 1341");
		assertThat(rows.get(0).raw()).containsEntry("Street", "Plot 12, Tejgaon I/A").containsEntry("Plaats", "Dhaka");
	}

	@Test
	void shouldReadLatitudeAndLongitudeFromOneCoordinatesColumn() throws Exception {
		Path file = write("coordinates.csv", "name\taddress\tcountry\tGPS coordinates\n"
				+ "A\tS\tBD\t23.7639, 90.3989\nB\tS\tBD\t23,7639; 90,3989\nC\tS\tBD\t23.7639 90.3989\n"
				+ "D\tS\tBD\tsomewhere near Dhaka\n");

		ListSummary summary = reader.inspect(file, null);
		List<LocationRow> rows = readAll(file);

		assertThat(summary.mapping()).containsEntry("lat", "GPS coordinates").containsEntry("lng", "GPS coordinates");
		assertThat(rows.subList(0, 3)).allSatisfy(row -> {
			assertThat(row.lat()).isEqualTo(23.7639);
			assertThat(row.lng()).isEqualTo(90.3989);
			assertThat(row.errors()).isEmpty();
		});
		assertThat(rows.get(3).errors()).singleElement().asString().contains("are not a latitude and a longitude");
	}

	@Test
	void shouldUseAnotherCountryColumnWhenTheFirstIsEmptyOrUnknown() throws Exception {
		Path file = write("countries.csv",
				"name,address,country,country code\nA,Street 1,,LK\nB,Street 2,Ceylon Isles,LK\n");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).extracting(LocationRow::countryCode).containsExactly("LK", "LK");
		assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
	}

	@Test
	void shouldRejectRowsWithoutNameAddressOrCountryOrWithAnUnknownCountry() throws Exception {
		Path file = write("gaps.csv", "name,address,country\n,Street 1,BD\nB,  ,BD\nC,Street 3,\nD,Street 4,Narnia\n");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).allSatisfy(row -> assertThat(row.rejected()).isTrue());
		assertThat(rows.get(0).errors()).containsExactly("The name is missing.");
		assertThat(rows.get(1).errors()).containsExactly("The address is missing.");
		assertThat(rows.get(2).errors()).containsExactly("The country is missing.");
		assertThat(rows.get(3).errors()).singleElement().asString().contains("\"Narnia\" is not recognised");
		assertThat(rows.get(3).countryCode()).isNull();
	}

	@Test
	void shouldRejectCoordinatesThatAreNotNumbersOrOutOfRangeAndTiersOutside1To4() throws Exception {
		Path file = write("numbers.csv", "name,address,country,lat,lng,tier\n"
				+ "A,S,BD,north,90,1\nB,S,BD,91,90,2\nC,S,BD,23,-181,3\nD,S,BD,23.5,90.1,5\nE,S,BD,-12.5,-45,Tier 2\n"
				+ "F,S,BD,23.5,,\nG,S,BD,0,0,\nH,S,BD,NaN,Infinity,\n");

		List<LocationRow> rows = readAll(file);

		assertThat(rows.get(0).errors()).singleElement().asString().contains("latitude \"north\" is not a number");
		assertThat(rows.get(0).warnings()).isEmpty();
		assertThat(rows.get(0).lng()).as("no half position").isNull();
		assertThat(rows.get(1).errors()).singleElement().asString().contains("latitude 91 is out of range");
		assertThat(rows.get(2).errors()).singleElement().asString().contains("longitude -181 is out of range");
		assertThat(rows.get(3).errors()).singleElement().asString().contains("tier \"5\" is not 1, 2, 3 or 4");
		LocationRow fine = rows.get(4);
		assertThat(fine.errors()).isEmpty();
		assertThat(fine.warnings()).as("a negative number is no formula").isEmpty();
		assertThat(fine.lat()).isEqualTo(-12.5);
		assertThat(fine.tier()).isEqualTo(2);
		assertThat(rows.get(5).lat()).isNull();
		assertThat(rows.get(5).warnings()).containsExactly("A latitude without longitude is ignored.");
		assertThat(rows.get(6).lat()).isNull();
		assertThat(rows.get(6).warnings()).singleElement().asString().contains("0, 0");
		assertThat(rows.get(7).errors()).hasSize(2);
	}

	@Test
	void shouldKeepFormulaLikeCellsAsTextWithAWarning() throws Exception {
		Path file = write("formulas.csv", "name,address,country,phone,remarks\n"
				+ "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+cmd|' /C calc'!A0,BD,+880 2 123456,"
				+ "@SUM(A1:A2)\nB,-2+3+cmd|'/C calc'!A0,BD,-,100-500\n");

		List<LocationRow> rows = readAll(file);

		LocationRow first = rows.get(0);
		assertThat(first.name()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(first.address()).isEqualTo("+cmd|' /C calc'!A0");
		assertThat(first.rejected()).isFalse();
		assertThat(first.warnings()).containsExactly(
				"Column \"name\" starts with \"=\": kept as text, never run as a formula.",
				"Column \"address\" starts with \"+\": kept as text, never run as a formula.",
				"Column \"remarks\" starts with \"@\": kept as text, never run as a formula.");
		assertThat(rows.get(1).warnings()).containsExactly(
				"Column \"address\" starts with \"-\": kept as text, never run as a formula.");
	}

	@Test
	void shouldStripControlCharactersAndInvisibleFormattingCharacters() throws Exception {
		Path file = write("controls.csv", "name,address,country\nAl\u0000pha\u0007 \u202EKnit\u200B,Street\u00A0\u00A01,"
				+ "\uFEFFBD\n");

		LocationRow row = readAll(file).get(0);

		assertThat(row.name()).isEqualTo("Alpha Knit");
		assertThat(row.raw()).containsEntry("name", "Alpha Knit");
		assertThat(row.address()).isEqualTo("Street 1");
		assertThat(row.countryCode()).isEqualTo("BD");
	}

	@Test
	void shouldRejectARowWithATenMegabyteCellNamingTheColumnWithoutKeepingTheWholeCell() throws Exception {
		Path file = dir.resolve("huge-cell.csv");
		String huge = "x".repeat(10 * 1024 * 1024);
		Files.writeString(file, "name,address,country\nA,\"" + huge + "\",BD\nB,Street 2,BD\n");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).hasSize(2);
		LocationRow bad = rows.get(0);
		assertThat(bad.errors()).containsExactly(
				"Column \"address\" has 10,485,760 characters; a cell may have at most 32,767.");
		assertThat(bad.raw().get("address")).hasSize(32_767);
		assertThat(rows.get(1).rejected()).isFalse();
	}

	@Test
	void shouldRejectTheRowOfAQuoteThatIsNeverClosed() throws Exception {
		Path file = write("open-quote.csv", "name,address,country\nA,\"Street 1,BD\nB,Street 2,BD\n");

		List<LocationRow> rows = readAll(file);

		assertThat(rows).singleElement()
			.satisfies(row -> assertThat(row.errors()).anySatisfy(error -> assertThat(error).contains("never closed")));
	}

	@Test
	void shouldRefuseMoreRowsThanAllowed() throws Exception {
		LocationListReader small = new LocationListReader(new ReaderLimits(1024 * 1024, 3, 1000, 1024 * 1024));
		Path file = write("rows.csv", "name,address,country\nA,S,BD\nB,S,BD\n\nC,S,BD\nD,S,BD\n");
		Path exactlyThree = write("three.csv", "name,address,country\nA,S,BD\nB,S,BD\n\nC,S,BD\n");

		assertThatThrownBy(() -> small.read(file, null, row -> {
		})).isInstanceOf(LocationListException.class)
			.hasMessage("The list has more than 3 rows; split it into lists of at most 3 rows each.")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("too-many-rows");
		assertThat(small.read(exactlyThree, null, row -> {
		})).isEqualTo(3);
	}

	@Test
	void shouldRefuseAFileLargerThanAllowed() throws Exception {
		LocationListReader small = new LocationListReader(new ReaderLimits(100, 10, 1000, 1000));
		Path file = write("big.csv", "name,address,country\n" + "A,Street,BD\n".repeat(20));

		assertThatThrownBy(() -> small.inspect(file, null)).isInstanceOf(LocationListException.class)
			.hasMessageContaining("at most 0.0 MB")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("too-large");
	}

	@Test
	void shouldRefuseAnEmptyFileABlankFileAndAHeaderWithoutRows() throws Exception {
		Path empty = write("empty.csv", "");
		Path blank = write("blank.csv", "\r\n ; ; \r\n\r\n");
		Path headerOnly = fixture("header-only.csv");

		assertThatThrownBy(() -> reader.inspect(empty, null)).extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("empty");
		assertThatThrownBy(() -> reader.read(blank, null, row -> {
		})).extracting(ex -> ((LocationListException) ex).code()).isEqualTo("empty");
		assertThatThrownBy(() -> reader.inspect(headerOnly, null)).isInstanceOf(LocationListException.class)
			.hasMessageContaining("header row but no production locations")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("no-rows");
	}

	@Test
	void shouldRefuseAListWithoutRequiredColumnsNamingWhatIsMissingAndWhatWasFound() throws Exception {
		Path file = write("list.csv", "Supplier,City\nA,Dhaka\n");

		assertThatThrownBy(() -> reader.inspect(file, "list.csv")).isInstanceOf(LocationListException.class)
			.hasMessageContaining("no column for address, country")
			.hasMessageContaining("\"Supplier\", \"City\"")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("missing-columns");
	}

	@Test
	void shouldPassTheSinksOwnFailureThroughUnchanged() throws Exception {
		Path file = write("list.csv", "name,address,country\nA,S,BD\n");
		IllegalStateException failure = new IllegalStateException("database is gone");

		assertThatThrownBy(() -> reader.read(file, null, row -> {
			throw failure;
		})).isSameAs(failure);
	}

	@Test
	void shouldTreatAMissingUploadAsAMachineFailureNotAsABadFile() {
		Path missing = dir.resolve("gone.csv");

		assertThatThrownBy(() -> reader.inspect(missing, null)).isInstanceOf(UncheckedIOException.class);
	}

	private List<LocationRow> readAll(Path file) throws LocationListException {
		List<LocationRow> rows = new ArrayList<>();
		int count = reader.read(file, file.getFileName().toString(), rows::add);
		assertThat(count).isEqualTo(rows.size());
		return rows;
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text, StandardCharsets.UTF_8);
	}

	private Path write(String name, String text, Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

	/** Copies a committed fixture into the temporary folder (the reader wants a file path). */
	private Path fixture(String name) throws IOException {
		Path file = dir.resolve(name);
		try (InputStream in = CsvListTest.class.getResourceAsStream("/listfile/" + name)) {
			assertThat(in).as(name).isNotNull();
			Files.copy(in, file);
		}
		return file;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
