package org.imvo.platform.covenant;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.imvo.platform.shared.BusinessRuleException;

/**
 * The lifecycle of a company's membership of a covenant. The allowed moves, and nothing else:
 *
 * <pre>
 * APPLIED   --ACTIVATE-->  ACTIVE      application accepted
 * APPLIED   --EXIT------>  EXITED      application withdrawn or rejected
 * ACTIVE    --SUSPEND--->  SUSPENDED
 * ACTIVE    --EXIT------>  EXITED
 * SUSPENDED --REINSTATE->  ACTIVE
 * SUSPENDED --EXIT------>  EXITED
 * </pre>
 */
public enum MembershipState {

	APPLIED, ACTIVE, SUSPENDED, EXITED;

	private static final Map<MembershipState, Map<MembershipAction, MembershipState>> TRANSITIONS = new EnumMap<>(
			MembershipState.class);

	static {
		TRANSITIONS.put(APPLIED, actions(MembershipAction.ACTIVATE, ACTIVE, MembershipAction.EXIT, EXITED));
		TRANSITIONS.put(ACTIVE, actions(MembershipAction.SUSPEND, SUSPENDED, MembershipAction.EXIT, EXITED));
		TRANSITIONS.put(SUSPENDED, actions(MembershipAction.REINSTATE, ACTIVE, MembershipAction.EXIT, EXITED));
		TRANSITIONS.put(EXITED, new EnumMap<>(MembershipAction.class));
	}

	private static Map<MembershipAction, MembershipState> actions(MembershipAction a1, MembershipState s1,
			MembershipAction a2, MembershipState s2) {
		Map<MembershipAction, MembershipState> map = new EnumMap<>(MembershipAction.class);
		map.put(a1, s1);
		map.put(a2, s2);
		return map;
	}

	/** The state {@code action} leads to from here, or empty if the table does not allow it. */
	public Optional<MembershipState> after(MembershipAction action) {
		return Optional.ofNullable(TRANSITIONS.get(this).get(action));
	}

	/** The actions allowed from here, in declaration order. */
	public List<MembershipAction> allowedActions() {
		return List.copyOf(TRANSITIONS.get(this).keySet());
	}

	/** The state after {@code action}; refuses a move the table does not allow. */
	public MembershipState apply(MembershipAction action) {
		return after(action).orElseThrow(() -> new BusinessRuleException("membership.illegal-transition",
				"A membership that is " + this + " cannot be " + past(action) + ". Allowed now: "
						+ (allowedActions().isEmpty() ? "nothing (it has ended)" : allowedActions()) + "."));
	}

	public MembershipState activate() {
		return apply(MembershipAction.ACTIVATE);
	}

	public MembershipState suspend() {
		return apply(MembershipAction.SUSPEND);
	}

	public MembershipState reinstate() {
		return apply(MembershipAction.REINSTATE);
	}

	public MembershipState exit() {
		return apply(MembershipAction.EXIT);
	}

	/** Whether the company is (still) in the covenant or on its way in. */
	public boolean isOpen() {
		return this != EXITED;
	}

	private static String past(MembershipAction action) {
		return switch (action) {
			case ACTIVATE -> "activated";
			case SUSPEND -> "suspended";
			case REINSTATE -> "reinstated";
			case EXIT -> "ended";
		};
	}

}
