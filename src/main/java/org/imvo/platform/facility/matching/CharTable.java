package org.imvo.platform.facility.matching;


/**
 * A small read-mostly hash table from words to values that can be queried with a slice of a char
 * array, so that looking a token up does not create a string. Filled once (not thread-safe for
 * writes), then read by any number of threads.
 */
final class CharTable<V> {

	private String[] keys = new String[64];

	private Object[] values = new Object[64];

	private int size;

	void put(String key, V value) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		int slot = slot(keys, key);
		if (keys[slot] == null) {
			size++;
		}
		keys[slot] = key;
		values[slot] = value;
	}

	V get(String key) {
		return get(key.toCharArray(), 0, key.length());
	}

	@SuppressWarnings("unchecked")
	V get(char[] chars, int offset, int length) {
		int mask = keys.length - 1;
		int i = hash(chars, offset, length) & mask;
		while (true) {
			String k = keys[i];
			if (k == null) {
				return null;
			}
			if (k.length() == length && equal(k, chars, offset, length)) {
				return (V) values[i];
			}
			i = (i + 1) & mask;
		}
	}

	@SuppressWarnings("unchecked")
	void forEach(java.util.function.BiConsumer<String, V> action) {
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != null) {
				action.accept(keys[i], (V) values[i]);
			}
		}
	}

	private static boolean equal(String k, char[] chars, int offset, int length) {
		for (int c = 0; c < length; c++) {
			if (k.charAt(c) != chars[offset + c]) {
				return false;
			}
		}
		return true;
	}

	private void grow() {
		String[] oldKeys = keys;
		Object[] oldValues = values;
		keys = new String[oldKeys.length * 2];
		values = new Object[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != null) {
				int slot = slot(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	private static int slot(String[] keys, String key) {
		int mask = keys.length - 1;
		int i = hash(key.toCharArray(), 0, key.length()) & mask;
		while (keys[i] != null && !keys[i].equals(key)) {
			i = (i + 1) & mask;
		}
		return i;
	}

	static int hash(char[] chars, int offset, int length) {
		int h = 0;
		for (int c = 0; c < length; c++) {
			h = 31 * h + chars[offset + c];
		}
		return h ^ (h >>> 16);
	}

}
