package org.imvo.platform.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles of a user. {@code ADMIN}, {@code EDITOR} and {@code VIEWER} are given per user within the
 * organisation; the audience roles ({@code SECRETARIAT}, {@code COMMITTEE}, {@code COMPANY},
 * {@code PARTY}) follow from the organisation's type.
 */
public enum Role {

	/** Manages organisations and users; only in the secretariat. */
	ADMIN,
	/** May change the organisation's own data. */
	EDITOR,
	/** May read the organisation's own data. */
	VIEWER,
	SECRETARIAT, COMMITTEE, COMPANY, PARTY;

	public static final Set<Role> ASSIGNABLE = EnumSet.of(ADMIN, EDITOR, VIEWER);

	public boolean isAssignable() {
		return ASSIGNABLE.contains(this);
	}

}
