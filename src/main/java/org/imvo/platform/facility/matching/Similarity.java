package org.imvo.platform.facility.matching;

import java.util.Arrays;

/** The similarity measures of the scorer; pure functions over canonical tokens. */
final class Similarity {

	/** Two different words at least this Jaro-Winkler-similar count as the same word misspelt. */
	static final double SOFT_WORD = 0.9;

	private Similarity() {
	}

	/**
	 * Weighted soft Dice of two token sets: every token of each side finds its best partner on the
	 * other side (1 when equal; its Jaro-Winkler similarity when both are words of four or more
	 * letters that look alike; numbers only when equal), and the weighted share of partnered tokens
	 * of both sides is returned. Tokens are compared by their dictionary numbers first ({@code ia},
	 * {@code ib}; -1 for a word no facility has), and only the tokens left without an equal partner
	 * are compared letter by letter. {@code bestA}/{@code bestB} receive each token's partner similarity.
	 */
	static double softDice(String[] a, int[] ia, float[] wa, String[] b, int[] ib, float[] wb, float[] bestA, float[] bestB) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		Arrays.fill(bestA, 0, a.length, 0f);
		Arrays.fill(bestB, 0, b.length, 0f);
		for (int i = 0; i < a.length; i++) {
			int id = ia[i];
			if (id < 0) {
				continue;
			}
			for (int j = 0; j < b.length; j++) {
				if (ib[j] == id) {
					bestA[i] = 1f;
					bestB[j] = 1f;
				}
			}
		}
		for (int i = 0; i < a.length; i++) {
			if (bestA[i] == 1f) {
				continue;
			}
			String x = a[i];
			if (x.length() < 4 || isDigit(x.charAt(0))) {
				continue;
			}
			for (int j = 0; j < b.length; j++) {
				if (bestB[j] == 1f) {
					continue;
				}
				String y = b[j];
				if (y.length() < 4 || Math.abs(x.length() - y.length()) > 2 || isDigit(y.charAt(0))) {
					continue;
				}
				// a misspelt word keeps its first or its last letter
				if (x.charAt(0) != y.charAt(0) && x.charAt(x.length() - 1) != y.charAt(y.length() - 1)) {
					continue;
				}
				double jw = jaroWinkler(x, y);
				if (jw >= SOFT_WORD) {
					float f = (float) jw;
					if (f > bestA[i]) {
						bestA[i] = f;
					}
					if (f > bestB[j]) {
						bestB[j] = f;
					}
				}
			}
		}
		double matched = 0;
		double total = 0;
		for (int i = 0; i < a.length; i++) {
			matched += wa[i] * bestA[i];
			total += wa[i];
		}
		for (int j = 0; j < b.length; j++) {
			matched += wb[j] * bestB[j];
			total += wb[j];
		}
		return total == 0 ? 0 : matched / total;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Weighted share of the side with less weight that is partnered (after {@link #softDice}). */
	static double containment(float[] wa, float[] bestA, int na, float[] wb, float[] bestB, int nb) {
		double ta = 0;
		double ma = 0;
		for (int i = 0; i < na; i++) {
			ta += wa[i];
			ma += wa[i] * bestA[i];
		}
		double tb = 0;
		double mb = 0;
		for (int j = 0; j < nb; j++) {
			tb += wb[j];
			mb += wb[j] * bestB[j];
		}
		if (ta == 0 || tb == 0) {
			return 0;
		}
		return ta <= tb ? ma / ta : mb / tb;
	}

	/**
	 * Whether the numbers of two addresses disagree (after {@link #softDice} filled the partners):
	 * both have numbers, and less than half of the numbers' weight on the side with fewer of them
	 * has an equal number on the other side. Post codes, shared by a whole town, weigh little.
	 */
	static boolean numbersDiffer(String[] a, float[] wa, float[] bestA, String[] b, float[] wb, float[] bestB) {
		double ta = 0;
		double ma = 0;
		for (int i = 0; i < a.length; i++) {
			if (Identifiers.isNumber(a[i])) {
				ta += wa[i];
				ma += bestA[i] >= 1f ? wa[i] : 0;
			}
		}
		double tb = 0;
		double mb = 0;
		for (int j = 0; j < b.length; j++) {
			if (Identifiers.isNumber(b[j])) {
				tb += wb[j];
				mb += bestB[j] >= 1f ? wb[j] : 0;
			}
		}
		if (ta == 0 || tb == 0) {
			return false;
		}
		return (ta <= tb ? ma / ta : mb / tb) < 0.5;
	}

	/** Jaro-Winkler similarity (prefix scale 0.1, at most 4 characters of common prefix). */
	static double jaroWinkler(String s, String t) {
		int ls = s.length();
		int lt = t.length();
		if (ls == 0 || lt == 0) {
			return 0;
		}
		if (ls > 64 || lt > 64) {
			return s.equals(t) ? 1 : 0;
		}
		int window = Math.max(0, Math.max(ls, lt) / 2 - 1);
		long matchedS = 0;
		long matchedT = 0;
		int matches = 0;
		for (int i = 0; i < ls; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(lt - 1, i + window);
			char c = s.charAt(i);
			for (int j = from; j <= to; j++) {
				if ((matchedT & (1L << j)) == 0 && t.charAt(j) == c) {
					matchedS |= 1L << i;
					matchedT |= 1L << j;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		int transpositions = 0;
		int j = 0;
		for (int i = 0; i < ls; i++) {
			if ((matchedS & (1L << i)) != 0) {
				while ((matchedT & (1L << j)) == 0) {
					j++;
				}
				if (s.charAt(i) != t.charAt(j)) {
					transpositions++;
				}
				j++;
			}
		}
		double m = matches;
		double jaro = (m / ls + m / lt + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		int max = Math.min(4, Math.min(ls, lt));
		while (prefix < max && s.charAt(prefix) == t.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}

	/**
	 * Sorted character trigrams of the tokens written together without spaces (padded at both ends),
	 * so that "knitcomposite" and "knit composite" look alike; written into {@code out}, count returned.
	 */
	static int trigrams(String[] tokens, long[] out) {
		int n = 0;
		char p2 = '^';
		char p1 = '^';
		for (String t : tokens) {
			for (int i = 0; i < t.length(); i++) {
				char c = t.charAt(i);
				if (n < out.length) {
					out[n++] = ((long) p2 << 32) | ((long) p1 << 16) | c;
				}
				p2 = p1;
				p1 = c;
			}
		}
		if (n < out.length && (p1 != '^')) {
			out[n++] = ((long) p2 << 32) | ((long) p1 << 16) | '$';
		}
		Arrays.sort(out, 0, n);
		return n;
	}

	/** Dice coefficient of two sorted trigram multisets. */
	static double trigramDice(long[] a, int na, long[] b, int nb) {
		if (na == 0 || nb == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < na && j < nb) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return 2.0 * common / (na + nb);
	}

	/** Great-circle distance in metres. */
	static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
