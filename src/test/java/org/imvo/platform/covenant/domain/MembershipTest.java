package org.imvo.platform.covenant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.imvo.platform.covenant.CovenantId;
import org.imvo.platform.covenant.MembershipAction;
import org.imvo.platform.covenant.MembershipState;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class MembershipTest {

	private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

	private static final LocalDate APPLIED_ON = LocalDate.of(2027, 1, 15);

	private static Membership applied() {
		return Membership.apply(CovenantId.random(), OrganisationId.random(), true, "company@test", NOW, APPLIED_ON, null)
			.membership();
	}

	@Test
	void shouldStartAsAnApplicationWithAHistoryEntryWithoutFromState() {
		var step = Membership.apply(CovenantId.random(), OrganisationId.random(), true, "company@test", NOW, APPLIED_ON,
				null);
		assertThat(step.membership().state()).isEqualTo(MembershipState.APPLIED);
		assertThat(step.membership().lightRegime()).isTrue();
		assertThat(step.membership().appliedOn()).isEqualTo(APPLIED_ON);
		assertThat(step.entry().from()).isNull();
		assertThat(step.entry().to()).isEqualTo(MembershipState.APPLIED);
		assertThat(step.entry().actor()).isEqualTo("company@test");
	}

	@Test
	void shouldSetTheDatesOfEachStep() {
		LocalDate activated = LocalDate.of(2027, 2, 1);
		LocalDate suspended = LocalDate.of(2027, 6, 1);
		LocalDate reinstated = LocalDate.of(2027, 7, 1);
		LocalDate exited = LocalDate.of(2028, 1, 1);
		Membership m = applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, activated).membership();
		assertThat(m.activeSince()).isEqualTo(activated);
		m = m.perform(MembershipAction.SUSPEND, "No plan", "sec", NOW, suspended).membership();
		assertThat(m.suspendedSince()).isEqualTo(suspended);
		m = m.perform(MembershipAction.REINSTATE, null, "sec", NOW, reinstated).membership();
		assertThat(m.state()).isEqualTo(MembershipState.ACTIVE);
		assertThat(m.suspendedSince()).isNull();
		assertThat(m.activeSince()).as("membership counts from its first activation").isEqualTo(activated);
		m = m.perform(MembershipAction.EXIT, "Left", "sec", NOW, exited).membership();
		assertThat(m.state()).isEqualTo(MembershipState.EXITED);
		assertThat(m.exitedOn()).isEqualTo(exited);
	}

	@Test
	void shouldRecordFromToActorAndReasonOfAStep() {
		Membership active = applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, APPLIED_ON).membership();
		var step = active.perform(MembershipAction.SUSPEND, "  No action plan  ", "secretariat@test", NOW, APPLIED_ON);
		assertThat(step.entry().from()).isEqualTo(MembershipState.ACTIVE);
		assertThat(step.entry().to()).isEqualTo(MembershipState.SUSPENDED);
		assertThat(step.entry().actor()).isEqualTo("secretariat@test");
		assertThat(step.entry().occurredAt()).isEqualTo(NOW);
		assertThat(step.entry().reason()).isEqualTo("No action plan");
	}

	@Test
	void shouldRejectASuspensionWithoutReason() {
		Membership active = applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, APPLIED_ON).membership();
		assertThatThrownBy(() -> active.perform(MembershipAction.SUSPEND, " ", "sec", NOW, APPLIED_ON))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRejectAnExitWithoutReason() {
		assertThatThrownBy(() -> applied().perform(MembershipAction.EXIT, null, "sec", NOW, APPLIED_ON))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldTakeEffectOnAnEarlierDayWhenRecordedAfterwards() {
		LocalDate today = LocalDate.of(2027, 3, 1);
		LocalDate signed = LocalDate.of(2027, 2, 1);
		Membership m = applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, today, signed).membership();
		assertThat(m.activeSince()).isEqualTo(signed);
		assertThat(applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, today, signed).entry().effectiveOn())
			.isEqualTo(signed);
	}

	@Test
	void shouldRejectAStepInTheFutureOrBeforeTheApplication() {
		LocalDate today = LocalDate.of(2027, 3, 1);
		assertThatThrownBy(() -> applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, today,
				today.plusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
		assertThatThrownBy(() -> applied().perform(MembershipAction.ACTIVATE, null, "sec", NOW, today,
				APPLIED_ON.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("before the application");
		assertThatThrownBy(() -> Membership.apply(CovenantId.random(), OrganisationId.random(), false, "sec", NOW,
				today, today.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRejectAnIllegalMoveBeforeLookingAtTheReason() {
		assertThatThrownBy(() -> applied().perform(MembershipAction.SUSPEND, null, "sec", NOW, APPLIED_ON))
			.isInstanceOf(BusinessRuleException.class);
	}

}
