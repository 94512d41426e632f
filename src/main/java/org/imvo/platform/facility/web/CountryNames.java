package org.imvo.platform.facility.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language, for templates ({@code @facilityCountryNames.name(code)}). */
@Component("facilityCountryNames")
class CountryNames {

	public String name(String code) {
		if (code == null || code.isBlank()) {
			return "—";
		}
		try {
			String name = new Locale.Builder().setRegion(code.strip())
				.build()
				.getDisplayCountry(LocaleContextHolder.getLocale());
			return name.isBlank() ? code : name;
		}
		catch (java.util.IllformedLocaleException ex) {
			return code;
		}
	}

}
