package org.imvo.platform.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.imvo.platform.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class TermTest {

	private static final LocalDate START = LocalDate.of(2026, 7, 1);

	@Test
	void shouldAcceptExactlyFiveYears() {
		Term term = new Term(START, LocalDate.of(2031, 6, 30));
		assertThat(term.days()).isEqualTo(1826);
	}

	@Test
	void shouldAcceptExactlyThreeYears() {
		assertThat(Term.problem(START, LocalDate.of(2029, 6, 30))).isEmpty();
	}

	@Test
	void shouldRejectATermShorterThanThreeYears() {
		assertThat(Term.problem(START, LocalDate.of(2029, 6, 29))).contains(Term.Problem.TOO_SHORT);
		assertThatThrownBy(() -> new Term(START, LocalDate.of(2027, 6, 30))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 3 years");
	}

	@Test
	void shouldRejectATermLongerThanFiveYears() {
		assertThat(Term.problem(START, LocalDate.of(2031, 7, 1))).contains(Term.Problem.TOO_LONG);
	}

	@Test
	void shouldRejectAnEndBeforeTheStartAndMissingDates() {
		assertThat(Term.problem(START, START.minusDays(1))).contains(Term.Problem.END_NOT_AFTER_START);
		assertThat(Term.problem(null, START)).contains(Term.Problem.MISSING);
	}

	@Test
	void shouldMeasureElapsedTime() {
		Term term = new Term(START, LocalDate.of(2031, 6, 30));
		assertThat(term.percentElapsed(START.minusDays(1))).isZero();
		assertThat(term.percentElapsed(START)).isZero();
		assertThat(term.percentElapsed(LocalDate.of(2029, 1, 1))).isEqualTo(50);
		assertThat(term.percentElapsed(LocalDate.of(2031, 7, 1))).isEqualTo(100);
	}

	@Test
	void shouldLetACovenantGoFromDraftToActiveToEndedOnly() {
		assertThat(CovenantStatus.DRAFT.moveTo(CovenantStatus.ACTIVE)).isEqualTo(CovenantStatus.ACTIVE);
		assertThat(CovenantStatus.ACTIVE.moveTo(CovenantStatus.ENDED)).isEqualTo(CovenantStatus.ENDED);
		assertThat(CovenantStatus.ACTIVE.moveTo(CovenantStatus.ACTIVE)).isEqualTo(CovenantStatus.ACTIVE);
		assertThatThrownBy(() -> CovenantStatus.ACTIVE.moveTo(CovenantStatus.DRAFT))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> CovenantStatus.ENDED.moveTo(CovenantStatus.ACTIVE))
			.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> CovenantStatus.DRAFT.moveTo(CovenantStatus.ENDED))
			.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldDeriveTheConstituencyFromTheOrganisationType() {
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.COMPANY))
			.isEqualTo(Constituency.BUSINESS);
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.EMPLOYER_ORGANISATION))
			.isEqualTo(Constituency.EMPLOYERS);
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.TRADE_UNION))
			.isEqualTo(Constituency.TRADE_UNIONS);
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.NGO))
			.isEqualTo(Constituency.CIVIL_SOCIETY);
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.GOVERNMENT))
			.isEqualTo(Constituency.GOVERNMENT);
		assertThat(Constituency.defaultFor(org.imvo.platform.identity.OrganisationType.OTHER))
			.isEqualTo(Constituency.OTHER);
	}

}
