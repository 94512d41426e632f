package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV lists: encodings, delimiters, quoting, header mapping, row numbers. */
class CsvListTest {

	private final LocationListReader reader = new LocationListReader(ReaderLimits.defaults());

	@TempDir
	Path dir;

	@Test
	void shouldReadAPlainUtf8ListWithCanonicalColumns() throws Exception {
		Path file = write("list.csv", """
				name,address,country,sector,product_type,facility_type,processing_type,number_of_workers,parent_company,lat,lng,tier
				Rahman Knit Ltd,"Plot 12, Tejgaon I/A, Dhaka",BD,Apparel,T-shirts,Final Product Assembly,Sewing,100-500,Rahman Group,23.7639,90.3989,1
				""", StandardCharsets.UTF_8);

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
		assertThat(row.raw()).containsEntry("name", "Rahman Knit Ltd").containsEntry("tier", "1");
	}

	@Test
	void shouldReportFormatEncodingHeadersAndMappingWhenInspecting() throws Exception {
		Path file = write("list.csv", "Facility Name;Street Address;Country Name;Number of Workers;Audit score\n"
				+ "A;B;Bangladesh;12;80\n", StandardCharsets.UTF_8);

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
	void shouldKeepQuotedLineBreaksAndDoubledQuotesInOneCellAndNumberRowsAsASpreadsheetDoes() throws Exception {
		Path file = write("list.csv", "name,address,country\r\n"
				+ "\"The \"\"Best\"\" Knits\",\"House 5\r\nRoad 7\nGulshan\",Bangladesh\r\n"
				+ "\r\n"
				+ "Second,Somewhere,VN\r\n", StandardCharsets.UTF_8);

		List<LocationRow> rows = readAll(file);

		assertThat(rows).extracting(LocationRow::rowNumber).containsExactly(2, 4);
		assertThat(rows.get(0).name()).isEqualTo("The \"Best\" Knits");
		assertThat(rows.get(0).raw().get("address")).isEqualTo("House 5\nRoad 7\nGulshan");
		assertThat(rows.get(0).address()).isEqualTo("House 5 Road 7 Gulshan");
		assertThat(rows.get(1).countryCode()).isEqualTo("VN");
	}

	private List<LocationRow> readAll(Path file) throws LocationListException {
		List<LocationRow> rows = new ArrayList<>();
		int count = reader.read(file, file.getFileName().toString(), rows::add);
		assertThat(count).isEqualTo(rows.size());
		return rows;
	}

	private Path write(String name, String text, Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, charset);
		return file;
	}

	@Test
	void shouldRefuseAListWithoutRequiredColumnsNamingWhatIsMissingAndWhatWasFound() throws Exception {
		Path file = write("list.csv", "Supplier,City\nA,Dhaka\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.inspect(file, "list.csv")).isInstanceOf(LocationListException.class)
			.hasMessageContaining("address, country")
			.hasMessageContaining("\"Supplier\", \"City\"")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("missing-columns");
	}

}
