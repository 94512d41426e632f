package org.imvo.platform.facility.listfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Recognises a country as people write it in a location list: ISO 3166-1 alpha-2 ({@code BD}),
 * alpha-3 ({@code BGD}) or numeric ({@code 050}) code, or a name in English (short, formal, official),
 * French, Spanish, Russian, Arabic or Chinese (from the bundled {@code reference/iso3166/country-codes.csv}),
 * in Dutch or German (for the countries most relevant to sourcing and to the EU), or a common variant
 * such as “Viet Nam”, “Türkiye”, “PRC”, “UK”, “USA” or “Holland” ({@code country-aliases.txt}).
 * Case, accents, punctuation and a leading article do not matter. A cell such as “Dhaka, Bangladesh”
 * or “Bangladesh (BD)” is recognised when its parts agree on one country.
 * <p>
 * Immutable and thread-safe; {@link #bundled()} loads the data once.
 */
public final class Countries {

	private static final String CODES_RESOURCE = "/reference/iso3166/country-codes.csv";

	private static final String ALIASES_RESOURCE = "/reference/iso3166/country-aliases.txt";

	/** Name columns of country-codes.csv that are indexed. */
	private static final List<String> NAME_COLUMNS = List.of("UNTERM English Short", "UNTERM English Formal",
			"official_name_en", "CLDR display name", "ISO4217-currency_country_name", "UNTERM French Short",
			"UNTERM French Formal", "official_name_fr", "UNTERM Spanish Short", "UNTERM Spanish Formal",
			"official_name_es", "UNTERM Russian Short", "UNTERM Russian Formal", "official_name_ru",
			"UNTERM Arabic Short", "UNTERM Arabic Formal", "official_name_ar", "UNTERM Chinese Short",
			"UNTERM Chinese Formal", "official_name_cn");

	/** Leading articles (English, French, Spanish, Dutch, German) ignored in names. */
	private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l", "el", "los", "las", "het",
			"de", "die", "der");

	/** Cell values that mean “no country given” rather than a country (so “na” is not Namibia). */
	private static final Set<String> PLACEHOLDERS = Set.of("na", "n a", "none", "unknown", "tbd", "tba", "nil",
			"null", "not applicable", "not available", "onbekend", "nvt", "n v t");

	/**
	 * Words that qualify a country's name rather than name a place: a part such as “Democratic
	 * Republic of the” next to “Congo” means the parts cannot be read one by one.
	 */
	private static final Set<String> QUALIFIERS = Set.of("republic", "rep", "democratic", "dem", "dpr", "people",
			"peoples", "islamic", "arab", "federal", "fed", "federation", "federated", "sts", "kingdom",
			"plurinational", "bolivarian", "united", "socialist", "equatorial");

	private static final Pattern ALPHA2 = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,3}");

	private static final Pattern PART_SEPARATORS = Pattern.compile("[()\\[\\],/|;]| [-\u2013\u2014] ");

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

	private static volatile Countries bundled;

	private final Map<String, String> alpha2;

	private final Map<String, String> alpha3;

	private final Map<Integer, String> numeric;

	private final Map<String, String> names;

	private final Map<String, String> englishNames;

	private Countries(Map<String, String> alpha2, Map<String, String> alpha3, Map<Integer, String> numeric,
			Map<String, String> names, Map<String, String> englishNames) {
		this.alpha2 = alpha2;
		this.alpha3 = alpha3;
		this.numeric = numeric;
		this.names = names;
		this.englishNames = englishNames;
	}

	/** The countries of the bundled reference data (loaded on first use). */
	public static Countries bundled() {
		Countries result = bundled;
		if (result == null) {
			synchronized (Countries.class) {
				result = bundled;
				if (result == null) {
					result = load();
					bundled = result;
				}
			}
		}
		return result;
	}

	/**
	 * The ISO 3166-1 alpha-2 code (upper case) of the country written in {@code text}, or empty when
	 * {@code text} is blank, a placeholder such as “n/a”, or not recognised.
	 */
	public Optional<String> alpha2(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty() || PLACEHOLDERS.contains(key(trimmed))) {
			return Optional.empty();
		}
		String whole = resolveWhole(trimmed);
		if (whole != null) {
			return Optional.of(whole);
		}
		String[] parts = PART_SEPARATORS.split(trimmed);
		if (parts.length < 2) {
			return Optional.empty();
		}
		Set<String> found = new HashSet<>();
		for (String part : parts) {
			String candidate = part.strip();
			if (!candidate.isEmpty()) {
				String code = resolveWhole(candidate);
				if (code != null) {
					found.add(code);
				}
				else if (qualifies(candidate)) {
					return Optional.empty();
				}
			}
		}
		return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
	}

	/** Whether {@code code} is an alpha-2 code this list knows (upper case, e.g. “BD”). */
	public boolean isKnown(String code) {
		return code != null && englishNames.containsKey(code);
	}

	/** The English short name of a known alpha-2 code (“Bangladesh”), or empty. */
	public Optional<String> englishName(String code) {
		return Optional.ofNullable(code == null ? null : englishNames.get(code));
	}

	/** All known alpha-2 codes, sorted. */
	public Set<String> codes() {
		return Collections.unmodifiableSet(new java.util.TreeSet<>(englishNames.keySet()));
	}

	private static boolean qualifies(String part) {
		for (String word : key(part).split(" ")) {
			if (QUALIFIERS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private String resolveWhole(String trimmed) {
		if (ALPHA2.matcher(trimmed).matches()) {
			String code = alpha2.get(trimmed.toUpperCase(Locale.ROOT));
			if (code != null) {
				return code;
			}
		}
		else if (ALPHA3.matcher(trimmed).matches()) {
			String code = alpha3.get(trimmed.toUpperCase(Locale.ROOT));
			if (code != null) {
				return code;
			}
		}
		else if (NUMERIC.matcher(trimmed).matches()) {
			return numeric.get(Integer.parseInt(trimmed));
		}
		String k = key(trimmed);
		String code = names.get(k);
		if (code == null) {
			String withoutArticle = withoutArticle(k);
			if (!withoutArticle.equals(k)) {
				code = names.get(withoutArticle);
			}
		}
		return code;
	}

	/**
	 * The form in which names are compared: lower case, without accents, “&amp;” as “and”, ß as ss, every
	 * run of other characters than letters and digits as one space.
	 */
	static String key(String text) {
		String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
					space = appendSpace(out, space);
					out.append(c);
				}
				else if (c == '&') {
					space = appendSpace(out, true);
					out.append("and");
					space = true;
				}
				else {
					space = true;
				}
				continue;
			}
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK) {
				continue;
			}
			if (c == 'ß') {
				space = appendSpace(out, space);
				out.append("ss");
			}
			else if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
				space = appendSpace(out, space);
				out.append(c);
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

	/** Appends the pending space between two words (never at the start); returns false. */
	private static boolean appendSpace(StringBuilder out, boolean space) {
		if (space && out.length() > 0) {
			out.append(' ');
		}
		return false;
	}

	private static String withoutArticle(String key) {
		int space = key.indexOf(' ');
		if (space > 0 && ARTICLES.contains(key.substring(0, space))) {
			return key.substring(space + 1);
		}
		return key;
	}

	private static Countries load() {
		Map<String, String> alpha2 = new HashMap<>();
		Map<String, String> alpha3 = new HashMap<>();
		Map<Integer, String> numeric = new HashMap<>();
		Map<String, String> englishNames = new TreeMap<>();
		Map<String, Set<String>> primary = new HashMap<>();
		Map<String, Set<String>> derived = new HashMap<>();
		try (Reader reader = resource(CODES_RESOURCE)) {
			CsvTokenizer csv = new CsvTokenizer(reader, ',', Integer.MAX_VALUE, 1);
			RawRecord header = csv.next();
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.cell(i), i);
			}
			int[] nameColumns = NAME_COLUMNS.stream().mapToInt(columns::get).toArray();
			for (RawRecord row; (row = csv.next()) != null;) {
				String code = cell(row, columns, "ISO3166-1-Alpha-2");
				if (code.length() != 2) {
					continue;
				}
				alpha2.put(code, code);
				alpha3.put(cell(row, columns, "ISO3166-1-Alpha-3"), code);
				String number = cell(row, columns, "ISO3166-1-numeric");
				if (!number.isEmpty()) {
					numeric.put(Integer.parseInt(number), code);
				}
				englishNames.put(code, englishName(code, cell(row, columns, "CLDR display name"),
						cell(row, columns, "official_name_en")));
				for (int column : nameColumns) {
					String name = row.cell(column) == null ? "" : row.cell(column).strip();
					if (!name.isEmpty()) {
						index(name, code, primary, derived);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + CODES_RESOURCE, ex);
		}
		Map<String, String> names = new HashMap<>();
		// a derived form (without brackets, article or the part after a comma) only counts when it
		// is unambiguous: "Congo" stems from both CD and CG and so means neither
		derived.forEach((k, codes) -> {
			if (codes.size() == 1) {
				names.put(k, codes.iterator().next());
			}
		});
		primary.forEach((k, codes) -> {
			if (codes.size() == 1) {
				names.put(k, codes.iterator().next());
			}
			else {
				names.remove(k);
			}
		});
		try (Reader reader = resource(ALIASES_RESOURCE)) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[8192];
			for (int n; (n = reader.read(buffer)) > 0;) {
				text.append(buffer, 0, n);
			}
			for (String line : text.toString().split("\n")) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				int separator = entry.indexOf(';');
				String code = entry.substring(0, separator).strip();
				String alias = entry.substring(separator + 1).strip();
				names.put(key(alias), code);
				englishNames.putIfAbsent(code, alias);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + ALIASES_RESOURCE, ex);
		}
		return new Countries(Map.copyOf(alpha2), Map.copyOf(alpha3), Map.copyOf(numeric), Map.copyOf(names),
				Collections.unmodifiableMap(englishNames));
	}

	private static void index(String name, String code, Map<String, Set<String>> primary,
			Map<String, Set<String>> derived) {
		String k = key(name);
		primary.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(code);
		Set<String> variants = new LinkedHashSet<>();
		String unbracketed = key(BRACKETED.matcher(name).replaceAll(" "));
		variants.add(unbracketed);
		variants.add(withoutArticle(k));
		variants.add(withoutArticle(unbracketed));
		int comma = name.indexOf(',');
		if (comma > 0) {
			variants.add(withoutArticle(key(name.substring(0, comma))));
		}
		for (String variant : variants) {
			if (!variant.isEmpty() && !variant.equals(k)) {
				derived.computeIfAbsent(variant, x -> new LinkedHashSet<>()).add(code);
			}
		}
	}

	private static String englishName(String code, String cldr, String official) {
		// CLDR's display names are the everyday ones (Vietnam, South Korea), except for these
		return switch (code) {
			case "GB" -> "United Kingdom";
			case "US" -> "United States";
			default -> cldr.isEmpty() ? official : cldr;
		};
	}

	private static String cell(RawRecord row, Map<String, Integer> columns, String column) {
		String value = row.cell(columns.get(column));
		return value == null ? "" : value.strip();
	}

	private static Reader resource(String name) throws IOException {
		InputStream in = Countries.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("resource not found: " + name);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
