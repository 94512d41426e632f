package org.imvo.platform.facility;

/**
 * An uploaded file cannot be read as a location list; nothing was stored. The message is written
 * for the person who uploaded it and says what to do.
 */
public class LocationListRejected extends RuntimeException {

	private final String code;

	public LocationListRejected(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable machine-readable code, e.g. {@code missing-columns}. */
	public String code() {
		return code;
	}

}
