package org.imvo.platform.covenant;

/** What the secretariat can do with a membership; see {@link MembershipState} for when. */
public enum MembershipAction {

	/** Accept an application: the company becomes an active member. */
	ACTIVATE(false),
	/** Suspend an active member, e.g. for not submitting its action plan; needs a reason. */
	SUSPEND(true),
	/** Lift a suspension. */
	REINSTATE(false),
	/** End a membership, or withdraw or reject an application; needs a reason. */
	EXIT(true);

	private final boolean reasonRequired;

	MembershipAction(boolean reasonRequired) {
		this.reasonRequired = reasonRequired;
	}

	public boolean reasonRequired() {
		return reasonRequired;
	}

}
