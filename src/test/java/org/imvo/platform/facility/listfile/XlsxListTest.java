package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading XLSX lists with the streaming reader: first sheet, cells as a person sees them, limits. */
class XlsxListTest {

	private final LocationListReader reader = new LocationListReader(ReaderLimits.defaults());

	@TempDir
	Path dir;

	@Test
	void shouldReadTheFirstSheetWithNumbersAndDatesAsAPersonSeesThem() throws Exception {
		Path file = dir.resolve("upload.bin");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Locations");
			Row header = sheet.createRow(0);
			String[] names = { "Facility name", "Address", "Country", "Number of workers", "Latitude", "Longitude",
					"Tier", "Audit date", "Share", "Certified" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat((short) 14);
			CellStyle twoDecimals = workbook.createCellStyle();
			twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("Saigon Stitch Co.");
			row.createCell(1).setCellValue("12 Nguyen Van Linh, District 7, Ho Chi Minh City");
			row.createCell(2).setCellValue("Viet Nam");
			row.createCell(3).setCellValue(1500);
			row.createCell(4).setCellValue(10.7295123);
			row.getCell(4).setCellStyle(twoDecimals);
			row.createCell(5).setCellValue(106.7218456);
			row.createCell(6).setCellValue(2);
			row.createCell(7).setCellValue(LocalDate.of(2024, 3, 31));
			row.getCell(7).setCellStyle(date);
			row.createCell(8).setCellValue(0.25);
			row.getCell(8).setCellStyle(percent);
			row.createCell(9).setCellValue(true);
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
			workbook.write(out);
		}

		ListSummary summary = reader.inspect(file, "upload.bin");
		List<LocationRow> rows = readAll(file);

		assertThat(summary.format()).isEqualTo("XLSX");
		assertThat(summary.encoding()).isNull();
		assertThat(summary.mapping()).containsEntry("lat", "Latitude").containsEntry("tier", "Tier");
		assertThat(rows).hasSize(1);
		LocationRow row = rows.get(0);
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.countryCode()).isEqualTo("VN");
		assertThat(row.numberOfWorkers()).isEqualTo("1500");
		assertThat(row.raw()).containsEntry("Latitude", "10.73")
			.containsEntry("Audit date", "2024-03-31")
			.containsEntry("Share", "25%")
			.containsEntry("Certified", "TRUE")
			.containsEntry("Tier", "2");
		assertThat(row.lat()).as("all decimals, not the two shown").isEqualTo(10.7295123);
		assertThat(row.lng()).isEqualTo(106.7218456);
		assertThat(row.tier()).isEqualTo(2);
		assertThat(row.errors()).isEmpty();
		assertThat(row.warnings()).isEmpty();
	}

	@Test
	void shouldNumberRowsAsTheSheetDoesSkippingTitleAndBlankRows() throws Exception {
		Path file = dir.resolve("titled.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("Production locations of Example B.V., 2025");
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("naam");
			header.createCell(1).setCellValue("adres");
			header.createCell(2).setCellValue("land");
			header.createCell(3).setCellValue("aantal werknemers");
			Row first = sheet.createRow(3);
			first.createCell(0).setCellValue("Weverij Twente");
			first.createCell(1).setCellValue("Industrieweg 1, Enschede");
			first.createCell(2).setCellValue("Nederland");
			sheet.createRow(4).createCell(1).setCellValue("  ");
			Row second = sheet.createRow(6);
			second.createCell(0).setCellValue("Tessitura Como");
			second.createCell(1).setCellValue("Via Roma 5, Como");
			second.createCell(2).setCellValue("Italië");
			second.createCell(3).setCellValue(42);
			workbook.write(out);
		}

		List<LocationRow> rows = readAll(file);

		assertThat(rows).extracting(LocationRow::rowNumber).containsExactly(4, 7);
		assertThat(rows).extracting(LocationRow::countryCode).containsExactly("NL", "IT");
		assertThat(rows.get(1).numberOfWorkers()).isEqualTo("42");
		assertThat(rows.get(0).raw()).containsEntry("aantal werknemers", "");
	}

	@Test
	void shouldStreamALargeWorkbookWrittenWithInlineStrings() throws Exception {
		Path file = dir.resolve("large.xlsx");
		int count = 20_000;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("name");
			header.createCell(1).setCellValue("address");
			header.createCell(2).setCellValue("country");
			for (int i = 1; i <= count; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("Factory " + i);
				row.createCell(1).setCellValue("Street " + i);
				row.createCell(2).setCellValue(i % 2 == 0 ? "IN" : "Pakistan");
			}
			workbook.write(out);
			workbook.dispose();
		}

		List<LocationRow> rows = readAll(file);

		assertThat(rows).hasSize(count);
		assertThat(rows.get(count - 1).rowNumber()).isEqualTo(count + 1);
		assertThat(rows.get(count - 1).name()).isEqualTo("Factory " + count);
		assertThat(rows).allSatisfy(row -> assertThat(row.rejected()).isFalse());
	}

	@Test
	void shouldUseTheCachedValueOfFormulasAndKeepTextStartingWithEqualsWithAWarning() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("formulas.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country", "workers"));
			out.write("<row r=\"2\"><c r=\"A2\" t=\"str\"><f>CONCAT(\"Knit\",\" One\")</f><v>Knit One</v></c>"
					+ "<c r=\"B2\" t=\"inlineStr\"><is><t>=HYPERLINK(\"http://x.example\")</t></is></c>"
					+ "<c r=\"C2\" t=\"inlineStr\"><is><r><t>Bang</t></r><r><t>ladesh</t></r></is></c>"
					+ "<c r=\"D2\"><f>SUM(1,2)</f><v>3</v></c></row>");
		});

		LocationRow row = readAll(file).get(0);

		assertThat(row.name()).isEqualTo("Knit One");
		assertThat(row.address()).isEqualTo("=HYPERLINK(\"http://x.example\")");
		assertThat(row.countryCode()).isEqualTo("BD");
		assertThat(row.numberOfWorkers()).isEqualTo("3");
		assertThat(row.warnings()).containsExactly(
				"Column \"address\" starts with \"=\": kept as text, never run as a formula.");
	}

	@Test
	void shouldShowGeneralNumbersAsExcelDoes() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("general.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country", "a", "b", "c", "d", "e"));
			out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>N</t></is></c>"
					+ "<c r=\"B2\" t=\"inlineStr\"><is><t>S</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>BD</t></is></c>"
					+ "<c r=\"D2\"><v>1500.0</v></c><c r=\"E2\"><v>-23.50</v></c><c r=\"F2\"><v>0.30000000000000004</v></c>"
					+ "<c r=\"G2\"><v>-0.0</v></c><c r=\"H2\" t=\"n\"><v>7</v></c></row>");
		});

		LocationRow row = readAll(file).get(0);

		assertThat(row.raw()).containsEntry("a", "1500")
			.containsEntry("b", "-23.5")
			.containsEntry("c", "0.3")
			.containsEntry("d", "0")
			.containsEntry("e", "7");
		assertThat(row.warnings()).as("negative numbers are no formulas").isEmpty();
	}

	@Test
	void shouldReadCellsWithoutReferencesAndLeaveOutPhoneticRuns() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("plain.xlsx"), out -> {
			out.write("<row><c t=\"inlineStr\"><is><t>name</t></is></c><c t=\"inlineStr\"><is><t>address</t></is></c>"
					+ "<c t=\"inlineStr\"><is><t>country</t></is></c></row>");
			out.write("<row><c t=\"inlineStr\"><is><t>東京縫製</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></is></c>"
					+ "<c t=\"inlineStr\"><is><t>東京都台東区1-2-3</t></is></c><c t=\"inlineStr\"><is><t>日本</t></is></c>"
					+ "<c t=\"e\"><v>#N/A</v></c></row>");
		});

		LocationRow row = readAll(file).get(0);

		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.name()).isEqualTo("東京縫製");
		assertThat(row.countryCode()).isEqualTo("JP");
		assertThat(row.raw()).containsEntry("(column D)", "#N/A");
	}

	@Test
	void shouldRejectARowWithATenMegabyteCellNamingTheColumn() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("huge-cell.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
			// letters at random, so that the cell compresses like real text, not like a zip bomb
			Random random = new Random(7);
			char[] chunk = new char[1024 * 1024];
			for (int i = 0; i < 10; i++) {
				for (int k = 0; k < chunk.length; k++) {
					chunk[k] = (char) ('a' + random.nextInt(26));
				}
				out.write(chunk);
			}
			out.write("</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>Street</t></is></c>"
					+ "<c r=\"C2\" t=\"inlineStr\"><is><t>BD</t></is></c></row>");
			out.write(Workbooks.row(3, "Fine", "Street", "BD"));
		});

		List<LocationRow> rows = readAll(file);

		assertThat(rows.get(0).errors())
			.containsExactly("Column \"name\" has 10,485,760 characters; a cell may have at most 32,767.");
		assertThat(rows.get(0).name()).hasSize(32_767);
		assertThat(rows.get(1).rejected()).isFalse();
	}

	@Test
	void shouldRejectALongSharedStringAsWell() throws Exception {
		LocationListReader strict = new LocationListReader(new ReaderLimits(10_000_000, 100, 50, 100_000_000));
		Path file = dir.resolve("shared.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("name");
			header.createCell(1).setCellValue("address");
			header.createCell(2).setCellValue("country");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("N");
			row.createCell(1).setCellValue("A".repeat(80));
			row.createCell(2).setCellValue("BD");
			workbook.write(out);
		}

		List<LocationRow> rows = new ArrayList<>();
		strict.read(file, null, rows::add);

		assertThat(rows.get(0).errors()).containsExactly("Column \"address\" has 80 characters; a cell may have at most 50.");
	}

	@Test
	void shouldRefuseAZipBombWhoseSheetInflatesMoreThanAHundredfold() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("bomb.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			char[] spaces = " ".repeat(1024 * 1024).toCharArray();
			for (int i = 0; i < 20; i++) {
				out.write(spaces);
			}
			out.write(Workbooks.row(2, "A", "Street", "BD"));
		});
		assertThat(Files.size(file)).isLessThan(200_000);

		assertThatThrownBy(() -> reader.read(file, null, row -> {
		})).isInstanceOf(LocationListException.class)
			.hasMessageContaining("refused as a safety measure")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("unpacks-too-large");
	}

	@Test
	void shouldRefuseAWorkbookThatDeclaresMoreUnpackedBytesThanAllowed() throws Exception {
		LocationListReader strict = new LocationListReader(new ReaderLimits(10_000_000, 200_000, 1000, 1_000_000));
		Path file = Workbooks.minimal(dir.resolve("big.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			for (int i = 2; i < 20_000; i++) {
				out.write(Workbooks.row(i, "Factory " + i, "Street " + i, "BD"));
			}
		});

		assertThatThrownBy(() -> strict.inspect(file, null)).extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("unpacks-too-large");
	}

	@Test
	void shouldCountTheBytesActuallyUnpackedWhenTheArchiveUnderstatesThem() throws Exception {
		LocationListReader strict = new LocationListReader(new ReaderLimits(10_000_000, 200_000, 1000, 2_000_000));
		Random random = new Random(42);
		Path file = Workbooks.minimal(dir.resolve("liar.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			for (int i = 2; i < 60_000; i++) {
				out.write(Workbooks.row(i, Long.toString(random.nextLong(), 36), Long.toString(random.nextLong(), 36),
						"BD"));
			}
		});
		Workbooks.declareSize(file, "xl/worksheets/sheet1.xml", 1000);
		List<LocationRow> received = new ArrayList<>();

		assertThatThrownBy(() -> strict.read(file, null, received::add))
			.hasMessageContaining("unpacks to more than 1.9 MB")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("unpacks-too-large");
		assertThat(received).as("rows were handed on before the limit was hit; the caller discards them")
			.isNotEmpty();
	}

	@Test
	void shouldNeverResolveExternalEntitiesOrExpandEntityBombs() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path external = Workbooks.minimal(dir.resolve("xxe.xlsx"),
				"<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", out -> {
					out.write(Workbooks.row(1, "name", "address", "country"));
					out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
							+ "<c r=\"B2\" t=\"inlineStr\"><is><t>S</t></is></c>"
							+ "<c r=\"C2\" t=\"inlineStr\"><is><t>BD</t></is></c></row>");
				});
		StringBuilder laughs = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
		for (int i = 1; i <= 12; i++) {
			laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		Path bomb = Workbooks.minimal(dir.resolve("laughs.xlsx"), laughs.append("]>").toString(), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			out.write(Workbooks.row(2, "A", "S", "BD").replace(">A<", ">&l12;<"));
		});
		List<LocationRow> rows = new ArrayList<>();

		assertThatThrownBy(() -> reader.read(external, null, rows::add))
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("damaged");
		assertThatThrownBy(() -> reader.read(bomb, null, rows::add))
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("damaged");
		assertThat(rows).isEmpty();
	}

	@Test
	void shouldRefuseMoreRowsThanAllowedAndAHeaderWithoutRowsAndMissingColumns() throws Exception {
		LocationListReader small = new LocationListReader(new ReaderLimits(10_000_000, 2, 1000, 100_000_000));
		Path tooMany = Workbooks.minimal(dir.resolve("many.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			for (int i = 2; i <= 4; i++) {
				out.write(Workbooks.row(i, "F" + i, "S", "BD"));
			}
		});
		Path headerOnly = Workbooks.minimal(dir.resolve("header.xlsx"),
				out -> out.write(Workbooks.row(1, "name", "address", "country")));
		Path missing = Workbooks.minimal(dir.resolve("missing.xlsx"), out -> {
			out.write(Workbooks.row(1, "Supplier", "Land"));
			out.write(Workbooks.row(2, "A", "BD"));
		});

		assertThatThrownBy(() -> small.read(tooMany, null, row -> {
		})).extracting(ex -> ((LocationListException) ex).code()).isEqualTo("too-many-rows");
		assertThatThrownBy(() -> small.inspect(headerOnly, null)).extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("no-rows");
		assertThatThrownBy(() -> small.inspect(missing, null)).isInstanceOf(LocationListException.class)
			.hasMessageContaining("no column for address")
			.hasMessageEndingWith("Only the first worksheet is read.")
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo("missing-columns");
	}

	@Test
	void shouldPassTheSinksOwnFailureThroughTheXmlParserUnchanged() throws Exception {
		Path file = Workbooks.minimal(dir.resolve("list.xlsx"), out -> {
			out.write(Workbooks.row(1, "name", "address", "country"));
			out.write(Workbooks.row(2, "A", "S", "BD"));
		});
		IllegalStateException failure = new IllegalStateException("database is gone");

		assertThatThrownBy(() -> reader.read(file, null, row -> {
			throw failure;
		})).isSameAs(failure);
	}

	private List<LocationRow> readAll(Path file) throws LocationListException {
		List<LocationRow> rows = new ArrayList<>();
		int count = reader.read(file, file.getFileName().toString(), rows::add);
		assertThat(count).isEqualTo(rows.size());
		return rows;
	}

}
