package org.imvo.platform.facility.matching;

import java.util.Arrays;

/**
 * The numbers that tell sister facilities apart: "Unit 2", "Factory 3", "Building B", "Phase II",
 * "Plot 12", and a bare number in a name ("Rahman Knit 2"). Each identifier is a group letter and a
 * value: U (unit, factory, plant), B (building, block, shed), H (phase), L (plot, lot), N (number in
 * the name).
 */
final class Identifiers {

	static final String[] NONE = new String[0];

	private Identifiers() {
	}

	/** The identifiers of a location, sorted; {@link #NONE} when there are none. */
	static String[] of(String[] name, String[] address) {
		String[] out = null;
		int n = 0;
		for (int f = 0; f < 2; f++) {
			String[] tokens = f == 0 ? name : address;
			for (int i = 0; i < tokens.length; i++) {
				char group = group(tokens[i]);
				if (group != 0) {
					int j = i + 1;
					while (j < tokens.length && (j == i + 1 ? isValue(tokens[j]) : isNumber(tokens[j]))) {
						String value = tokens[j];
						if (j + 1 < tokens.length && combines(tokens[j], tokens[j + 1])) {
							value = tokens[j] + tokens[j + 1];
							j++;
						}
						out = append(out, n++, group + value);
						j++;
					}
					i = j - 1;
				}
				else if (f == 0 && isNumber(tokens[i])) {
					out = append(out, n++, "N" + tokens[i]);
				}
			}
		}
		if (n == 0) {
			return NONE;
		}
		Arrays.sort(out, 0, n);
		int distinct = 1;
		for (int i = 1; i < n; i++) {
			if (!out[i].equals(out[distinct - 1])) {
				out[distinct++] = out[i];
			}
		}
		return Arrays.copyOf(out, distinct);
	}

	/**
	 * The first conflict between two identifier sets: a group present on both sides without a common
	 * value ("U1" against "U2"); null when there is none.
	 */
	static String conflict(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return null;
		}
		for (int i = 0; i < a.length; i++) {
			char g = a[i].charAt(0);
			if (i > 0 && a[i - 1].charAt(0) == g) {
				continue;
			}
			boolean groupOnB = false;
			boolean common = false;
			for (String y : b) {
				if (y.charAt(0) != g) {
					continue;
				}
				groupOnB = true;
				for (int k = i; k < a.length && a[k].charAt(0) == g; k++) {
					if (a[k].equals(y)) {
						common = true;
					}
				}
			}
			if (groupOnB && !common) {
				return describe(g) + " differs: " + values(a, g) + " vs " + values(b, g);
			}
		}
		return null;
	}

	/** Whether a has an identifier group that b lacks (e.g. "Unit 2" against a name without unit). */
	static boolean hasGroupMissingIn(String[] a, String[] b) {
		for (String x : a) {
			boolean found = false;
			for (String y : b) {
				if (y.charAt(0) == x.charAt(0)) {
					found = true;
					break;
				}
			}
			if (!found) {
				return true;
			}
		}
		return false;
	}

	private static String values(String[] ids, char group) {
		StringBuilder sb = new StringBuilder();
		for (String id : ids) {
			if (id.charAt(0) == group) {
				if (sb.length() > 0) {
					sb.append('/');
				}
				sb.append(id, 1, id.length());
			}
		}
		return sb.toString();
	}

	private static String describe(char group) {
		switch (group) {
			case 'U':
				return "unit number";
			case 'B':
				return "building number";
			case 'H':
				return "phase";
			case 'L':
				return "plot number";
			default:
				return "number in the name";
		}
	}

	private static char group(String token) {
		switch (token) {
			case "unit":
			case "factory":
			case "plant":
				return 'U';
			case "building":
			case "block":
			case "shed":
				return 'B';
			case "phase":
				return 'H';
			case "plot":
				return 'L';
			default:
				return 0;
		}
	}

	private static boolean isValue(String token) {
		return isNumber(token) || (token.length() <= 2 && isAsciiLetters(token));
	}

	private static boolean combines(String first, String second) {
		return (isAsciiLetters(first) && isNumber(second)) || (isNumber(first) && second.length() == 1 && isAsciiLetters(second));
	}

	static boolean isNumber(String token) {
		if (token.isEmpty()) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetters(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static String[] append(String[] out, int n, String value) {
		if (out == null) {
			out = new String[4];
		}
		else if (n == out.length) {
			out = Arrays.copyOf(out, n * 2);
		}
		out[n] = value;
		return out;
	}

}
