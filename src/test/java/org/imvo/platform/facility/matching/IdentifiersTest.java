package org.imvo.platform.facility.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.imvo.platform.facility.matching.Normaliser.Field;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

	private static String[] of(String name, String address) {
		return Identifiers.of(Normaliser.tokens(name, Field.NAME), Normaliser.tokens(address, Field.ADDRESS));
	}

	@Test
	void shouldFindUnitFactoryBuildingPhaseAndPlotNumbers() {
		assertThat(of("Rahman Knit Unit-2", "Plot 12, Building B, Phase II")).containsExactly("Bb", "H2", "L12", "U2");
		assertThat(of("Xinhui Garment Factory 3", "")).containsExactly("U3");
		assertThat(of("Hela Clothing", "Lot A5, Tan Thuan EPZ")).containsExactly("La5");
	}

	@Test
	void shouldTreatANumberInTheNameAsAnIdentifier() {
		assertThat(of("Fashion 2000 Ltd", "")).containsExactly("N2000");
	}

	@Test
	void shouldVetoDifferentNumbersOfTheSameKind() {
		assertThat(Identifiers.conflict(of("Rahman Knit Unit 1", ""), of("Rahman Knit Unit 2", ""))).isEqualTo("unit number differs: 1 vs 2");
		assertThat(Identifiers.conflict(of("X", "Plot 12"), of("X", "Plot 14"))).isEqualTo("plot number differs: 12 vs 14");
		assertThat(Identifiers.conflict(of("X Factory 3", ""), of("X Unit 3", ""))).isNull();
		assertThat(Identifiers.conflict(of("X", "Plot 12-14"), of("X", "Plot 14"))).isNull();
	}

	@Test
	void shouldNotVetoWhenOnlyOneSideHasANumber() {
		String[] withUnit = of("Rahman Knit Unit 1", "");
		String[] without = of("Rahman Knit", "");
		assertThat(Identifiers.conflict(withUnit, without)).isNull();
		assertThat(Identifiers.hasGroupMissingIn(withUnit, without)).isTrue();
		assertThat(Identifiers.hasGroupMissingIn(without, withUnit)).isFalse();
	}

}
