package org.imvo.platform.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.imvo.platform.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class FacilityIdTest {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private final Random random = new Random(42);

	@Test
	void shouldGenerateValidIdsStartingWithTheCountry() {
		for (int i = 0; i < 1_000; i++) {
			FacilityId id = FacilityId.generate("bd", random);
			assertThat(id.value()).hasSize(11).startsWith("BD").matches("BD[0-9A-HJKMNP-TV-Z]{8}[0-9A-Z]");
			assertThat(id.country()).isEqualTo("BD");
			assertThat(new FacilityId(id.value())).isEqualTo(id);
		}
	}

	@Test
	void shouldGenerateDistinctIds() {
		Set<FacilityId> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(FacilityId.generate("VN", random));
		}
		assertThat(ids).hasSize(10_000);
	}

	@Test
	void shouldDetectEverySingleMistypedCharacter() {
		for (int n = 0; n < 200; n++) {
			String id = FacilityId.generate(n % 2 == 0 ? "IN" : "TR", random).value();
			for (int position = 0; position < id.length(); position++) {
				for (char replacement : ALPHABET.toCharArray()) {
					if (replacement == id.charAt(position) || equivalentInBody(position, id.charAt(position), replacement)) {
						continue;
					}
					String typo = id.substring(0, position) + replacement + id.substring(position + 1);
					assertThat(FacilityId.isValid(typo)).as("%s mistyped as %s", id, typo).isFalse();
				}
			}
		}
	}

	@Test
	void shouldDetectNearlyEverySwapOfNeighbouringCharacters() {
		int swaps = 0;
		int detected = 0;
		for (int n = 0; n < 2_000; n++) {
			String id = FacilityId.generate("CN", random).value();
			for (int position = 0; position + 1 < id.length(); position++) {
				if (id.charAt(position) == id.charAt(position + 1)) {
					continue;
				}
				char[] chars = id.toCharArray();
				chars[position] = id.charAt(position + 1);
				chars[position + 1] = id.charAt(position);
				swaps++;
				if (!FacilityId.isValid(new String(chars))) {
					detected++;
				}
			}
		}
		assertThat((double) detected / swaps).as("share of swaps detected").isGreaterThan(0.99);
	}

	@Test
	void shouldReadIdsAsPeopleWriteThem() {
		FacilityId id = FacilityId.generate("PK", random);
		String body = id.value().substring(2, 10);
		String written = "pk-" + body.substring(0, 4).toLowerCase() + " " + body.substring(4) + "-" + id.value().charAt(10);
		assertThat(FacilityId.of(written)).isEqualTo(id);
	}

	@Test
	void shouldReadAmbiguousLettersOfTheBodyAsDigits() {
		FacilityId id = null;
		while (id == null || id.value().substring(2, 10).indexOf('0') < 0) {
			id = FacilityId.generate("MM", random);
		}
		String withLetterO = id.value().substring(0, 2) + id.value().substring(2, 10).replace('0', 'O') + id.value().substring(10);
		assertThat(FacilityId.of(withLetterO)).isEqualTo(id);
	}

	@Test
	void shouldRejectMalformedIds() {
		assertThatThrownBy(() -> new FacilityId("BD123")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FacilityId("1D4F7KM29QXA")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new FacilityId("BD4F7KU29QX")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FacilityId.of(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldReportAMalformedIdFromAUrlAsNotFound() {
		assertThatThrownBy(() -> FacilityId.parse("not-an-id")).isInstanceOf(NotFoundException.class);
	}

	/** In the body, O reads as 0 and I, L as 1 (Crockford), so such a "typo" is the same id. */
	private static boolean equivalentInBody(int position, char original, char replacement) {
		if (position < 2 || position >= 10) {
			return false;
		}
		return original == '0' && replacement == 'O' || original == '1' && (replacement == 'I' || replacement == 'L');
	}

}
