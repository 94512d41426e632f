package org.imvo.platform.facility.listfile;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a location list (API agreed between the facility developers; implementation in progress on
 * the listfile branch — this file's bodies are replaced there).
 */
public final class LocationListReader {

	private final ReaderLimits limits;

	public LocationListReader(ReaderLimits limits) {
		this.limits = limits;
	}

	/**
	 * Quick check before a list is accepted for import: format (by content, not by name), encoding,
	 * header row with the required columns (name, address, country).
	 */
	public ListSummary inspect(Path file, String originalFilename) throws LocationListException {
		throw new UnsupportedOperationException("implemented on the listfile branch");
	}

	/**
	 * Streams every data row, in file order, to {@code sink}; returns the number of data rows. Throws
	 * when the file as a whole is unusable (then the caller discards what it received).
	 */
	public int read(Path file, String originalFilename, Consumer<LocationRow> sink) throws LocationListException {
		throw new UnsupportedOperationException("implemented on the listfile branch");
	}

	public ReaderLimits limits() {
		return limits;
	}

}
