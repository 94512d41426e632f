package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test workbooks written byte by byte: an XLSX package with one worksheet whose XML the test writes
 * itself, for what Excel and POI would never produce (a 10 MB cell, a zip bomb, sizes that lie).
 */
final class Workbooks {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private Workbooks() {
	}

	/** Writes the rows of a sheet (the content of {@code <sheetData>}). */
	@FunctionalInterface
	interface SheetData {

		void write(Writer out) throws IOException;

	}

	/** An XLSX package with one sheet, no styles and no shared strings. */
	static Path minimal(Path file, SheetData sheetData) throws IOException {
		return minimal(file, "", sheetData);
	}

	/** The same, with {@code prolog} (e.g. a DOCTYPE) between the XML declaration and the worksheet. */
	static Path minimal(Path file, String prolog, SheetData sheetData) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="xl/workbook.xml"/></Relationships>""");
			put(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN));
			put(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
					Target="worksheets/sheet1.xml"/></Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer out = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + prolog + "<worksheet xmlns=\""
					+ MAIN + "\"><sheetData>");
			sheetData.write(out);
			out.write("</sheetData></worksheet>");
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	/** A row of inline-string cells. */
	static String row(int number, String... cells) {
		StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				row.append("<c r=\"").append(Cells.columnLetters(i)).append(number).append("\" t=\"inlineStr\"><is><t>")
					.append(cells[i].replace("&", "&amp;").replace("<", "&lt;"))
					.append("</t></is></c>");
			}
		}
		return row.append("</row>").toString();
	}

	/**
	 * Rewrites the uncompressed size that the central directory declares for {@code entryName}: a zip
	 * whose entries claim to be smaller than they unpack to.
	 */
	static void declareSize(Path file, String entryName, int declared) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (buffer.getInt(i) == 0x02014b50 && (buffer.getShort(i + 28) & 0xFFFF) == name.length
					&& java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
				buffer.putInt(i + 24, declared);
				Files.write(file, bytes);
				return;
			}
		}
		throw new IllegalArgumentException("no central directory entry " + entryName);
	}

	private static void put(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** Lets a writer be flushed without closing the zip under it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
