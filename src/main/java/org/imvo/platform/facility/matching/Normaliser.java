package org.imvo.platform.facility.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a facility name or an address as people write it into canonical tokens.
 *
 * <p>Steps: case folding; accents stripped (Unicode NFKD, precomputed per character); Cyrillic and
 * Greek transliterated by a small table; punctuation to spaces; letters and digits split ("Plot12"
 * becomes "plot 12", "2nd" becomes "2", "007" becomes "7"); runs of single letters joined ("S.A." and
 * "M/S" become "sa" and "ms"); phrases and abbreviations unified ("rd" and "road", "epz" and "export
 * processing zone"); stop words dropped; in names also legal forms ("ltd", "pvt", "sdn bhd", "tic ve
 * san", ...). Scripts without a table (Chinese, Bengali, Thai ...) are kept as letters: for such names
 * the address carries the match.
 *
 * <p>Allocation-light: one pass over the characters into a thread-local buffer, tokens looked up in
 * the tables without creating strings; only the returned tokens are allocated (and the canonical
 * forms of table words are shared instances).
 */
final class Normaliser {

	/** Which rules apply: names lose their legal forms, addresses keep every word. */
	enum Field {
		NAME, ADDRESS
	}

	/** Folded replacement of each BMP character: null = separator, "" = dropped. */
	private static final String[] FOLD = new String[0x10000];

	/** Token text (exact) to canonical token; {@link #DROP} means remove the token. */
	private static final CharTable<String> WORDS = new CharTable<>();

	/** Like {@link #WORDS}, but only for names (legal forms, "m/s", "the"). */
	private static final CharTable<String> NAME_WORDS = new CharTable<>();

	/** Phrases by their first word: sequences of raw tokens replaced by one canonical token. */
	private static final Map<String, String[][]> PHRASES = new HashMap<>();

	/** {@link #PHRASES} for look-ups without creating strings. */
	private static final CharTable<String[][]> PHRASE_TABLE = new CharTable<>();

	/**
	 * Table words of six or more letters by their first letter, for recognising them misspelt
	 * ("Limted", "Kniting", "Industriial"); each entry is {variant, canonical, "name" or "both"}.
	 */
	private static final Map<Character, List<String[]>> FUZZY = new HashMap<>();

	/** Words already looked up in {@link #FUZZY} (bounded: cleared when full). */
	private static final java.util.concurrent.ConcurrentHashMap<String, String[]> MISSPELT = new java.util.concurrent.ConcurrentHashMap<>();

	private static final String[] NOT_MISSPELT = new String[0];

	private static final int MISSPELT_CACHE_SIZE = 200_000;

	/** How alike (Jaro-Winkler) a word must be to a table word to count as that word misspelt. */
	private static final double FUZZY_SIMILARITY = 0.94;

	private static final String DROP = "";

	/** Roman numerals and number words as they follow a qualifier ("Unit II", "Phase two"). */
	private static final CharTable<String> NUMERALS = new CharTable<>();

	/** Qualifiers whose following number identifies one of several sister facilities. */
	static final Set<String> QUALIFIERS = Set.of("unit", "factory", "plant", "building", "block", "shed", "phase", "plot");

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	static {
		for (int c = 0; c < 0x10000; c++) {
			FOLD[c] = fold((char) c);
		}
		// transliteration: Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) and Greek
		String[] cyrillic = { "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "ђ", "dj", "е", "e", "ё", "e",
				"є", "ye", "ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "ј", "j", "к", "k", "л", "l", "љ",
				"lj", "м", "m", "н", "n", "њ", "nj", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "ћ", "c", "у", "u",
				"ф", "f", "х", "h", "ц", "ts", "ч", "ch", "џ", "dz", "ш", "sh", "щ", "sht", "ъ", "a", "ы", "y", "ь", "",
				"э", "e", "ю", "yu", "я", "ya" };
		putPairs(cyrillic, true);
		String[] greek = { "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i",
				"κ", "k", "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ",
				"t", "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o" };
		putPairs(greek, true);
		// letters that NFKD does not decompose
		String[] latin = { "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ð", "d", "ł", "l", "ı", "i", "þ", "th",
				"ħ", "h", "ŧ", "t", "ŀ", "l", "ĸ", "k", "ŋ", "ng", "ſ", "s", "ə", "e" };
		putPairs(latin, true);
		FOLD['\''] = "";
		FOLD['\u2019'] = "";
		FOLD['`'] = "";
		FOLD['´'] = "";

		String[] roman = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii" };
		String[] english = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve" };
		for (int i = 0; i < roman.length; i++) {
			NUMERALS.put(roman[i], String.valueOf(i + 1));
			NUMERALS.put(english[i], String.valueOf(i + 1));
		}

		// abbreviations and variants, both fields
		words("road", "road", "rd", "roads", "rod", "raod");
		words("street", "street", "st", "str", "strasse", "strada", "sk", "sok", "sokak", "sokagi", "jie");
		words("avenue", "avenue", "ave", "av", "avda", "avenida", "cadde", "caddesi", "cad", "cd");
		words("lane", "lane", "ln");
		words("highway", "highway", "hwy", "hway", "highwy");
		words("ind", "ind", "indl", "industrial", "industry", "industries", "inds", "indus", "industri", "industria",
				"industrie", "sanayi", "sanayii");
		words("estate", "estate", "est", "estates");
		words("area", "area", "areas");
		words("zone", "zone", "zones");
		words("park", "park", "pk");
		words("manufacturing", "manufacturing", "mfg", "mfrs", "mfr", "manufacturer", "manufacturers", "manufacture",
				"manufactures", "mfy");
		words("international", "international", "intl", "int", "internacional", "internasional");
		words("building", "building", "bldg", "bldgs", "bld", "buildings");
		words("factory", "factory", "fty", "factories", "facty", "fabrica", "fabrika");
		words("unit", "unit", "units", "un1t", "unidade", "unidad", "tsekh", "usine");
		words("plot", "plot", "plots", "plt", "lot", "lots");
		words("block", "block", "blk", "blocks");
		words("phase", "phase", "ph", "phases");
		words("shed", "shed", "sheds");
		words("plant", "plant", "plants");
		words("floor", "floor", "flr", "fl", "floors");
		words("sector", "sector", "sec", "sect", "sektor");
		words("district", "district", "dist", "distt", "dt", "dis", "districts", "zila", "zilla", "qu");
		words("subdistrict", "upazila", "upazilla", "upz", "thana", "tehsil", "taluk", "taluka");
		words("union", "union", "un");
		words("village", "village", "vill", "vil", "vill.", "gram", "cun", "koy", "koyu");
		words("post", "post", "po");
		words("house", "house", "hs", "holding", "hold", "hlding");
		drop("near");
		drop("no");
		drop("number");
		drop("nr");
		drop("num");
		drop("nos");
		drop("the");
		drop("of");
		drop("and");
		drop("at");
		drop("de");
		drop("da");
		drop("do");
		drop("dos");
		drop("das");
		drop("del");
		drop("la");
		drop("opp");
		drop("opposite");
		drop("behind");
		drop("beside");
		drop("via");
		words("epz", "epz", "epzs");
		words("sez", "sez");
		words("garment", "garment", "garments", "garmen", "garmin", "garmindo", "gmt", "gmts", "grmts", "may");
		words("apparel", "apparel", "apparels", "aparel", "aparels");
		words("textile", "textile", "textiles", "tex", "teks", "tekstil", "textil", "textilen", "tekstile", "textiler", "txt");
		words("knit", "knit", "knitting", "knits", "knitwear", "knitwears", "knitted", "knitter", "orme");
		words("composite", "composite", "comp", "composit", "composites");
		words("fashion", "fashion", "fashions", "moda", "fasyon", "fashon");
		words("mill", "mill", "mills");
		words("fabric", "fabric", "fabrics");
		words("sweater", "sweater", "sweaters");
		words("denim", "denim", "denims");
		words("dyeing", "dyeing", "dyeings", "dying", "dye", "dyes", "boya", "boyahane");
		words("printing", "printing", "print", "prints", "printers");
		words("washing", "washing", "wash", "washes", "laundry");
		words("spinning", "spinning", "spin", "iplik");
		words("weaving", "weaving", "weave", "weaves", "dokuma");
		words("footwear", "footwear", "footwears", "shoe", "shoes", "ayakkabi");
		words("leather", "leather", "leathers", "deri");
		words("accessory", "accessory", "accessories", "acc", "accs");
		words("group", "group", "grp", "grup", "groupe");
		words("enterprise", "enterprise", "enterprises", "ent", "entp");
		words("trading", "trading", "trade", "traders", "ticaret");
		drop("city");
		drop("shi");
		drop("tp");
		words("ward", "ward", "phuong");
		words("province", "tinh");
		words("street", "duong", "ul", "ulitsa", "rua");
		words("district", "quan", "huyen", "ilce");
		words("subdistrict", "kec", "kecamatan");
		words("regency", "regency", "kab", "kabupaten");
		words("village", "kel", "kelurahan", "desa");
		words("county", "jud", "judetul", "judet");
		words("town", "town", "zhen", "township", "tsp");
		words("province", "province", "prov", "sheng");
		words("county", "county", "xian");
		words("jalan", "jalan", "jl", "jln");
		words("kilometer", "km", "kilometer", "kilometre");
		words("mahalle", "mahalle", "mahallesi", "mah", "mh");
		words("osb", "osb");
		words("north", "north", "kuzey");
		words("south", "south", "guney");
		words("east", "east", "dogu");
		words("west", "west", "bati");
		words("dhaka", "dhaka", "dacca");
		words("chittagong", "chittagong", "chattogram", "ctg");
		words("narayanganj", "narayanganj", "narayangonj");
		words("tiruppur", "tiruppur", "tirupur");
		words("bengaluru", "bengaluru", "bangalore");
		words("gurugram", "gurugram", "gurgaon");
		words("yangon", "yangon", "rangoon");
		words("hcm", "hcm", "hcmc", "saigon");

		// legal forms and honorifics, names only
		nameWords(DROP, "ltd", "limited", "pvt", "private", "co", "company", "companies", "inc", "incorporated", "llc",
				"plc", "gmbh", "bv", "nv", "sa", "srl", "spa", "as", "ab", "oy", "kft", "sro", "tbk", "pt", "cv", "jsc",
				"ojsc", "llp", "corp", "corporation", "sdn", "bhd", "pte", "ltda", "lda", "tic", "ve", "san", "tnhh",
				"cty", "ms", "messrs", "sas", "sarl", "ag", "kg", "ood", "eood", "ad", "sc", "sl", "sau", "bvba", "aps",
				"unipessoal", "ltee", "pty", "sti", "sirketi", "jv", "the", "of", "and", "ltd.", "ve", "ith", "ihr", "dis", "imalat",
				"pazarlama");
		// a few that are real words in addresses stay addresses' ("co" road, "sa" as in São)

		phrase("epz", "export", "processing", "zone");
		phrase("epz", "export", "processing", "zones");
		phrase("epz", "export", "processing", "area");
		phrase("sez", "special", "economic", "zone");
		phrase("ind", "khu", "cong", "nghiep");
		phrase("ind", "kcn");
		phrase("ind", "kawasan", "industri");
		phrase("ind", "kawasan", "berikat");
		phrase("osb", "organize", "sanayi", "bolgesi");
		phrase("osb", "organize", "sanayi");
		phrase("post", "post", "office");
		phrase("subdistrict", "police", "station");
		phrase("hcm", "ho", "chi", "minh", "city");
		phrase("hcm", "ho", "chi", "minh");
		phrase("hcm", "tp", "hcm");
		phrase("ind", "industrial", "area");
		phrase("ind", "ind", "area");
		phrase("ind", "industrial", "estate");
		phrase("ind", "ind", "est");
		phrase("ind", "industrial", "zone");
		phrase("ind", "ind", "zone");
		phrase("ind", "industrial", "park");
		phrase("ind", "ind", "park");
		phrase("ind", "sanayi", "bolgesi");
		phrase(DROP, "cong", "ty");
		phrase(DROP, "thanh", "pho");
		phrase(DROP, "limited", "sirketi");
		phrase(DROP, "anonim", "sirketi");
		phrase(DROP, "co", "phan");
		phrase(DROP, "trach", "nhiem", "huu", "han");

		PHRASES.forEach(PHRASE_TABLE::put);
		for (String[] entry : tableWords()) {
			if (entry[0].length() >= 6) {
				FUZZY.computeIfAbsent(entry[0].charAt(0), c -> new ArrayList<>()).add(entry);
			}
		}
	}

	private static List<String[]> tableWords() {
		List<String[]> all = new ArrayList<>();
		WORDS.forEach((variant, canonical) -> all.add(new String[] { variant, canonical, "both" }));
		NAME_WORDS.forEach((variant, canonical) -> all.add(new String[] { variant, canonical, "name" }));
		return all;
	}

	private Normaliser() {
	}

	/** Canonical tokens of a name or address; never null, empty for blank text. */
	static String[] tokens(String text, Field field) {
		if (text == null || text.isEmpty()) {
			return new String[0];
		}
		Scratch s = SCRATCH.get();
		s.reset(text.length());
		foldInto(text, s);
		splitTokens(s);
		joinSingleLetters(s);
		String[] out = canonicalise(s, field);
		if (out.length == 0 && field == Field.NAME) {
			// a name made only of legal forms or stop words ("The Company Ltd"): keep it as written
			out = canonicalise(s, Field.ADDRESS);
		}
		return out;
	}

	/** Folds the text into the scratch buffer: lower case, accents off, separators as spaces. */
	private static void foldInto(String text, Scratch s) {
		char[] buf = s.chars;
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				if (c >= 'A' && c <= 'Z') {
					buf = s.ensure(n + 1);
					buf[n++] = (char) (c + 32);
				}
				else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					buf = s.ensure(n + 1);
					buf[n++] = c;
				}
				else if (c != '\'' && c != '`') {
					buf = s.ensure(n + 1);
					buf[n++] = ' ';
				}
				continue;
			}
			if (Character.isSurrogate(c)) {
				buf = s.ensure(n + 1);
				buf[n++] = ' ';
				continue;
			}
			String f = FOLD[c];
			if (f == null) {
				buf = s.ensure(n + 1);
				buf[n++] = ' ';
			}
			else {
				buf = s.ensure(n + f.length());
				for (int k = 0; k < f.length(); k++) {
					buf[n++] = f.charAt(k);
				}
			}
		}
		s.length = n;
	}

	/**
	 * Splits the folded characters into tokens: at spaces and between letters and digits; "1st",
	 * "2nd", "3rd", "4th" lose their suffix; leading zeros of numbers go.
	 */
	private static void splitTokens(Scratch s) {
		char[] buf = s.chars;
		int i = 0;
		while (i < s.length) {
			while (i < s.length && buf[i] == ' ') {
				i++;
			}
			if (i >= s.length) {
				break;
			}
			int start = i;
			boolean digit = isDigit(buf[i]);
			while (i < s.length && buf[i] != ' ' && isDigit(buf[i]) == digit) {
				i++;
			}
			int end = i;
			if (digit) {
				while (start < end - 1 && buf[start] == '0') {
					start++;
				}
				s.addToken(start, end);
				// ordinal suffix: 1st 2nd 3rd 4th 21st ...
				if (i + 1 < s.length && isOrdinalSuffix(buf, i) && (i + 2 == s.length || !isLetter(buf[i + 2]))) {
					i += 2;
				}
			}
			else {
				s.addToken(start, end);
			}
		}
	}

	private static boolean isOrdinalSuffix(char[] b, int i) {
		char a = b[i];
		char c = b[i + 1];
		return (a == 's' && c == 't') || (a == 'n' && c == 'd') || (a == 'r' && c == 'd') || (a == 't' && c == 'h');
	}

	/** "s a" becomes "sa", "m s" becomes "ms", "p o" becomes "po": runs of single ASCII letters. */
	private static void joinSingleLetters(Scratch s) {
		int[] st = s.tokStart;
		int[] en = s.tokEnd;
		char[] b = s.chars;
		int out = 0;
		int i = 0;
		while (i < s.tokens) {
			int len = en[i] - st[i];
			if (len == 1 && isAsciiLetter(b[st[i]])) {
				int j = i;
				while (j + 1 < s.tokens && en[j + 1] - st[j + 1] == 1 && isAsciiLetter(b[st[j + 1]])
						&& st[j + 1] - en[j] <= 2) {
					j++;
				}
				if (j > i) {
					// the letters are separated by exactly one separator each: compact them in place
					int w = st[i];
					for (int k = i; k <= j; k++) {
						b[w++] = b[st[k]];
					}
					st[out] = st[i];
					en[out] = w;
					out++;
					i = j + 1;
					continue;
				}
			}
			st[out] = st[i];
			en[out] = en[i];
			out++;
			i++;
		}
		s.tokens = out;
	}

	/** Applies phrases and the word tables; returns the canonical tokens. */
	private static String[] canonicalise(Scratch s, Field field) {
		String[] out = s.out(s.tokens);
		int n = 0;
		char[] b = s.chars;
		int i = 0;
		while (i < s.tokens) {
			String first = WORDS.get(b, s.tokStart[i], s.tokEnd[i] - s.tokStart[i]);
			String[][] phrases = first == null ? PHRASE_TABLE.get(b, s.tokStart[i], s.tokEnd[i] - s.tokStart[i])
					: PHRASE_TABLE.get(first);
			int consumed = 0;
			String replacement = null;
			if (phrases != null) {
				for (String[] p : phrases) {
					if (matchesPhrase(s, i, p)) {
						consumed = p.length - 1;
						replacement = p[0];
						break;
					}
				}
			}
			if (consumed > 0) {
				if (!replacement.isEmpty() && (field == Field.ADDRESS || NAME_WORDS.get(replacement) == null)) {
					out[n++] = replacement;
				}
				i += consumed;
				continue;
			}
			int start = s.tokStart[i];
			int len = s.tokEnd[i] - start;
			if (field == Field.NAME && NAME_WORDS.get(b, start, len) != null) {
				i++;
				continue;
			}
			String word = first;
			if (word == null && n > 0 && QUALIFIERS.contains(out[n - 1])) {
				// "Unit II", "Phase two": the number in digits
				word = NUMERALS.get(b, start, len);
			}
			if (word == null) {
				word = new String(b, start, len);
				if (len >= 5 && isAsciiLetter(b[start])) {
					String[] misspelt = misspelt(word);
					if (misspelt != null) {
						if (misspelt[2].equals("name")) {
							word = field == Field.NAME ? DROP : word;
						}
						else {
							word = misspelt[1];
						}
					}
				}
			}
			if (!word.isEmpty()) {
				out[n++] = word;
			}
			i++;
		}
		return Arrays.copyOf(out, n);
	}

	/** The table word that this unknown word is a misspelling of, or null; remembered per word. */
	private static String[] misspelt(String word) {
		String[] known = MISSPELT.get(word);
		if (known != null) {
			return known == NOT_MISSPELT ? null : known;
		}
		String[] found = findMisspelt(word);
		if (MISSPELT.size() > MISSPELT_CACHE_SIZE) {
			MISSPELT.clear();
		}
		MISSPELT.put(word, found == null ? NOT_MISSPELT : found);
		return found;
	}

	private static String[] findMisspelt(String word) {
		List<String[]> candidates = FUZZY.get(word.charAt(0));
		if (candidates == null) {
			return null;
		}
		char last = word.charAt(word.length() - 1);
		String[] best = null;
		double bestSimilarity = FUZZY_SIMILARITY;
		for (String[] c : candidates) {
			String variant = c[0];
			// a misspelling keeps the length roughly and, here, the first and the last letter
			if (Math.abs(variant.length() - word.length()) > 2 || variant.charAt(variant.length() - 1) != last) {
				continue;
			}
			double similarity = Similarity.jaroWinkler(word, variant);
			if (similarity >= bestSimilarity) {
				best = c;
				bestSimilarity = similarity;
			}
		}
		return best;
	}

	/** Whether the raw tokens from i on are phrase p (p[0] is the replacement, p[1..] the words). */
	private static boolean matchesPhrase(Scratch s, int i, String[] p) {
		if (i + p.length - 1 > s.tokens) {
			return false;
		}
		for (int k = 1; k < p.length; k++) {
			int t = i + k - 1;
			String w = p[k];
			int len = s.tokEnd[t] - s.tokStart[t];
			String canonical = WORDS.get(s.chars, s.tokStart[t], len);
			if (canonical != null) {
				if (!canonical.equals(w)) {
					return false;
				}
				continue;
			}
			if (len != w.length()) {
				return false;
			}
			for (int c = 0; c < len; c++) {
				if (s.chars[s.tokStart[t] + c] != w.charAt(c)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c > 127 && Character.isLetter(c));
	}

	private static boolean isAsciiLetter(char c) {
		return c >= 'a' && c <= 'z';
	}

	/** The folded form of one character (used once per character to fill the table). */
	private static String fold(char c) {
		if (c < 128) {
			if (c >= 'A' && c <= 'Z') {
				return String.valueOf((char) (c + 32));
			}
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				return String.valueOf(c);
			}
			return null;
		}
		if (Character.isSurrogate(c)) {
			return null;
		}
		String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
		StringBuilder sb = new StringBuilder(d.length());
		for (int i = 0; i < d.length(); i++) {
			char x = d.charAt(i);
			int type = Character.getType(x);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK) {
				// accents go; but the vowel signs of Indic scripts carry sound: keep them as letters
				if (x >= 0x0300 && x <= 0x036F) {
					continue;
				}
				sb.append(x);
				continue;
			}
			if (x < 128) {
				if (x >= 'A' && x <= 'Z') {
					sb.append((char) (x + 32));
				}
				else if ((x >= 'a' && x <= 'z') || (x >= '0' && x <= '9')) {
					sb.append(x);
				}
				else if (x == '\'') {
					// dropped
				}
				else {
					sb.append(' ');
				}
			}
			else if (Character.isLetterOrDigit(x)) {
				if (Character.isDigit(x)) {
					sb.append((char) ('0' + Character.digit(x, 10)));
				}
				else {
					sb.append(Character.toLowerCase(x));
				}
			}
			else {
				sb.append(' ');
			}
		}
		String r = sb.toString();
		if (r.isBlank()) {
			return null;
		}
		return r.equals(" ") ? null : r;
	}

	private static void putPairs(String[] pairs, boolean withUpper) {
		for (int i = 0; i < pairs.length; i += 2) {
			char lower = pairs[i].charAt(0);
			FOLD[lower] = pairs[i + 1];
			if (withUpper) {
				char upper = Character.toUpperCase(lower);
				if (upper != lower) {
					FOLD[upper] = pairs[i + 1];
				}
			}
		}
		// final sigma and friends map through their own entries; accented Greek vowels decompose first
		for (int c = 0x0370; c < 0x0530; c++) {
			if (FOLD[c] == null || FOLD[c].isEmpty() || isTransliterated((char) c)) {
				continue;
			}
			String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
			if (d.length() > 1 && d.charAt(0) != c) {
				String base = FOLD[d.charAt(0)];
				if (base != null && isTransliterated(d.charAt(0))) {
					FOLD[c] = base;
				}
			}
		}
	}

	private static boolean isTransliterated(char c) {
		String f = FOLD[c];
		if (f == null || f.isEmpty()) {
			return false;
		}
		for (int i = 0; i < f.length(); i++) {
			if (f.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static void words(String canonical, String... variants) {
		if (variants.length == 0) {
			WORDS.put(canonical, canonical);
			return;
		}
		for (String v : variants) {
			WORDS.put(v, canonical);
		}
	}

	private static void drop(String word) {
		WORDS.put(word, DROP);
	}

	private static void nameWords(String canonical, String... variants) {
		for (String v : variants) {
			NAME_WORDS.put(v, canonical);
		}
	}

	private static void phrase(String replacement, String... words) {
		String[] p = new String[words.length + 1];
		p[0] = replacement;
		for (int i = 0; i < words.length; i++) {
			String canonical = WORDS.get(words[i]);
			p[i + 1] = canonical == null ? words[i] : canonical;
		}
		String key = p[1];
		String[][] existing = PHRASES.get(key);
		String[][] all = existing == null ? new String[1][] : Arrays.copyOf(existing, existing.length + 1);
		all[all.length - 1] = p;
		// longest phrases first
		Arrays.sort(all, (x, y) -> y.length - x.length);
		PHRASES.put(key, all);
	}

	/** Per-thread working memory. */
	private static final class Scratch {

		char[] chars = new char[256];

		int length;

		int[] tokStart = new int[64];

		int[] tokEnd = new int[64];

		int tokens;

		private String[] out = new String[64];

		void reset(int textLength) {
			ensure(textLength * 2 + 16);
			length = 0;
			tokens = 0;
		}

		char[] ensure(int capacity) {
			if (chars.length < capacity) {
				chars = Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
			}
			return chars;
		}

		void addToken(int start, int end) {
			if (tokens == tokStart.length) {
				tokStart = Arrays.copyOf(tokStart, tokens * 2);
				tokEnd = Arrays.copyOf(tokEnd, tokens * 2);
			}
			tokStart[tokens] = start;
			tokEnd[tokens] = end;
			tokens++;
		}

		String[] out(int n) {
			if (out.length < n) {
				out = new String[n * 2];
			}
			return out;
		}

	}

}
