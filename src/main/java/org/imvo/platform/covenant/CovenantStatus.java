package org.imvo.platform.covenant;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.imvo.platform.shared.BusinessRuleException;

/**
 * Where a covenant stands: prepared by the secretariat ({@code DRAFT}, seen only by it), signed and
 * running ({@code ACTIVE}), or over ({@code ENDED}).
 */
public enum CovenantStatus {

	DRAFT, ACTIVE, ENDED;

	private static final Map<CovenantStatus, Set<CovenantStatus>> NEXT = Map.of(DRAFT, EnumSet.of(ACTIVE), ACTIVE,
			EnumSet.of(ENDED), ENDED, EnumSet.noneOf(CovenantStatus.class));

	public boolean canMoveTo(CovenantStatus target) {
		return this == target || NEXT.get(this).contains(target);
	}

	/** The status after a change to {@code target}; refuses a move the table does not allow. */
	public CovenantStatus moveTo(CovenantStatus target) {
		if (!canMoveTo(target)) {
			throw new BusinessRuleException("covenant.illegal-status-change",
					"A covenant cannot go from " + this + " to " + target + ". Allowed: " + NEXT.get(this) + ".");
		}
		return target;
	}

	/** Whether people outside the secretariat may see the covenant. */
	public boolean isVisibleToAll() {
		return this != DRAFT;
	}

}
