package org.imvo.platform.facility;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.imvo.platform.shared.NotFoundException;

/**
 * The stable public identifier of a facility, e.g. {@code BD4F7KM29QXA}: the ISO 3166-1 alpha-2
 * code of the country where the facility was first registered, eight characters of Crockford
 * base-32 (40 random bits, so ids cannot be counted or guessed), and a check character computed
 * with ISO 7064 MOD 37,36 over the ten characters before it. The check character detects every
 * single mistyped character and almost every swap of two neighbouring characters.
 * <p>
 * Readers are forgiving: lower case, spaces and hyphens are ignored, and in the body the letters
 * Crockford calls ambiguous (O for zero, I and L for one) are read as the digits they look like.
 */
public record FacilityId(String value) {

	/** Crockford's base-32 alphabet: digits and letters without I, L, O and U. */
	static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** The 36 characters of the check system (ISO 7064 MOD 37,36). */
	static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	static final int BODY_LENGTH = 8;

	static final int LENGTH = 2 + BODY_LENGTH + 1;

	public FacilityId {
		Objects.requireNonNull(value, "facility id");
		if (value.length() != LENGTH) {
			throw new IllegalArgumentException("A facility id has " + LENGTH + " characters, e.g. BD4F7KM29QXA.");
		}
		for (int i = 0; i < 2; i++) {
			char c = value.charAt(i);
			if (c < 'A' || c > 'Z') {
				throw new IllegalArgumentException("A facility id starts with a two-letter country code.");
			}
		}
		for (int i = 2; i < 2 + BODY_LENGTH; i++) {
			if (CROCKFORD.indexOf(value.charAt(i)) < 0) {
				throw new IllegalArgumentException("'" + value + "' is not a facility id: unexpected character '"
						+ value.charAt(i) + "'.");
			}
		}
		if (value.charAt(LENGTH - 1) != checkCharacter(value.substring(0, LENGTH - 1))) {
			throw new IllegalArgumentException(
					"'" + value + "' is not a facility id: the check character does not match (a typing error?).");
		}
	}

	/** A new random id for a facility in {@code countryCode} (ISO alpha-2). */
	public static FacilityId generate(String countryCode, RandomGenerator random) {
		String country = countryCode.toUpperCase(Locale.ROOT);
		if (!country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 code: " + countryCode);
		}
		long bits = random.nextLong() & ((1L << (5 * BODY_LENGTH)) - 1);
		StringBuilder id = new StringBuilder(LENGTH).append(country);
		for (int shift = 5 * (BODY_LENGTH - 1); shift >= 0; shift -= 5) {
			id.append(CROCKFORD.charAt((int) (bits >>> shift) & 31));
		}
		return new FacilityId(id.append(checkCharacter(id)).toString());
	}

	/**
	 * Reads an id as a person may have written it (see the class comment).
	 *
	 * @throws IllegalArgumentException when it is not a valid facility id
	 */
	public static FacilityId of(String text) {
		if (text == null) {
			throw new IllegalArgumentException("A facility id is required.");
		}
		StringBuilder normal = new StringBuilder(LENGTH);
		for (int i = 0; i < text.length(); i++) {
			char c = Character.toUpperCase(text.charAt(i));
			if (c == '-' || c == ' ' || c == '\t') {
				continue;
			}
			int position = normal.length();
			if (position >= 2 && position < 2 + BODY_LENGTH) {
				c = switch (c) {
					case 'O' -> '0';
					case 'I', 'L' -> '1';
					default -> c;
				};
			}
			normal.append(c);
		}
		return new FacilityId(normal.toString());
	}

	/** Like {@link #of} for an id from a URL: a malformed id names nothing, so it is "not found". */
	public static FacilityId parse(String text) {
		try {
			return of(text);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("facility", text);
		}
	}

	/** Whether {@code text} reads as a valid facility id. */
	public static boolean isValid(String text) {
		try {
			of(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The country the facility was first registered in. */
	public String country() {
		return value.substring(0, 2);
	}

	/** ISO 7064 MOD 37,36 (hybrid system): the character that makes the checksum of the whole id 1. */
	static char checkCharacter(CharSequence payload) {
		int m = 36;
		int p = m;
		for (int i = 0; i < payload.length(); i++) {
			int value = ALPHANUMERIC.indexOf(payload.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not alphanumeric: " + payload.charAt(i));
			}
			int s = (p + value) % m;
			p = (2 * (s == 0 ? m : s)) % (m + 1);
		}
		return ALPHANUMERIC.charAt((m + 1 - p) % m);
	}

	@Override
	public String toString() {
		return value;
	}

}
