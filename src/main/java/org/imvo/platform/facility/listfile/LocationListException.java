package org.imvo.platform.facility.listfile;

/**
 * The file as a whole cannot be read as a location list (empty, not CSV/XLSX, password-protected,
 * missing required columns, too large, too many rows …). The message is written for the person who
 * uploaded the file and says what to do.
 */
public class LocationListException extends Exception {

	private final String code;

	public LocationListException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable machine-readable code, e.g. {@code missing-columns}, {@code too-many-rows}. */
	public String code() {
		return code;
	}

}
