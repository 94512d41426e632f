package org.imvo.platform.facility.listfile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Countries as people write them in location lists. */
class CountriesTest {

	private final Countries countries = Countries.bundled();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			BD                                    | BD
			bd                                    | BD
			BGD                                   | BD
			050                                   | BD
			50                                    | BD
			Bangladesh                            | BD
			BANGLADESH                            | BD
			  bangladesh                          | BD
			Bangla Desh                           | BD
			the People's Republic of Bangladesh   | BD
			Bangladesch                           | BD
			Viet Nam                              | VN
			Vietnam                               | VN
			Việt Nam                              | VN
			VNM                                   | VN
			Turkey                                | TR
			Turkiye                               | TR
			Türkiye                               | TR
			TÜRKİYE                               | TR
			Turkije                               | TR
			Türkei                                | TR
			PRC                                   | CN
			China                                 | CN
			People's Republic of China            | CN
			中国                                   | CN
			中华人民共和国                           | CN
			Chine                                 | CN
			Китай                                 | CN
			الصين                                 | CN
			Hong Kong                             | HK
			Hong Kong SAR                         | HK
			Taiwan                                | TW
			Chinese Taipei                        | TW
			UK                                    | GB
			U.K.                                  | GB
			Great Britain                         | GB
			United Kingdom                        | GB
			GBR                                   | GB
			Verenigd Koninkrijk                   | GB
			USA                                   | US
			U.S.A.                                | US
			United States of America              | US
			Verenigde Staten                      | US
			Holland                               | NL
			The Netherlands                       | NL
			Nederland                             | NL
			Niederlande                           | NL
			Pays-Bas                              | NL
			Países Bajos                          | NL
			Deutschland                           | DE
			Duitsland                             | DE
			Allemagne                             | DE
			Alemania                              | DE
			India                                 | IN
			Inde                                  | IN
			Indien                                | IN
			Pakistan                              | PK
			Cambodia                              | KH
			Cambodja                              | KH
			Kambodscha                            | KH
			Myanmar                               | MM
			Burma                                 | MM
			Sri Lanka                             | LK
			Indonesia                             | ID
			Indonesië                             | ID
			Ethiopia                              | ET
			Ethiopië                              | ET
			Côte d'Ivoire                         | CI
			Cote d’Ivoire                         | CI
			Ivory Coast                           | CI
			Ivoorkust                             | CI
			Korea                                 | KR
			South Korea                           | KR
			Korea, Republic of                    | KR
			Republic of Korea                     | KR
			North Korea                           | KP
			Russia                                | RU
			Russian Federation                    | RU
			Czechia                               | CZ
			Czech Republic                        | CZ
			Tsjechië                              | CZ
			Bolivia                               | BO
			Iran                                  | IR
			Tanzania                              | TZ
			Congo-Kinshasa                        | CD
			DRC                                   | CD
			Kosovo                                | XK
			Dhaka, Bangladesh                     | BD
			Bangladesh (BD)                       | BD
			BD - Bangladesh                       | BD
			Spain / España                        | ES
			Congo, Democratic Republic of the     | CD
			Congo, Dem. Rep.                      | CD
			Congo, Rep.                           | CG
			Korea, Rep.                           | KR
			Iran, Islamic Rep.                    | IR
			Egypt, Arab Rep.                      | EG
			Gambia, The                           | GM
			Tanzania, United Republic of          | TZ
			Guangdong Province, China             | CN
			Lagos State, Nigeria                  | NG
			Phnom Penh Special Economic Zone, KH  | KH
			""")
	void shouldRecogniseCountriesInManySpellings(String text, String code) {
		assertThat(countries.alpha2(text)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "n/a", "NA ", "unknown", "-", "Narnia", "XX", "999", "Korea, Bangladesh",
			"Europe", "Congo, People's Republic of the", "Sudan, Equatorial" })
	void shouldNotGuessAtBlankPlaceholderUnknownOrAmbiguousCountries(String text) {
		assertThat(countries.alpha2(text)).isEmpty();
	}

	@Test
	void shouldReadNaAsNotAvailableAndNamibiaOnlyFromItsNameOrAlpha3Code() {
		assertThat(countries.alpha2("NA")).isEmpty();
		assertThat(countries.alpha2("NAM")).contains("NA");
		assertThat(countries.alpha2("Namibia")).contains("NA");
	}

	@Test
	void shouldKnowAllIsoCountriesAndGiveTheirEveryDayEnglishNames() {
		assertThat(countries.codes()).hasSizeGreaterThanOrEqualTo(249).contains("BD", "XK");
		assertThat(countries.isKnown("VN")).isTrue();
		assertThat(countries.isKnown("ZZ")).isFalse();
		assertThat(countries.englishName("VN")).contains("Vietnam");
		assertThat(countries.englishName("GB")).contains("United Kingdom");
		assertThat(countries.englishName("XK")).contains("Kosovo");
	}

}
