package org.imvo.platform.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.AccountStatusException;

/** Refuses a login attempt while too many recent attempts failed. */
public class LoginThrottledException extends AccountStatusException {

	private final transient Instant until;

	public LoginThrottledException(Instant until) {
		super("Too many failed sign-in attempts. Try again after " + until + ".");
		this.until = until;
	}

	public Instant until() {
		return until;
	}

}
