package org.imvo.platform.facility.listfile;

import java.util.Arrays;

/**
 * One row of cells as the CSV or XLSX source found it, before the header is applied. Cells longer
 * than the limit are kept cut to the limit, with their full length noted.
 */
final class RawRecord {

	/** Most cells kept in one row; more are counted and reported, not stored. */
	static final int MAX_COLUMNS = 1024;

	private final int rowNumber;

	private String[] cells = new String[16];

	/** Full lengths of cells that were cut, by column; null while no cell was cut. */
	private long[] fullLengths;

	/** Exact numbers of XLSX cells whose text is a formatted rendering; null while there is none. */
	private String[] exactNumbers;

	private int size;

	private boolean tooManyCells;

	private boolean unclosedQuote;

	RawRecord(int rowNumber) {
		this.rowNumber = rowNumber;
	}

	int rowNumber() {
		return rowNumber;
	}

	/** Number of columns up to the last one set (later columns were never set). */
	int size() {
		return size;
	}

	String cell(int column) {
		return column < size ? cells[column] : null;
	}

	/** Sets a cell; {@code fullLength} is larger than the text's length when the text was cut. */
	void set(int column, String text, long fullLength) {
		if (column >= MAX_COLUMNS) {
			if (!text.isEmpty()) {
				tooManyCells = true;
			}
			return;
		}
		if (column >= cells.length) {
			cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(column + 1, cells.length * 2)));
		}
		cells[column] = text;
		if (fullLength > text.length()) {
			if (fullLengths == null) {
				fullLengths = new long[cells.length];
			}
			else if (fullLengths.length <= column) {
				fullLengths = Arrays.copyOf(fullLengths, cells.length);
			}
			fullLengths[column] = fullLength;
		}
		size = Math.max(size, column + 1);
	}

	/** The full length of a cell that was cut, or -1. */
	long fullLength(int column) {
		return fullLengths != null && column < fullLengths.length && fullLengths[column] > 0 ? fullLengths[column]
				: -1;
	}

	void setExactNumber(int column, String number) {
		if (column >= MAX_COLUMNS) {
			return;
		}
		if (exactNumbers == null) {
			exactNumbers = new String[Math.max(cells.length, column + 1)];
		}
		else if (exactNumbers.length <= column) {
			exactNumbers = Arrays.copyOf(exactNumbers, Math.max(cells.length, column + 1));
		}
		exactNumbers[column] = number;
	}

	/** The unformatted number of an XLSX numeric cell (e.g. all decimals of a latitude), or null. */
	String exactNumber(int column) {
		return exactNumbers != null && column < exactNumbers.length ? exactNumbers[column] : null;
	}

	void markTooManyCells() {
		tooManyCells = true;
	}

	boolean tooManyCells() {
		return tooManyCells;
	}

	void markUnclosedQuote() {
		unclosedQuote = true;
	}

	boolean unclosedQuote() {
		return unclosedQuote;
	}

	/**
	 * Whether every cell is empty, whitespace or control characters (such rows are skipped, but still
	 * counted).
	 */
	boolean isBlank() {
		if (tooManyCells) {
			return false;
		}
		for (int i = 0; i < size; i++) {
			String cell = cells[i];
			if (cell != null && Cells.value(cell) != null) {
				return false;
			}
		}
		return true;
	}

}
