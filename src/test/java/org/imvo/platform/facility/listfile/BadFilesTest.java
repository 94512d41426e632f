package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not a usable list at all: each is refused as a whole with a code and a message that
 * says what the file seems to be and what to do. The format is judged by content, never by name.
 */
class BadFilesTest {

	private final LocationListReader reader = new LocationListReader(ReaderLimits.defaults());

	@TempDir
	Path dir;

	@Test
	void shouldRefuseAPdfEvenWhenNamedCsv() throws Exception {
		Path file = dir.resolve("list.csv");
		try (InputStream in = BadFilesTest.class.getResourceAsStream("/listfile/not-a-list.pdf")) {
			Files.copy(in, file);
		}

		refused(file, "not-a-list").hasMessageContaining("PDF document")
			.hasMessageStartingWith("The file \u201Clist.csv\u201D is not a list in CSV or Excel (.xlsx) format.");
	}

	@Test
	void shouldRefuseAnImage() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		Path file = Files.write(dir.resolve("list.xlsx"), png);

		refused(file, "not-a-list").hasMessageContaining("an image");
	}

	@Test
	void shouldRefuseRandomBytes() throws Exception {
		byte[] bytes = new byte[100_000];
		new Random(1).nextBytes(bytes);
		Path file = Files.write(dir.resolve("list.csv"), bytes);

		refused(file, "not-a-list").hasMessageContaining("binary data");
	}

	@Test
	void shouldRefuseALegacyXlsWorkbookAskingToSaveItAsXlsxOrCsv() throws Exception {
		Path file = dir.resolve("list.xlsx");
		try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			fill(workbook);
			workbook.write(out);
		}

		refused(file, "legacy-format").hasMessageContaining("Excel 97-2003")
			.hasMessageContaining("save it as an Excel workbook (.xlsx) or as CSV");
	}

	@Test
	void shouldRefuseAPasswordProtectedWorkbookAskingToRemoveThePassword() throws Exception {
		Path plain = dir.resolve("plain.xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
			fill(workbook);
			workbook.write(out);
		}
		Path file = dir.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream encrypted = encryptor.getDataStream(fs)) {
				Files.copy(plain, encrypted);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(reader.inspect(plain, null).format()).as("the same workbook without password").isEqualTo("XLSX");

		refused(file, "password-protected").hasMessageContaining("Remove the password");
	}

	@Test
	void shouldRefuseOtherOfficeAndArchiveFilesSayingWhatTheyAre() throws Exception {
		Path docx = zip("list.xlsx", "[Content_Types].xml", "word/document.xml");
		Path ods = zip("list.ods", "mimetype", "content.xml");
		Path xlsb = zip("list.xlsb", "[Content_Types].xml", "xl/workbook.bin");
		Path archive = zip("lists.zip", "list.csv");

		refused(docx, "not-a-list").hasMessageContaining("Word document");
		refused(ods, "legacy-format").hasMessageContaining("OpenDocument");
		refused(xlsb, "legacy-format").hasMessageContaining(".xlsb");
		refused(archive, "not-a-list").hasMessageContaining("zip archive");
	}

	@Test
	void shouldRefuseAWorkbookOfThousandsOfParts() throws Exception {
		String[] entries = new String[1_200];
		entries[0] = "xl/workbook.xml";
		for (int i = 1; i < entries.length; i++) {
			entries[i] = "xl/media/image" + i + ".png";
		}
		Path file = zip("parts.xlsx", entries);

		refused(file, "unpacks-too-large").hasMessageContaining("more than 1,000 parts");
	}

	@Test
	void shouldRefuseAWebPageSavedAsXls() throws Exception {
		Path file = Files.writeString(dir.resolve("export.xls"),
				"<html><body><table><tr><td>name</td><td>address</td><td>country</td></tr></table></body></html>");

		refused(file, "not-a-list").hasMessageContaining("web page");
	}

	@Test
	void shouldRefuseATruncatedWorkbookAsDamaged() throws Exception {
		Path whole = dir.resolve("whole.xlsx");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
			fill(workbook);
			workbook.write(out);
		}
		byte[] bytes = Files.readAllBytes(whole);
		Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

		refused(file, "damaged").hasMessageContaining("damaged");
	}

	@Test
	void shouldJudgeByContentSoAWorkbookNamedCsvIsReadAsAWorkbook() throws Exception {
		Path file = dir.resolve("locations.csv");
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			fill(workbook);
			workbook.write(out);
		}

		assertThat(reader.inspect(file, "locations.csv").format()).isEqualTo("XLSX");
		assertThat(reader.read(file, "locations.csv", row -> assertThat(row.countryCode()).isEqualTo("ET")))
			.isEqualTo(1);
	}

	private AbstractThrowableAssert<?, ? extends Throwable> refused(Path file, String code) {
		assertThatThrownBy(() -> reader.read(file, file.getFileName().toString(), row -> {
		})).isInstanceOf(LocationListException.class)
			.extracting(ex -> ((LocationListException) ex).code())
			.isEqualTo(code);
		return assertThatThrownBy(() -> reader.inspect(file, file.getFileName().toString()))
			.isInstanceOf(LocationListException.class);
	}

	private static void fill(Workbook workbook) {
		Sheet sheet = workbook.createSheet();
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue("name");
		header.createCell(1).setCellValue("address");
		header.createCell(2).setCellValue("country");
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue("Addis Garment");
		row.createCell(1).setCellValue("Bole Lemi Industrial Park, Addis Ababa");
		row.createCell(2).setCellValue("Ethiopia");
	}

	private Path zip(String name, String... entries) throws IOException {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("content".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
