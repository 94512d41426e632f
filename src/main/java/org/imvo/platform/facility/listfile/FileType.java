package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What kind of file an upload is, judged by its content (never by its name): XLSX, or CSV text in a
 * detected encoding. Anything else is refused with a message that says what the file seems to be and
 * what to do.
 */
record FileType(Format format, Charset charset, int bomLength) {

	enum Format {
		CSV, XLSX
	}

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int HEAD_BYTES = 64 * 1024;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	static FileType detect(Path file, long size) throws LocationListException {
		if (size == 0) {
			throw new LocationListException("empty", "The file is empty.");
		}
		byte[] head = head(file);
		if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
			return zip(file);
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			throw oldOfficeFile(file);
		}
		refuseKnownBinary(head);
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return text(head, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return text(head, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			return text(head, 2, StandardCharsets.UTF_16BE);
		}
		Charset utf16 = utf16WithoutBom(head);
		if (utf16 != null) {
			return text(head, 0, utf16);
		}
		refuseBinaryText(head);
		return text(head, 0, isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252);
	}

	private static FileType text(byte[] head, int bomLength, Charset charset) throws LocationListException {
		String start = new String(head, bomLength, head.length - bomLength, charset);
		int controls = 0;
		for (int i = 0; i < start.length(); i++) {
			char c = start.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				controls++;
			}
		}
		if (tooManyControls(controls, start.length())) {
			throw notAList("It contains binary data, not text.");
		}
		String lower = start.stripLeading().toLowerCase(Locale.ROOT);
		if (lower.startsWith("<?xml") && lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
			throw new LocationListException("legacy-format", "This is an Excel 2003 XML spreadsheet. Open it in "
					+ "Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and upload that.");
		}
		if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<table")) {
			throw notAList("It is a web page (HTML), although it may have been named .xls or .csv. Open it in a "
					+ "spreadsheet program and save it as an Excel workbook (.xlsx) or as CSV.");
		}
		if (lower.startsWith("<?xml") || lower.startsWith("<!")) {
			throw notAList("It is an XML or HTML document.");
		}
		if (lower.startsWith("{\\rtf")) {
			throw notAList("It is a word-processor (RTF) document.");
		}
		return new FileType(Format.CSV, charset, bomLength);
	}

	private static FileType zip(Path file) throws LocationListException {
		Set<String> names = new HashSet<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements() && names.size() < 100_000) {
				names.add(entries.nextElement().getName());
			}
		}
		catch (ZipException ex) {
			throw new LocationListException("damaged", "The file looks like an Excel workbook or a zip archive "
					+ "but is damaged or incomplete. Save it again and upload it again.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (names.contains("xl/workbook.xml")) {
			return new FileType(Format.XLSX, null, 0);
		}
		if (names.contains("xl/workbook.bin")) {
			throw new LocationListException("legacy-format", "This is an Excel binary workbook (.xlsb). Save it "
					+ "as an Excel workbook (.xlsx) or as CSV and upload that.");
		}
		if (names.contains("content.xml") && names.contains("mimetype")) {
			throw new LocationListException("legacy-format", "This is an OpenDocument file (.ods). Save it as an "
					+ "Excel workbook (.xlsx) or as CSV and upload that.");
		}
		if (names.contains("word/document.xml")) {
			throw notAList("It is a Word document.");
		}
		if (names.contains("ppt/presentation.xml")) {
			throw notAList("It is a PowerPoint presentation.");
		}
		throw notAList("It is a zip archive. Upload the spreadsheet itself (.xlsx or CSV), not an archive.");
	}

	private static LocationListException oldOfficeFile(Path file) {
		Set<String> entries = new HashSet<>();
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			entries.addAll(root.getEntryNames());
		}
		catch (IOException | RuntimeException ex) {
			return new LocationListException("legacy-format", "This is an old Microsoft Office file that cannot be "
					+ "read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and "
					+ "upload that.");
		}
		if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
			return new LocationListException("password-protected", "The workbook is protected with a password. "
					+ "Remove the password (in Excel: File > Info > Protect Workbook > Encrypt with Password, "
					+ "then clear it), save it as .xlsx and upload it again.");
		}
		if (entries.contains("Workbook") || entries.contains("Book")) {
			return new LocationListException("legacy-format", "This is an Excel 97-2003 workbook (.xls). Open it "
					+ "in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and upload that.");
		}
		if (entries.contains("WordDocument")) {
			return notAList("It is a Word document.");
		}
		return new LocationListException("legacy-format", "This is an old Microsoft Office file, not an Excel "
				+ "workbook. Save the list as an Excel workbook (.xlsx) or as CSV and upload that.");
	}

	private static void refuseKnownBinary(byte[] head) throws LocationListException {
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			throw notAList("It is a PDF document. Upload the list as an Excel workbook (.xlsx) or as CSV.");
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)
				|| startsWith(head, 'G', 'I', 'F', '8') || startsWith(head, 'I', 'I', 0x2A, 0x00)
				|| startsWith(head, 'M', 'M', 0x00, 0x2A)
				|| startsWith(head, 'R', 'I', 'F', 'F') && head.length > 11 && head[8] == 'W' && head[9] == 'E') {
			throw notAList("It is an image. Upload the list as an Excel workbook (.xlsx) or as CSV.");
		}
		if (startsWith(head, 0x1F, 0x8B) || startsWith(head, 'R', 'a', 'r', '!')
				|| startsWith(head, '7', 'z', 0xBC, 0xAF)) {
			throw notAList("It is a compressed archive. Upload the spreadsheet itself (.xlsx or CSV).");
		}
	}

	/**
	 * Text has few control characters (a stray NUL is stripped like any other control character);
	 * anything else is binary. Checked on the bytes before the whole file is decoded.
	 */
	private static void refuseBinaryText(byte[] head) throws LocationListException {
		int controls = 0;
		for (byte b : head) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controls++;
			}
		}
		if (tooManyControls(controls, head.length)) {
			throw notAList("It contains binary data, not text.");
		}
	}

	/** More than 1 % control characters (and more than a couple) is binary, not text. */
	private static boolean tooManyControls(int controls, int length) {
		return controls > 2 && controls > length / 100;
	}

	/**
	 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other position.
	 */
	private static Charset utf16WithoutBom(byte[] head) {
		int pairs = head.length / 2;
		if (pairs < 2) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i + 1 < head.length; i += 2) {
			if (head[i] == 0) {
				zeroEven++;
			}
			if (head[i + 1] == 0) {
				zeroOdd++;
			}
		}
		if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * Whether the whole file is valid UTF-8: one streaming pass over the bytes, no copy of the file in
	 * memory. Checked by hand (ASCII runs are skipped eight bytes at a time) because it is twice as fast
	 * as a CharsetDecoder, which would also produce the characters.
	 */
	static boolean isUtf8(Path file) {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int carried = 0;
			while (true) {
				int n = in.readNBytes(buffer, carried, buffer.length - carried);
				int length = carried + n;
				boolean end = n == 0;
				if (length == 0) {
					return true;
				}
				int valid = validUtf8Prefix(buffer, length, end);
				if (valid < 0) {
					return false;
				}
				if (end) {
					return valid == length;
				}
				carried = length - valid;
				System.arraycopy(buffer, valid, buffer, 0, carried);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The length of the prefix of {@code bytes} made of complete, valid UTF-8 sequences; -1 when an
	 * invalid sequence occurs. An incomplete sequence at the end is left for the next chunk unless
	 * {@code end}, when it is invalid.
	 */
	static int validUtf8Prefix(byte[] bytes, int length, boolean end) {
		int i = 0;
		while (i < length) {
			if (i + 8 <= length && (longAt(bytes, i) & 0x8080808080808080L) == 0) {
				i += 8;
				continue;
			}
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int need;
			int min;
			if (b >= 0xC2 && b <= 0xDF) {
				need = 1;
				min = 0x80;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				need = 2;
				min = 0x800;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				need = 3;
				min = 0x10000;
			}
			else {
				return -1;
			}
			if (i + need >= length) {
				return end ? -1 : i;
			}
			int code = b & (0x3F >> need);
			for (int k = 1; k <= need; k++) {
				int next = bytes[i + k] & 0xFF;
				if ((next & 0xC0) != 0x80) {
					return -1;
				}
				code = code << 6 | next & 0x3F;
			}
			if (code < min || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
				return -1;
			}
			i += need + 1;
		}
		return i;
	}

	private static long longAt(byte[] bytes, int i) {
		return (long) LONGS.get(bytes, i);
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_BYTES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != (magic[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	private static LocationListException notAList(String what) {
		return new LocationListException("not-a-list",
				"The file is not a list in CSV or Excel (.xlsx) format. " + what);
	}

}
