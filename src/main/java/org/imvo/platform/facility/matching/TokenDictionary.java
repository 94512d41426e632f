package org.imvo.platform.facility.matching;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the canonical tokens of all facilities (shared across countries), so that the index
 * stores int arrays rather than strings. Tokens are only ever added; readers need no lock: a token's
 * string is stored before its number is published through the concurrent map.
 */
final class TokenDictionary {

	private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();

	private volatile String[] tokens = new String[1024];

	private int size;

	/** The token's number, or -1 when no facility has it. */
	int id(String token) {
		Integer id = ids.get(token);
		return id == null ? -1 : id;
	}

	/** The token's number, assigned when new. */
	synchronized int intern(String token) {
		Integer id = ids.get(token);
		if (id != null) {
			return id;
		}
		String[] current = tokens;
		if (size == current.length) {
			current = Arrays.copyOf(current, size * 2);
		}
		current[size] = token;
		tokens = current;
		ids.put(token, size);
		return size++;
	}

	String token(int id) {
		return tokens[id];
	}

	int size() {
		return ids.size();
	}

}
