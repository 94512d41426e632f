package org.imvo.platform.facility.listfile;

import java.text.Normalizer;

/** Cleaning of cell text: control characters, whitespace, column letters. */
final class Cells {

	private Cells() {
	}

	/**
	 * The cell as written, without control characters and invisible formatting characters that have
	 * no business in a list (byte-order marks, zero-width spaces, bidirectional overrides, which can
	 * make text display differently from what it says). Line breaks (as {@code \n}) and tabs stay.
	 */
	static String stripControls(String value) {
		int length = value.length();
		int i = 0;
		while (i < length) {
			char c = value.charAt(i);
			if (c >= 0x20 && c < 0x7F || c != '\r' && !isStripped(c)) {
				i++;
			}
			else {
				break;
			}
		}
		if (i == length) {
			return value;
		}
		StringBuilder out = new StringBuilder(length);
		out.append(value, 0, i);
		for (; i < length; i++) {
			char c = value.charAt(i);
			if (c == '\r') {
				if (i + 1 < length && value.charAt(i + 1) == '\n') {
					continue;
				}
				out.append('\n');
			}
			else if (!isStripped(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The cell as a value: control characters stripped, every run of whitespace (line breaks, tabs,
	 * no-break spaces) one space, trimmed, Unicode NFC; {@code null} when nothing is left.
	 */
	static String value(String raw) {
		if (raw == null) {
			return null;
		}
		int length = raw.length();
		boolean plain = true;
		boolean ascii = true;
		char previous = ' ';
		for (int i = 0; i < length; i++) {
			char c = raw.charAt(i);
			if (c > ' ' && c < 0x7F) {
				previous = c;
				continue;
			}
			if (c >= 0x80) {
				ascii = false;
			}
			if (isStripped(c) || isSpace(c) && (c != ' ' || previous == ' ')) {
				plain = false;
				break;
			}
			previous = c;
		}
		String result;
		if (plain) {
			result = length > 0 && raw.charAt(length - 1) == ' ' ? raw.substring(0, length - 1) : raw;
		}
		else {
			StringBuilder out = new StringBuilder(length);
			boolean pendingSpace = false;
			for (int i = 0; i < length; i++) {
				char c = raw.charAt(i);
				if (c >= 0x80) {
					ascii = false;
				}
				if (isSpace(c)) {
					pendingSpace = out.length() > 0;
				}
				else if (!isStripped(c)) {
					if (pendingSpace) {
						out.append(' ');
						pendingSpace = false;
					}
					out.append(c);
				}
			}
			result = out.toString();
		}
		if (result.isEmpty()) {
			return null;
		}
		if (!ascii && !Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
			result = Normalizer.normalize(result, Normalizer.Form.NFC);
		}
		return result;
	}

	/** Spreadsheet column letters of a 0-based column index: 0 → A, 26 → AA. */
	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
				|| c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
				|| c == '\u202F' || c == '\u205F' || c == '\u3000';
	}

	/** Characters removed from every cell (tab, line feed and carriage return are handled apart). */
	private static boolean isStripped(char c) {
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		return c >= 0x7F && c <= 0x9F || c == '\uFEFF' || c == '\u200B' || c >= '\u202A' && c <= '\u202E'
				|| c >= '\u2066' && c <= '\u2069' || c == '\uFFFE' || c == '\uFFFF';
	}

}
