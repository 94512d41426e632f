package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomly damaged lists (seeded, so every run tries the same files): whatever the damage, the reader
 * either reads rows or refuses the file with a {@link LocationListException}; it never fails with
 * another exception, which would surface as a server error instead of a message for the uploader.
 */
class DamagedFilesTest {

	private final LocationListReader reader = new LocationListReader(
			new ReaderLimits(10_000_000, 1000, 1000, 20_000_000));

	@TempDir
	Path dir;

	@Test
	void shouldReadOrRefuseEveryDamagedCsv() throws Exception {
		byte[] original = ("\uFEFFFacility name;Address;Country;Latitude;Longitude;Tier\r\n"
				+ "\"Knit \"\"One\"\"\";\"Plot 1,\r\nDhaka\";Bangladesh;23,7;90,4;1\r\n"
				+ "Łódź Mill;ul. Piotrkowska 1;PL;51.75;19.45;Tier 2\r\n=cmd;@x;+1;-;;\r\n")
			.getBytes(StandardCharsets.UTF_8);

		int outcomes = tryDamaged(original, "csv", 400);

		assertThat(outcomes).isEqualTo(400);
	}

	@Test
	void shouldReadOrRefuseEveryDamagedWorkbook() throws Exception {
		Path file = dir.resolve("original.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet();
			String[][] rows = { { "name", "address", "country", "workers" },
					{ "Addis Garment", "Bole Lemi, Addis Ababa", "Ethiopia", "1200" },
					{ "Hawassa Textiles", "Hawassa Industrial Park", "ET", "800" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}

		int outcomes = tryDamaged(Files.readAllBytes(file), "xlsx", 150);

		assertThat(outcomes).isEqualTo(150);
	}

	/** Damages {@code original} {@code rounds} times; returns how many ended in rows or a refusal. */
	private int tryDamaged(byte[] original, String extension, int rounds) throws Exception {
		Random random = new Random(11);
		int outcomes = 0;
		for (int round = 0; round < rounds; round++) {
			byte[] damaged = damage(original, random);
			Path file = Files.write(dir.resolve("damaged-" + round + "." + extension), damaged);
			List<LocationRow> rows = new ArrayList<>();
			try {
				reader.inspect(file, file.getFileName().toString());
				reader.read(file, file.getFileName().toString(), rows::add);
				assertThat(rows).isNotEmpty();
				outcomes++;
			}
			catch (LocationListException ex) {
				assertThat(ex.code()).isNotBlank();
				assertThat(ex.getMessage()).isNotBlank();
				outcomes++;
			}
			Files.delete(file);
		}
		return outcomes;
	}

	private static byte[] damage(byte[] original, Random random) {
		byte[] bytes = original.clone();
		switch (random.nextInt(4)) {
			case 0 -> {
				for (int i = 1 + random.nextInt(8); i > 0; i--) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
			}
			case 1 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
			case 2 -> {
				int from = random.nextInt(bytes.length);
				int length = random.nextInt(Math.min(64, bytes.length - from) + 1);
				byte[] cut = new byte[bytes.length - length];
				System.arraycopy(bytes, 0, cut, 0, from);
				System.arraycopy(bytes, from + length, cut, from, bytes.length - from - length);
				bytes = cut;
			}
			default -> {
				int at = random.nextInt(bytes.length);
				for (int i = 0; i < 16 && at + i < bytes.length; i++) {
					bytes[at + i] = (byte) "\"\r\n;,\t=\0".charAt(random.nextInt(8));
				}
			}
		}
		return bytes;
	}

}
