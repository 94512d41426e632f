package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams the records of a CSV file (delimiter detected from the header line) into a list builder. */
final class CsvSource {

	private static final int PREFIX_CHARS = 64 * 1024;

	private CsvSource() {
	}

	/** Reads records until the builder wants no more; true when the end of the file was reached. */
	static boolean read(Path file, FileType type, ReaderLimits limits, ListBuilder builder)
			throws LocationListException {
		Delimiter delimiter = Delimiter.detect(prefix(file, type));
		try (Reader reader = open(file, type)) {
			CsvTokenizer tokenizer = new CsvTokenizer(reader, delimiter.character(), limits.maxCellChars(),
					delimiter.sepLine() ? 0 : 1);
			for (RawRecord record; (record = tokenizer.next()) != null;) {
				if (record.rowNumber() == 0) {
					continue; // Excel's "sep=;" line, which Excel itself does not show
				}
				if (!builder.accept(record)) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reader open(Path file, FileType type) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(type.bomLength());
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		return new InputStreamReader(in, type.charset());
	}

	private static String prefix(Path file, FileType type) {
		try (Reader reader = open(file, type)) {
			char[] chars = new char[PREFIX_CHARS];
			int length = 0;
			for (int n; length < chars.length && (n = reader.read(chars, length, chars.length - length)) > 0;) {
				length += n;
			}
			return new String(chars, 0, length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The delimiter of a CSV file, and whether the file starts with Excel's “sep=” line. */
	record Delimiter(char character, boolean sepLine) {

		private static final char[] CANDIDATES = { '\t', ';', ',' };

		/**
		 * The candidate (comma, semicolon, tab) that occurs most often outside quotes in the first line
		 * that has any of them; a tie goes to tab, then semicolon. Comma when none occurs.
		 */
		static Delimiter detect(String prefix) {
			if (prefix.length() >= 5 && prefix.regionMatches(true, 0, "sep=", 0, 4)
					&& (prefix.length() == 5 || prefix.charAt(5) == '\r' || prefix.charAt(5) == '\n')) {
				return new Delimiter(prefix.charAt(4), true);
			}
			int[] counts = new int[CANDIDATES.length];
			boolean quoted = false;
			int lines = 0;
			for (int i = 0; i < prefix.length() && lines < ListBuilder.HEADER_SEARCH_ROWS; i++) {
				char c = prefix.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					if (best(counts) >= 0) {
						break;
					}
					lines++;
				}
				else if (!quoted) {
					for (int k = 0; k < CANDIDATES.length; k++) {
						if (c == CANDIDATES[k]) {
							counts[k]++;
						}
					}
				}
			}
			int best = best(counts);
			return new Delimiter(best < 0 ? ',' : CANDIDATES[best], false);
		}

		private static int best(int[] counts) {
			int best = -1;
			for (int k = 0; k < counts.length; k++) {
				if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
					best = k;
				}
			}
			return best;
		}

	}

}
