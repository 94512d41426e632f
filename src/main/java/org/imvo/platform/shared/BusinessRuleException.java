package org.imvo.platform.shared;

/**
 * A request that is well-formed but breaks a rule of the domain, e.g. an illegal workflow
 * transition. Its message is written for the user and is shown as the problem detail.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	public BusinessRuleException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable machine-readable code, e.g. {@code membership.illegal-transition}. */
	public String code() {
		return code;
	}

}
