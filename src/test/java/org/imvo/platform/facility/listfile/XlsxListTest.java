package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading XLSX lists with the streaming reader: first sheet, cells as a person sees them. */
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
					"Tier", "Audit date" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat((short) 14);
			CellStyle twoDecimals = workbook.createCellStyle();
			twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
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
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
			workbook.write(out);
		}

		ListSummary summary = reader.inspect(file, "upload.bin");
		List<LocationRow> rows = new ArrayList<>();
		int count = reader.read(file, "upload.bin", rows::add);

		assertThat(summary.format()).isEqualTo("XLSX");
		assertThat(summary.encoding()).isNull();
		assertThat(summary.mapping()).containsEntry("lat", "Latitude").containsEntry("tier", "Tier");
		assertThat(count).isEqualTo(1);
		LocationRow row = rows.get(0);
		assertThat(row.rowNumber()).isEqualTo(2);
		assertThat(row.countryCode()).isEqualTo("VN");
		assertThat(row.numberOfWorkers()).isEqualTo("1500");
		assertThat(row.raw()).containsEntry("Latitude", "10.73").containsEntry("Audit date", "2024-03-31");
		assertThat(row.lat()).isEqualTo(10.7295123);
		assertThat(row.lng()).isEqualTo(106.7218456);
		assertThat(row.tier()).isEqualTo(2);
		assertThat(row.errors()).isEmpty();
		assertThat(row.warnings()).isEmpty();
	}

}
