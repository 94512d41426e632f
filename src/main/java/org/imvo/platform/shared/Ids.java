package org.imvo.platform.shared;

import java.util.UUID;

/** Parsing of identifiers that arrive as text; a malformed id names nothing, so it is "not found". */
public final class Ids {

	private Ids() {
	}

	public static UUID parse(String text, String what) {
		if (text == null || text.length() != 36) {
			throw new NotFoundException(what, text);
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(what, text);
		}
	}

}
