package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits CSV text into records as a spreadsheet program reads it: a cell in double quotes may hold
 * delimiters, line breaks and doubled quotes; text after a closing quote is kept (as Excel does);
 * lines end with LF, CRLF or CR. Cells longer than the limit are cut while reading, so that a 10 MB
 * cell never becomes a 10 MB string; their full length is counted. Each record is numbered as a
 * spreadsheet numbers its rows (blank lines count, line breaks inside quotes do not).
 */
final class CsvTokenizer {

	private static final int END = -1;

	private final Reader in;

	private final char delimiter;

	private final int maxCellChars;

	private final char[] buffer = new char[64 * 1024];

	private final StringBuilder cell = new StringBuilder(256);

	private int position;

	private int limit;

	private boolean exhausted;

	private int nextRowNumber;

	private long cellLength;

	CsvTokenizer(Reader in, char delimiter, int maxCellChars, int firstRowNumber) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxCellChars = maxCellChars;
		this.nextRowNumber = firstRowNumber;
	}

	/** The next record, or null at the end of the text. */
	RawRecord next() throws IOException {
		if (peek() == END) {
			return null;
		}
		RawRecord record = new RawRecord(nextRowNumber++);
		int column = 0;
		while (true) {
			cell.setLength(0);
			cellLength = 0;
			if (peek() == '"') {
				position++;
				if (!readQuoted()) {
					record.set(column, cell.toString(), cellLength);
					record.markUnclosedQuote();
					return record;
				}
			}
			int terminator = readUnquoted();
			record.set(column, cell.length() == 0 ? "" : cell.toString(), cellLength);
			if (terminator == delimiter) {
				column++;
				continue;
			}
			if (terminator == '\r' && peek() == '\n') {
				position++;
			}
			return record;
		}
	}

	/**
	 * Appends characters up to the next delimiter or line end (also after a closing quote, as Excel
	 * keeps them); consumes and returns that terminator, or {@link #END}.
	 */
	private int readUnquoted() throws IOException {
		while (true) {
			if (position == limit && !fill()) {
				return END;
			}
			char[] chars = buffer;
			int end = limit;
			int start = position;
			int i = start;
			while (i < end) {
				char c = chars[i];
				if (c == delimiter || c == '\n' || c == '\r') {
					break;
				}
				i++;
			}
			append(start, i);
			position = i;
			if (i < end) {
				position++;
				return chars[i];
			}
		}
	}

	/** Reads a quoted cell after its opening quote; false when the closing quote never came. */
	private boolean readQuoted() throws IOException {
		while (true) {
			if (position == limit && !fill()) {
				return false;
			}
			int start = position;
			int i = start;
			while (i < limit && buffer[i] != '"') {
				i++;
			}
			append(start, i);
			position = i;
			if (i < limit) {
				position++;
				if (peek() != '"') {
					return true;
				}
				position++;
				append('"');
			}
		}
	}

	private void append(int start, int end) {
		int count = end - start;
		if (count == 0) {
			return;
		}
		long room = maxCellChars - cellLength;
		cellLength += count;
		if (room > 0) {
			cell.append(buffer, start, (int) Math.min(count, room));
		}
	}

	private void append(char c) {
		cellLength++;
		if (cellLength <= maxCellChars) {
			cell.append(c);
		}
	}

	private int peek() throws IOException {
		if (position == limit && !fill()) {
			return END;
		}
		return buffer[position];
	}

	private boolean fill() throws IOException {
		if (exhausted) {
			return false;
		}
		int n;
		do {
			n = in.read(buffer, 0, buffer.length);
		}
		while (n == 0);
		if (n < 0) {
			exhausted = true;
			return false;
		}
		position = 0;
		limit = n;
		return true;
	}

}
