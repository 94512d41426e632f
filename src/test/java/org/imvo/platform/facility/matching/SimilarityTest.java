package org.imvo.platform.facility.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {

	@Test
	void shouldComputeJaroWinklerAsPublished() {
		assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
		assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
		assertThat(Similarity.jaroWinkler("same", "same")).isEqualTo(1.0);
		assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
	}

	@Test
	void shouldPartnerEqualTokensByNumberAndMisspeltWordsByLetters() {
		String[] a = { "rahman", "knit", "12" };
		String[] b = { "rahmna", "knit", "13" };
		float[] w = { 1, 1, 1 };
		float[] bestA = new float[3];
		float[] bestB = new float[3];
		double dice = Similarity.softDice(a, new int[] { -1, 7, 12 }, w, b, new int[] { 5, 7, 13 }, w, bestA, bestB);
		assertThat(bestA[1]).isEqualTo(1f);
		assertThat(bestA[0]).isGreaterThan(0.9f).isLessThan(1f);
		assertThat(bestA[2]).as("numbers are equal or not at all").isZero();
		assertThat(dice).isBetween(0.6, 0.67);
	}

	@Test
	void shouldWeighRareTokensMore() {
		String[] a = { "meghna", "garment" };
		String[] b = { "padma", "garment" };
		float[] bestA = new float[2];
		float[] bestB = new float[2];
		double rareDiffers = Similarity.softDice(a, new int[] { 1, 2 }, new float[] { 8, 1 }, b, new int[] { 3, 2 },
				new float[] { 8, 1 }, bestA, bestB);
		assertThat(rareDiffers).isLessThan(0.2);
	}

	@Test
	void shouldSeeNumbersOfAddressesDisagree() {
		String[] a = { "house", "60", "road", "8", "1216" };
		String[] b = { "house", "61", "road", "8", "1216" };
		float[] wa = { 1, 5, 1, 1, 0.5f };
		float[] bestA = { 1, 0, 1, 1, 1 };
		float[] bestB = { 1, 0, 1, 1, 1 };
		assertThat(Similarity.numbersDiffer(a, wa, bestA, b, wa, bestB)).isTrue();
		float[] allMatched = { 1, 1, 1, 1, 1 };
		assertThat(Similarity.numbersDiffer(a, wa, allMatched, b, wa, allMatched)).isFalse();
	}

	@Test
	void shouldSeeSplitAndMergedWordsAlikeByTrigrams() {
		long[] x = new long[64];
		long[] y = new long[64];
		int nx = Similarity.trigrams(new String[] { "knitcomposite" }, x);
		int ny = Similarity.trigrams(new String[] { "knit", "composite" }, y);
		assertThat(Similarity.trigramDice(x, nx, y, ny)).isEqualTo(1.0);
	}

	@Test
	void shouldMeasureDistancesOnTheSphere() {
		// Dhaka to Chittagong, about 215 km
		assertThat(Similarity.distanceMetres(23.81, 90.41, 22.36, 91.78)).isBetween(205_000.0, 225_000.0);
	}

}
