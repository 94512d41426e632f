package org.imvo.platform.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over its predecessor's hash and every field, each field
 * length-prefixed so that no two different entries can produce the same input. Plain Java.
 */
public final class HashChain {

	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	public static String hash(String previousHash, Instant occurredAt, String actor, String organisationId,
			String action, String entityType, String entityId, String summary) {
		StringBuilder input = new StringBuilder(256);
		for (String field : new String[] { previousHash, occurredAt.toString(), actor, organisationId, action,
				entityType, entityId, summary }) {
			if (field == null) {
				input.append("-1:");
			}
			else {
				input.append(field.length()).append(':').append(field);
			}
			input.append('|');
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
