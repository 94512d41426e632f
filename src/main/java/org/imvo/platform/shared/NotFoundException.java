package org.imvo.platform.shared;

/** A requested resource does not exist (or the caller may not know that it exists). */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id);
		this.what = what;
	}

	/** The kind of thing that was not found, e.g. "covenant"; safe to show. */
	public String what() {
		return what;
	}

}
