package org.imvo.platform.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.imvo.platform.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipStateTest {

	/** The whole table, written out independently of the implementation. */
	private static final Map<MembershipState, Map<MembershipAction, MembershipState>> EXPECTED = Map.of(
			MembershipState.APPLIED,
			Map.of(MembershipAction.ACTIVATE, MembershipState.ACTIVE, MembershipAction.EXIT, MembershipState.EXITED),
			MembershipState.ACTIVE,
			Map.of(MembershipAction.SUSPEND, MembershipState.SUSPENDED, MembershipAction.EXIT, MembershipState.EXITED),
			MembershipState.SUSPENDED,
			Map.of(MembershipAction.REINSTATE, MembershipState.ACTIVE, MembershipAction.EXIT, MembershipState.EXITED),
			MembershipState.EXITED, Map.of());

	@ParameterizedTest
	@EnumSource(MembershipState.class)
	void shouldAllowExactlyTheMovesOfTheTable(MembershipState from) {
		for (MembershipAction action : MembershipAction.values()) {
			MembershipState expected = EXPECTED.get(from).get(action);
			if (expected == null) {
				assertThat(from.after(action)).as(from + " " + action).isEmpty();
				assertThatThrownBy(() -> from.apply(action)).isInstanceOf(BusinessRuleException.class)
					.extracting(e -> ((BusinessRuleException) e).code())
					.isEqualTo("membership.illegal-transition");
			}
			else {
				assertThat(from.apply(action)).as(from + " " + action).isEqualTo(expected);
			}
		}
		assertThat(Set.copyOf(from.allowedActions())).isEqualTo(EXPECTED.get(from).keySet());
	}

	@Test
	void shouldActivateAnApplicationAndNotASuspendedMembership() {
		assertThat(MembershipState.APPLIED.activate()).isEqualTo(MembershipState.ACTIVE);
		assertThatThrownBy(MembershipState.SUSPENDED::activate).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("REINSTATE");
	}

	@Test
	void shouldReinstateOnlyASuspendedMembership() {
		assertThat(MembershipState.SUSPENDED.reinstate()).isEqualTo(MembershipState.ACTIVE);
		assertThatThrownBy(MembershipState.ACTIVE::reinstate).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(MembershipState.APPLIED::reinstate).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldRejectSuspendingAnApplication() {
		assertThatThrownBy(MembershipState.APPLIED::suspend).isInstanceOf(BusinessRuleException.class);
		assertThat(MembershipState.ACTIVE.suspend()).isEqualTo(MembershipState.SUSPENDED);
	}

	@Test
	void shouldEndFromEveryOpenStateButNotTwice() {
		assertThat(MembershipState.APPLIED.exit()).isEqualTo(MembershipState.EXITED);
		assertThat(MembershipState.ACTIVE.exit()).isEqualTo(MembershipState.EXITED);
		assertThat(MembershipState.SUSPENDED.exit()).isEqualTo(MembershipState.EXITED);
		assertThatThrownBy(MembershipState.EXITED::exit).isInstanceOf(BusinessRuleException.class)
			.hasMessageContaining("has ended");
	}

	@Test
	void shouldRequireAReasonOnlyToSuspendAndToExit() {
		assertThat(MembershipAction.SUSPEND.reasonRequired()).isTrue();
		assertThat(MembershipAction.EXIT.reasonRequired()).isTrue();
		assertThat(MembershipAction.ACTIVATE.reasonRequired()).isFalse();
		assertThat(MembershipAction.REINSTATE.reasonRequired()).isFalse();
	}

}
