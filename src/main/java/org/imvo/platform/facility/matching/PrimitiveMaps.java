package org.imvo.platform.facility.matching;

import java.util.Arrays;

/** Open-addressing hash maps of primitive keys to int values, without boxing; not thread-safe. */
final class PrimitiveMaps {

	private PrimitiveMaps() {
	}

	/** int to int; absent keys give -1; values must not be negative. */
	static final class IntIntMap {

		private int[] keys;

		private int[] values;

		private int size;

		IntIntMap(int expected) {
			int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
			keys = new int[cap];
			values = new int[cap];
			Arrays.fill(values, -1);
		}

		int get(int key) {
			int mask = keys.length - 1;
			int i = mix(key) & mask;
			while (values[i] >= 0) {
				if (keys[i] == key) {
					return values[i];
				}
				i = (i + 1) & mask;
			}
			return -1;
		}

		void put(int key, int value) {
			if ((size + 1) * 4 > keys.length * 3) {
				grow();
			}
			int mask = keys.length - 1;
			int i = mix(key) & mask;
			while (values[i] >= 0) {
				if (keys[i] == key) {
					values[i] = value;
					return;
				}
				i = (i + 1) & mask;
			}
			keys[i] = key;
			values[i] = value;
			size++;
		}

		int size() {
			return size;
		}

		private void grow() {
			int[] oldKeys = keys;
			int[] oldValues = values;
			keys = new int[oldKeys.length * 2];
			values = new int[oldKeys.length * 2];
			Arrays.fill(values, -1);
			size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldValues[i] >= 0) {
					put(oldKeys[i], oldValues[i]);
				}
			}
		}

		private static int mix(int key) {
			int h = key * 0x9E3779B9;
			return h ^ (h >>> 16);
		}

	}

	/** long to int, with removal (backward-shift deletion); absent keys give -1; values not negative. */
	static final class LongIntMap {

		private long[] keys;

		private int[] values;

		private int size;

		LongIntMap(int expected) {
			int cap = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
			keys = new long[cap];
			values = new int[cap];
			Arrays.fill(values, -1);
		}

		int get(long key) {
			int mask = keys.length - 1;
			int i = mix(key) & mask;
			while (values[i] >= 0) {
				if (keys[i] == key) {
					return values[i];
				}
				i = (i + 1) & mask;
			}
			return -1;
		}

		void put(long key, int value) {
			if ((size + 1) * 4 > keys.length * 3) {
				grow();
			}
			int mask = keys.length - 1;
			int i = mix(key) & mask;
			while (values[i] >= 0) {
				if (keys[i] == key) {
					values[i] = value;
					return;
				}
				i = (i + 1) & mask;
			}
			keys[i] = key;
			values[i] = value;
			size++;
		}

		/** Removes the key; returns its value or -1. */
		int remove(long key) {
			int mask = keys.length - 1;
			int i = mix(key) & mask;
			while (values[i] >= 0) {
				if (keys[i] == key) {
					int removed = values[i];
					// shift later members of the cluster back so that lookups still find them
					int hole = i;
					int j = (i + 1) & mask;
					while (values[j] >= 0) {
						int home = mix(keys[j]) & mask;
						boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
						if (movable) {
							keys[hole] = keys[j];
							values[hole] = values[j];
							hole = j;
						}
						j = (j + 1) & mask;
					}
					values[hole] = -1;
					size--;
					return removed;
				}
				i = (i + 1) & mask;
			}
			return -1;
		}

		int size() {
			return size;
		}

		private void grow() {
			long[] oldKeys = keys;
			int[] oldValues = values;
			keys = new long[oldKeys.length * 2];
			values = new int[oldKeys.length * 2];
			Arrays.fill(values, -1);
			size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldValues[i] >= 0) {
					put(oldKeys[i], oldValues[i]);
				}
			}
		}

		private static int mix(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32));
		}

	}

}
