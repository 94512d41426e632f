package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a location list: CSV (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or XLSX (first
 * sheet), recognised by content, not by file name. Stateless and thread-safe; one instance serves all
 * uploads.
 * <p>
 * A file that cannot be used as a whole raises a {@link LocationListException} whose message is
 * written for the uploader and whose {@link LocationListException#code() code} is one of:
 * {@code too-large} (file bigger than {@link ReaderLimits#maxFileBytes()}), {@code unpacks-too-large}
 * (an XLSX that expands beyond {@link ReaderLimits#maxUncompressedBytes()}: a zip bomb),
 * {@code empty}, {@code no-rows} (a header but no data), {@code not-a-list} (PDF, image, binary, Word
 * …), {@code legacy-format} (.xls, .xlsb, .ods: save as .xlsx or CSV), {@code password-protected},
 * {@code damaged}, {@code missing-columns}, {@code too-many-rows}. Problems of single rows do not
 * raise: they are {@link LocationRow#errors()} (the row is rejected) or
 * {@link LocationRow#warnings()}.
 * <p>
 * Failures of the machine rather than the file (the stored upload cannot be read) raise
 * {@link UncheckedIOException}; an exception thrown by the caller's sink passes through unchanged.
 */
public final class LocationListReader {

	/** Refusals of a workbook where the list may well be on another worksheet. */
	private static final Set<String> FIRST_SHEET_HINTS = Set.of("empty", "no-rows", "missing-columns");

	private final ReaderLimits limits;

	private final Countries countries;

	public LocationListReader(ReaderLimits limits) {
		this(limits, Countries.bundled());
	}

	public LocationListReader(ReaderLimits limits, Countries countries) {
		this.limits = Objects.requireNonNull(limits);
		this.countries = Objects.requireNonNull(countries);
		if (limits.maxFileBytes() < 1 || limits.maxRows() < 1 || limits.maxCellChars() < 1
				|| limits.maxUncompressedBytes() < 1) {
			throw new IllegalArgumentException("every reader limit must be positive: " + limits);
		}
	}

	/**
	 * Quick check before a list is accepted for import: format (by content, not by name), encoding,
	 * header row with the required columns (name, address, country), and at least one data row.
	 *
	 * @param originalFilename the name the uploader gave the file; only used in messages (never to judge
	 * the format), may be null
	 */
	public ListSummary inspect(Path file, String originalFilename) throws LocationListException {
		FileType type = detect(file, originalFilename);
		ListBuilder builder = new ListBuilder(limits, countries, null);
		run(file, type, builder);
		Header header = builder.header();
		return new ListSummary(type.format().name(), type.charset() == null ? null : type.charset().name(),
				header.written(), header.mapping());
	}

	/**
	 * Streams every data row, in file order, to {@code sink}; returns the number of data rows. Throws
	 * when the file as a whole is unusable (then the caller discards what it received).
	 *
	 * @param originalFilename the name the uploader gave the file; only used in messages, may be null
	 */
	public int read(Path file, String originalFilename, Consumer<LocationRow> sink) throws LocationListException {
		Objects.requireNonNull(sink);
		FileType type = detect(file, originalFilename);
		ListBuilder builder = new ListBuilder(limits, countries, sink);
		run(file, type, builder);
		return builder.rows();
	}

	public ReaderLimits limits() {
		return limits;
	}

	private FileType detect(Path file, String originalFilename) throws LocationListException {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (size > limits.maxFileBytes()) {
			throw new LocationListException("too-large",
					String.format(Locale.ROOT, "The file has %s; at most %s are accepted. Split the list.",
							megabytes(size), megabytes(limits.maxFileBytes())));
		}
		try {
			return FileType.detect(file, size);
		}
		catch (LocationListException ex) {
			throw named(ex, originalFilename);
		}
	}

	/** “The file is …” becomes “The file “suppliers.pdf” is …”, so that the uploader knows which one. */
	private static LocationListException named(LocationListException ex, String originalFilename) {
		String name = originalFilename == null ? null : Cells.value(originalFilename);
		if (name == null || !ex.getMessage().startsWith("The file ")) {
			return ex;
		}
		return new LocationListException(ex.code(), "The file \u201C" + ListBuilder.abbreviate(name, 80) + "\u201D "
				+ ex.getMessage().substring("The file ".length()));
	}

	private void run(Path file, FileType type, ListBuilder builder) throws LocationListException {
		try {
			boolean complete = switch (type.format()) {
				case CSV -> CsvSource.read(file, type, limits, builder);
				case XLSX -> XlsxSource.read(file, limits, builder);
			};
			if (complete) {
				builder.finish();
			}
		}
		catch (ListBuilder.SinkFailure failure) {
			throw failure.unwrap();
		}
		catch (LocationListException ex) {
			if (type.format() == FileType.Format.XLSX && FIRST_SHEET_HINTS.contains(ex.code())) {
				throw new LocationListException(ex.code(), ex.getMessage() + " Only the first worksheet is read.");
			}
			throw ex;
		}
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%,.1f MB", bytes / (1024.0 * 1024.0));
	}

}
