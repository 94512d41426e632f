package org.imvo.platform.facility.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.imvo.platform.facility.matching.Normaliser.Field;
import org.junit.jupiter.api.Test;

class NormaliserTest {

	private static String name(String text) {
		return String.join(" ", Normaliser.tokens(text, Field.NAME));
	}

	private static String address(String text) {
		return String.join(" ", Normaliser.tokens(text, Field.ADDRESS));
	}

	@Test
	void shouldFoldCaseAccentsAndPunctuation() {
		assertThat(name("ÇORLU Örme-Tekstil")).isEqualTo(name("corlu orme tekstil")).isEqualTo("corlu knit textile");
		assertThat(name("Việt Tiến")).isEqualTo("viet tien");
		assertThat(address("Große Straße 5, Łódź")).isEqualTo("grosse street 5 lodz");
	}

	@Test
	void shouldRemoveLegalFormsFromNamesOnly() {
		assertThat(name("Rahman Knit Composite Ltd.")).isEqualTo("rahman knit composite");
		assertThat(name("M/S. Rahman Knit Composite Limited")).isEqualTo("rahman knit composite");
		assertThat(name("Yeşim Tekstil San. ve Tic. A.Ş.")).isEqualTo("yesim textile");
		assertThat(name("PT. Sinar Abadi Tbk")).isEqualTo("sinar abadi");
		assertThat(name("Ocean Lanka (Pvt) Ltd")).isEqualTo("ocean lanka");
		assertThat(name("Quint Major Industries Sdn. Bhd.")).isEqualTo("quint major ind");
		assertThat(name("Công ty TNHH May Nhà Bè")).isEqualTo("garment nha be");
		assertThat(address("Plot 5, Co Road")).isEqualTo("plot 5 co road");
	}

	@Test
	void shouldKeepANameMadeOnlyOfLegalWords() {
		assertThat(name("The Company Ltd")).isEqualTo("company ltd");
	}

	@Test
	void shouldUnifyAbbreviationsAndVariants() {
		assertThat(address("Plot No. 12, Rd. 3, Ind. Est., Dist. Gazipur"))
			.isEqualTo(address("Plot 12, Road 3, Industrial Estate, District Gazipur"));
		assertThat(address("Dhaka Export Processing Zone")).isEqualTo(address("Dhaka EPZ")).isEqualTo("dhaka epz");
		assertThat(name("Meghna Garments")).isEqualTo(name("Meghna Garment"));
		assertThat(name("Meghna Apparels")).isEqualTo(name("Meghna Apparel")).isNotEqualTo(name("Meghna Garments"));
		assertThat(name("Padma Knitting Mills")).isEqualTo(name("Padma Knit Mill"));
		assertThat(name("Delta Mfg. Intl.")).isEqualTo(name("Delta Manufacturing International"));
		assertThat(address("Bldg 3, Fty 2")).isEqualTo("building 3 factory 2");
	}

	@Test
	void shouldRecogniseMisspeltTableWords() {
		assertThat(name("Arun Textiles Priivate Limted")).isEqualTo("arun textile");
		assertThat(name("Nay Kniting")).isEqualTo("nay knit");
	}

	@Test
	void shouldSplitLettersFromDigitsAndDropOrdinalsAndLeadingZeros() {
		assertThat(address("Plot12/14, 2nd Floor, House#007")).isEqualTo("plot 12 14 2 floor house 7");
	}

	@Test
	void shouldJoinSingleLettersAndWriteNumeralsAfterQualifiersInDigits() {
		assertThat(name("A.B.C. Fashions")).isEqualTo("abc fashion");
		assertThat(name("Rahman Knit Unit-II")).isEqualTo(name("Rahman Knit Unit 2"));
		assertThat(address("Phase Two")).isEqualTo("phase 2");
	}

	@Test
	void shouldTransliterateCyrillicAndGreek() {
		assertThat(name("Пирин Текс ООД")).isEqualTo("pirin textile");
		assertThat(address("ул. Индустриална 12, Гоце Делчев")).isEqualTo("street industrialna 12 gotse delchev");
		assertThat(address("Αθήνα")).isEqualTo("athina");
	}

	@Test
	void shouldKeepScriptsWithoutTableAsLetters() {
		assertThat(Normaliser.tokens("东莞新辉服装有限公司", Field.NAME)).containsExactly("东莞新辉服装有限公司");
		assertThat(Normaliser.tokens("ঢাকা ১২০৬", Field.ADDRESS)).containsExactly("ঢাকা", "1206");
	}

	@Test
	void shouldGiveNoTokensForBlankText() {
		assertThat(Normaliser.tokens(null, Field.NAME)).isEmpty();
		assertThat(Normaliser.tokens("  ,.- ", Field.ADDRESS)).isEmpty();
	}

}
