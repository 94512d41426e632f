package org.imvo.platform.identity.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 3166-1 alpha-2 country codes with their names in the reader's language, for pickers and lists. */
final class Countries {

	private Countries() {
	}

	/**
	 * Code to name, sorted by name as the reader's language sorts; {@code current} is kept even when
	 * it is not an ISO code the JDK knows (e.g. XK), so that saving a form never drops it silently.
	 */
	static Map<String, String> names(Locale locale, String current) {
		Collator collator = Collator.getInstance(locale);
		Map<String, String> names = new LinkedHashMap<>();
		Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing((String code) -> name(code, locale), collator))
			.forEach(code -> names.put(code, name(code, locale)));
		if (current != null && !current.isBlank() && !names.containsKey(current)) {
			names.put(current, current);
		}
		return names;
	}

	static String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String name = new Locale("", code).getDisplayCountry(locale);
		return name.isBlank() || name.equals(code) ? code : name;
	}

}
