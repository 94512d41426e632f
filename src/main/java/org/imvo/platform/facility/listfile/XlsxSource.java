package org.imvo.platform.facility.listfile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX workbook into a list builder with POI's event API: POI opens the
 * package, and the sheet, the shared strings and the styles are parsed here as SAX streams, never
 * built as documents (no XmlBeans), so that 200,000 rows fit in little memory and start quickly.
 * <p>
 * Against zip bombs: the sizes the archive declares must add up to at most
 * {@link ReaderLimits#maxUncompressedBytes()} before anything is unpacked; POI refuses entries that
 * inflate more than 100-fold ({@link ZipSecureFile#setMinInflateRatio}); every byte actually unpacked
 * from the parts read here is counted against the same limit; the shared-string table may hold at most
 * an eighth of that limit in characters, and each string at most {@link ReaderLimits#maxCellChars()}.
 * XML is parsed with POI's hardened parser (no external entities, no DTDs).
 * <p>
 * Cells are rendered as a person sees them in Excel: numbers through their number format (1500, not
 * 1500.0), dates in the workbook's format, except Excel's locale-dependent short date, which becomes
 * ISO 8601 (2024-03-31). The unformatted number stays available for latitude and longitude.
 */
final class XlsxSource {

	/** Entries inflating more than 100-fold are refused (POI's default, stated explicitly). */
	private static final double MIN_INFLATE_RATIO = 0.01;

	/** Most entries in the archive (POI's own limit; a workbook has a few dozen). */
	private static final int MAX_ENTRIES = 1_000;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
	}

	private XlsxSource() {
	}

	/** Reads records until the builder wants no more; true when the end of the sheet was reached. */
	static boolean read(Path file, ReaderLimits limits, ListBuilder builder) throws LocationListException {
		checkDeclaredSizes(file, limits);
		Budget budget = new Budget(limits.maxUncompressedBytes());
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			boolean date1904 = date1904(reader, budget);
			StylesHandler styles = styles(pkg, reader, budget);
			SharedStringsHandler strings = sharedStrings(pkg, reader, budget, limits);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new LocationListException("empty", "The workbook has no worksheet.");
			}
			try (InputStream sheet = budget.wrap(sheets.next())) {
				parse(sheet, new SheetHandler(builder, strings, styles, date1904, limits.maxCellChars()));
			}
			return true;
		}
		catch (LocationListException | ListBuilder.SinkFailure ex) {
			throw ex;
		}
		catch (Exception ex) {
			return handle(ex, limits);
		}
	}

	private static boolean handle(Exception ex, ReaderLimits limits) throws LocationListException {
		for (Throwable t = ex; t != null; t = next(t)) {
			if (t instanceof StopParsing) {
				return false;
			}
			if (t instanceof Abort abort) {
				throw abort.exception;
			}
			if (t instanceof ListBuilder.SinkFailure failure) {
				throw failure;
			}
			if (t instanceof BudgetExceeded exceeded) {
				throw exceeded.text ? tooMuchText() : unpacksTooLarge(limits);
			}
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				throw new LocationListException("unpacks-too-large", "The workbook is compressed so strongly (more "
						+ "than 100-fold) that it looks like a zip bomb, and is refused as a safety measure. Save it "
						+ "as CSV and upload that.");
			}
		}
		throw new LocationListException("damaged", "The Excel workbook cannot be read: it is damaged or not a real "
				+ ".xlsx file. Open it in Excel or LibreOffice, save it again as .xlsx or as CSV, and upload that.");
	}

	private static Throwable next(Throwable t) {
		if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t) {
			return sax.getException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

	private static LocationListException unpacksTooLarge(ReaderLimits limits) {
		return new LocationListException("unpacks-too-large", "The workbook unpacks to more than "
				+ LocationListReader.megabytes(limits.maxUncompressedBytes()) + " and is refused as a safety "
				+ "measure. Save it as CSV or split the list.");
	}

	private static LocationListException tooMuchText() {
		return new LocationListException("unpacks-too-large", "The workbook holds more text than a list of "
				+ "production locations can and is refused as a safety measure. Save it as CSV or split the list.");
	}

	/** Refuses an archive whose entries declare more bytes than allowed, before unpacking any. */
	private static void checkDeclaredSizes(Path file, ReaderLimits limits) throws LocationListException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long total = 0;
			int count = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (++count > MAX_ENTRIES) {
					throw new LocationListException("unpacks-too-large", String.format(Locale.ROOT, "The workbook "
							+ "consists of more than %,d parts and is refused as a safety measure. Save it as CSV and "
							+ "upload that.", MAX_ENTRIES));
				}
				total += Math.max(0, entry.getSize());
				if (total > limits.maxUncompressedBytes()) {
					throw unpacksTooLarge(limits);
				}
			}
		}
		catch (IOException ex) {
			throw new LocationListException("damaged", "The Excel workbook is damaged or incomplete. Save it again "
					+ "and upload it again.");
		}
	}

	private static boolean date1904(XSSFReader reader, Budget budget)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		boolean[] result = new boolean[1];
		try (InputStream workbook = budget.wrap(reader.getWorkbookData())) {
			parse(workbook, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(name(localName, qName))) {
						String value = attributes.getValue("date1904");
						result[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
			});
		}
		return result[0];
	}

	private static StylesHandler styles(OPCPackage pkg, XSSFReader reader, Budget budget)
			throws IOException, SAXException, ParserConfigurationException {
		StylesHandler handler = new StylesHandler();
		if (pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).isEmpty()) {
			return handler; // a workbook without styles: every number is General
		}
		InputStream data;
		try {
			data = reader.getStylesData();
		}
		catch (OpenXML4JException | RuntimeException ex) {
			return handler;
		}
		if (data != null) {
			try (InputStream styles = budget.wrap(data)) {
				parse(styles, handler);
			}
		}
		return handler;
	}

	private static SharedStringsHandler sharedStrings(OPCPackage pkg, XSSFReader reader, Budget budget,
			ReaderLimits limits) throws IOException, SAXException, ParserConfigurationException {
		SharedStringsHandler handler = new SharedStringsHandler(limits.maxCellChars(),
				limits.maxUncompressedBytes() / 8);
		if (pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()).isEmpty()) {
			return handler;
		}
		InputStream data;
		try {
			data = reader.getSharedStringsData();
		}
		catch (OpenXML4JException | RuntimeException ex) {
			return handler; // no shared strings: every text is inline
		}
		if (data != null) {
			try (InputStream strings = budget.wrap(data)) {
				parse(strings, handler);
			}
		}
		return handler;
	}

	private static void parse(InputStream in, ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader xml = XMLHelper.newXMLReader();
		xml.setContentHandler(handler);
		xml.parse(new InputSource(in));
	}

	private static String name(String localName, String qName) {
		if (localName != null && !localName.isEmpty()) {
			return localName;
		}
		int colon = qName.indexOf(':');
		return colon < 0 ? qName : qName.substring(colon + 1);
	}

	/** A non-negative number from an attribute, or -1. */
	private static int parseInt(String s) {
		if (s == null) {
			return -1;
		}
		try {
			return Integer.parseInt(s.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** 0-based column index of a cell reference such as “AB12”; -1 when it has no letters. */
	static int columnIndex(String reference) {
		int column = 0;
		int i = 0;
		for (; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
			if (column > 1_000_000) {
				return Integer.MAX_VALUE;
			}
		}
		return i == 0 ? -1 : column - 1;
	}

	/** Counts the bytes unpacked from all parts of one workbook against the limit. */
	private static final class Budget {

		private final long limit;

		private long used;

		Budget(long limit) {
			this.limit = limit;
		}

		InputStream wrap(InputStream in) {
			return new FilterInputStream(in) {
				@Override
				public int read() throws IOException {
					int b = super.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = super.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				@Override
				public long skip(long n) throws IOException {
					long skipped = super.skip(n);
					count(skipped);
					return skipped;
				}
			};
		}

		private void count(long bytes) throws BudgetExceeded {
			used += bytes;
			if (used > limit) {
				throw new BudgetExceeded(false);
			}
		}

	}

	private static final class BudgetExceeded extends IOException {

		/** Whether the text of the shared strings, rather than the unpacked bytes, exceeded the limit. */
		private final boolean text;

		BudgetExceeded(boolean text) {
			super(text ? "the shared strings hold more text than allowed"
					: "the workbook unpacks to more bytes than allowed");
			this.text = text;
		}

	}

	/** Ends parsing early: the list builder wants no more rows. */
	private static final class StopParsing extends SAXException {

		StopParsing() {
			super("stop");
		}

	}

	/** Carries a LocationListException out of the SAX parser. */
	private static final class Abort extends SAXException {

		private final transient LocationListException exception;

		Abort(LocationListException exception) {
			super(exception.getMessage());
			this.exception = exception;
		}

	}

	/**
	 * The shared-string table, read with a limit on its total text; each string is cut at the cell
	 * limit (its full length noted). Phonetic runs (furigana) are not part of the text.
	 */
	static final class SharedStringsHandler extends DefaultHandler {

		private final int maxCellChars;

		private final long maxTotalChars;

		private final List<String> strings = new ArrayList<>();

		private final Map<Integer, Long> fullLengths = new HashMap<>();

		private final StringBuilder text = new StringBuilder();

		private long length;

		private long total;

		private boolean inText;

		private boolean inPhonetic;

		SharedStringsHandler(int maxCellChars, long maxTotalChars) {
			this.maxCellChars = maxCellChars;
			this.maxTotalChars = maxTotalChars;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "si" -> {
					text.setLength(0);
					length = 0;
				}
				case "rPh" -> inPhonetic = true;
				case "t" -> inText = !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (name(localName, qName)) {
				case "si" -> {
					if (length > text.length()) {
						fullLengths.put(strings.size(), length);
					}
					strings.add(text.toString());
				}
				case "rPh" -> inPhonetic = false;
				case "t" -> inText = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int count) throws SAXException {
			if (!inText) {
				return;
			}
			total += count;
			if (total > maxTotalChars) {
				throw new SAXException(new BudgetExceeded(true));
			}
			length += count;
			int room = (int) Math.min(count, Math.max(0, maxCellChars - text.length()));
			if (room > 0) {
				text.append(ch, start, room);
			}
		}

		String get(int index) {
			return index >= 0 && index < strings.size() ? strings.get(index) : "";
		}

		long fullLength(int index) {
			return fullLengths.getOrDefault(index, -1L);
		}

	}

	/**
	 * The number format of every cell style (cellXfs) of the workbook, read with SAX: custom formats by
	 * id from numFmts, Excel's built-in formats otherwise.
	 */
	static final class StylesHandler extends DefaultHandler {

		/** Excel allows about 64,000 cell styles; more are ignored (and shown as General). */
		private static final int MAX_STYLES = 100_000;

		private final Map<Integer, String> customFormats = new HashMap<>();

		private final List<Integer> formatIds = new ArrayList<>();

		private boolean inCellXfs;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "numFmt" -> {
					int id = parseInt(attributes.getValue("numFmtId"));
					String code = attributes.getValue("formatCode");
					if (id >= 0 && code != null && customFormats.size() < MAX_STYLES) {
						customFormats.put(id, code);
					}
				}
				case "cellXfs" -> inCellXfs = true;
				case "xf" -> {
					if (inCellXfs && formatIds.size() < MAX_STYLES) {
						formatIds.add(Math.max(0, parseInt(attributes.getValue("numFmtId"))));
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if ("cellXfs".equals(name(localName, qName))) {
				inCellXfs = false;
			}
		}

		NumberStyle numberStyle(int styleIndex) {
			if (styleIndex < 0 || styleIndex >= formatIds.size()) {
				return NumberStyle.GENERAL;
			}
			int id = formatIds.get(styleIndex);
			String format = customFormats.get(id);
			if (format == null) {
				format = BuiltinFormats.getBuiltinFormat(id);
			}
			if (format == null) {
				return NumberStyle.GENERAL;
			}
			// 14 and 22 are Excel's "system short date" formats, shown differently in every locale
			return new NumberStyle((short) id, format, id == 14 || id == 22);
		}

	}

	/** Turns the SAX events of a worksheet into raw records. */
	private static final class SheetHandler extends DefaultHandler {

		private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm",
				Locale.ROOT);

		private final ListBuilder builder;

		private final SharedStringsHandler strings;

		private final StylesHandler styles;

		private final boolean date1904;

		private final int maxCellChars;

		private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

		private final Map<Integer, NumberStyle> numberStyles = new HashMap<>();

		private final StringBuilder text = new StringBuilder();

		private RawRecord record;

		private int rowNumber;

		private int column;

		private String type;

		private int style;

		private long length;

		private boolean collecting;

		private boolean inInline;

		private boolean inPhonetic;

		private boolean hasValue;

		SheetHandler(ListBuilder builder, SharedStringsHandler strings, StylesHandler styles, boolean date1904,
				int maxCellChars) {
			this.builder = builder;
			this.strings = strings;
			this.styles = styles;
			this.date1904 = date1904;
			this.maxCellChars = maxCellChars;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "row" -> {
					String r = attributes.getValue("r");
					int number = r == null ? -1 : parseInt(r);
					rowNumber = number > 0 ? number : rowNumber + 1;
					record = new RawRecord(rowNumber);
					column = -1;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					int index = r == null ? -1 : columnIndex(r);
					column = index < 0 ? column + 1 : index;
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s == null ? 0 : parseInt(s);
					text.setLength(0);
					length = 0;
					hasValue = false;
				}
				case "v" -> collecting = true;
				case "is" -> inInline = true;
				case "rPh" -> inPhonetic = true;
				case "t" -> collecting = inInline && !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int count) {
			if (!collecting) {
				return;
			}
			length += count;
			int room = (int) Math.min(count, Math.max(0, maxCellChars - text.length()));
			if (room > 0) {
				text.append(ch, start, room);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (name(localName, qName)) {
				case "v" -> {
					collecting = false;
					hasValue = true;
				}
				case "t" -> collecting = false;
				case "rPh" -> inPhonetic = false;
				case "is" -> {
					inInline = false;
					hasValue = true;
				}
				case "c" -> {
					if (hasValue && record != null) {
						cell();
					}
				}
				case "row" -> {
					if (record != null) {
						try {
							if (!builder.accept(record)) {
								throw new StopParsing();
							}
						}
						catch (LocationListException ex) {
							throw new Abort(ex);
						}
						record = null;
					}
				}
				default -> {
				}
			}
		}

		private void cell() {
			String t = type == null ? "n" : type;
			switch (t) {
				case "s" -> {
					int index = parseInt(text.toString().strip());
					record.set(column, strings.get(index), strings.fullLength(index));
				}
				case "b" -> record.set(column, "1".equals(text.toString().strip()) ? "TRUE" : "FALSE", 0);
				case "inlineStr", "str", "e", "d" -> record.set(column, text.toString(), length);
				default -> number(text.toString().strip());
			}
		}

		private void number(String raw) {
			if (raw.isEmpty()) {
				return;
			}
			double value;
			try {
				value = Double.parseDouble(raw);
			}
			catch (NumberFormatException ex) {
				record.set(column, raw, raw.length());
				return;
			}
			NumberStyle numberStyle = numberStyles.computeIfAbsent(style, this::numberStyle);
			String formatted;
			if (numberStyle.isoDate() && DateUtil.isValidExcelDate(value)) {
				LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
				formatted = dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString()
						: dateTime.format(ISO_DATE_TIME);
			}
			else if (numberStyle.index() == 0 && isShortPlainNumber(raw)) {
				// what General shows anyway (1500 for 1500.0, 23.81 for 23.810), without DataFormatter's cost
				formatted = withoutTrailingZeros(raw);
			}
			else {
				try {
					formatted = formatter.formatRawCellContents(value, numberStyle.index(), numberStyle.format(),
							date1904);
				}
				catch (RuntimeException ex) {
					formatted = raw;
				}
			}
			record.set(column, formatted, formatted.length());
			record.setExactNumber(column, raw);
		}

		private static String withoutTrailingZeros(String raw) {
			if (raw.indexOf('.') < 0) {
				return raw;
			}
			int end = raw.length();
			while (raw.charAt(end - 1) == '0') {
				end--;
			}
			if (raw.charAt(end - 1) == '.') {
				end--;
			}
			String result = raw.substring(0, end);
			return result.equals("-0") ? "0" : result;
		}

		/** At most 11 characters (as many as General shows), digits with an optional sign and point. */
		private static boolean isShortPlainNumber(String raw) {
			int length = raw.length();
			if (length == 0 || length > 11) {
				return false;
			}
			boolean point = false;
			for (int i = 0; i < length; i++) {
				char c = raw.charAt(i);
				if (c == '-' && i == 0 && length > 1) {
					continue;
				}
				if (c == '.' && !point && i > 0 && i < length - 1) {
					point = true;
					continue;
				}
				if (c < '0' || c > '9') {
					return false;
				}
			}
			return true;
		}

		private NumberStyle numberStyle(int index) {
			return styles.numberStyle(index);
		}


	}

	private record NumberStyle(short index, String format, boolean isoDate) {

		static final NumberStyle GENERAL = new NumberStyle((short) 0, "General", false);

	}

}
