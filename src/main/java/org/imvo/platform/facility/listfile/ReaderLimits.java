package org.imvo.platform.facility.listfile;

/**
 * Limits against hostile or mistaken files.
 *
 * @param maxFileBytes largest upload accepted
 * @param maxRows most data rows in one list (the product promises 200,000)
 * @param maxCellChars longest cell accepted (Excel's own limit is 32,767)
 * @param maxUncompressedBytes most bytes an XLSX may expand to (zip-bomb guard)
 */
public record ReaderLimits(long maxFileBytes, int maxRows, int maxCellChars, long maxUncompressedBytes) {

	public static ReaderLimits defaults() {
		return new ReaderLimits(50L * 1024 * 1024, 200_000, 32_767, 512L * 1024 * 1024);
	}

}
