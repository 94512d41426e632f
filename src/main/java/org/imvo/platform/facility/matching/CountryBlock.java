package org.imvo.platform.facility.matching;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.imvo.platform.facility.matching.PrimitiveMaps.IntIntMap;
import org.imvo.platform.facility.matching.PrimitiveMaps.LongIntMap;

/**
 * The facilities of one country: their canonical tokens as numbers, and an inverted index from
 * (token, field) to the ordinals of the facilities that have it. Struct-of-arrays with primitive
 * arrays only, so that a million facilities stay small. Removal marks an ordinal dead; the block is
 * rebuilt when more than half of it is dead.
 *
 * <p>Guarded by {@link #lock}: matching holds the read lock, add and remove the write lock.
 */
final class CountryBlock {

	static final int NAME = 0;

	static final int ADDRESS = 1;

	/** Two adjacent name tokens, as one key (see {@link #pair}). */
	static final int NAME_PAIR = 2;

	/** Two adjacent address tokens ("plot 12", "kashimpur gazipur"). */
	static final int ADDRESS_PAIR = 3;

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private int slots;

	private int live;

	private long[] keys = new long[16];

	private int[][] names = new int[16][];

	private int[][] addresses = new int[16][];

	private String[][] identifiers = new String[16][];

	private float[] lat = new float[16];

	private float[] lng = new float[16];

	private boolean[] dead = new boolean[16];

	private LongIntMap ordinals = new LongIntMap(16);

	private IntIntMap postingOf = new IntIntMap(64);

	private int[][] postings = new int[64][];

	private int[] postingSizes = new int[64];

	private int postingLists;

	/** Adds a facility; the caller holds the write lock and has removed an older entry of the key. */
	void add(long key, int[] name, int[] address, String[] ids, float latitude, float longitude) {
		if (slots == keys.length) {
			int cap = slots + (slots >> 1) + 16;
			keys = Arrays.copyOf(keys, cap);
			names = Arrays.copyOf(names, cap);
			addresses = Arrays.copyOf(addresses, cap);
			identifiers = Arrays.copyOf(identifiers, cap);
			lat = Arrays.copyOf(lat, cap);
			lng = Arrays.copyOf(lng, cap);
			dead = Arrays.copyOf(dead, cap);
		}
		int ord = slots++;
		keys[ord] = key;
		names[ord] = name;
		addresses[ord] = address;
		identifiers[ord] = ids;
		lat[ord] = latitude;
		lng[ord] = longitude;
		dead[ord] = false;
		ordinals.put(key, ord);
		live++;
		index(ord, name, NAME);
		index(ord, address, ADDRESS);
		indexPairs(ord, name, NAME_PAIR);
		indexPairs(ord, address, ADDRESS_PAIR);
	}

	/** Removes a facility; the caller holds the write lock. Returns whether it was there. */
	boolean remove(long key) {
		int ord = ordinals.remove(key);
		if (ord < 0) {
			return false;
		}
		dead[ord] = true;
		names[ord] = null;
		addresses[ord] = null;
		identifiers[ord] = null;
		live--;
		if (slots > 1024 && live < slots / 2) {
			compact();
		}
		return true;
	}

	/**
	 * The key of two adjacent tokens: far more selective than either alone when names and places
	 * repeat across a country ("golden lotus", "plot 123"). Different pairs may share a key; that
	 * only adds a candidate, which the scorer then judges.
	 */
	static int pair(int first, int second) {
		int h = first * 0x9E3779B1 + second;
		h ^= h >>> 15;
		return h & 0x1FFFFFFF;
	}

	private void indexPairs(int ord, int[] tokens, int field) {
		for (int i = 0; i + 1 < tokens.length; i++) {
			int key = pair(tokens[i], tokens[i + 1]);
			boolean repeated = false;
			for (int k = 0; k < i; k++) {
				if (pair(tokens[k], tokens[k + 1]) == key) {
					repeated = true;
					break;
				}
			}
			if (!repeated) {
				append(key, field, ord);
			}
		}
	}

	private void index(int ord, int[] tokens, int field) {
		for (int i = 0; i < tokens.length; i++) {
			int token = tokens[i];
			boolean repeated = false;
			for (int k = 0; k < i; k++) {
				if (tokens[k] == token) {
					repeated = true;
					break;
				}
			}
			if (!repeated) {
				append(token, field, ord);
			}
		}
	}

	private void append(int token, int field, int ord) {
		int pk = (token << 2) | field;
		int list = postingOf.get(pk);
		if (list < 0) {
			if (postingLists == postings.length) {
				postings = Arrays.copyOf(postings, postingLists * 2);
				postingSizes = Arrays.copyOf(postingSizes, postingLists * 2);
			}
			list = postingLists++;
			postingOf.put(pk, list);
			postings[list] = new int[2];
		}
		int[] p = postings[list];
		int size = postingSizes[list];
		if (size == p.length) {
			p = Arrays.copyOf(p, size * 2);
			postings[list] = p;
		}
		p[size] = ord;
		postingSizes[list] = size + 1;
	}

	private void compact() {
		long[] oldKeys = keys;
		int[][] oldNames = names;
		int[][] oldAddresses = addresses;
		String[][] oldIds = identifiers;
		float[] oldLat = lat;
		float[] oldLng = lng;
		boolean[] oldDead = dead;
		int oldSlots = slots;
		int cap = live + (live >> 1) + 16;
		keys = new long[cap];
		names = new int[cap][];
		addresses = new int[cap][];
		identifiers = new String[cap][];
		lat = new float[cap];
		lng = new float[cap];
		dead = new boolean[cap];
		ordinals = new LongIntMap(cap);
		postingOf = new IntIntMap(Math.max(64, postingLists));
		postings = new int[Math.max(64, postingLists)][];
		postingSizes = new int[postings.length];
		postingLists = 0;
		slots = 0;
		live = 0;
		for (int i = 0; i < oldSlots; i++) {
			if (!oldDead[i]) {
				add(oldKeys[i], oldNames[i], oldAddresses[i], oldIds[i], oldLat[i], oldLng[i]);
			}
		}
	}

	/** Number of live facilities. */
	int live() {
		return live;
	}

	/** Number of ordinals in use (live and dead). */
	int slots() {
		return slots;
	}

	/** The posting list number of a token in a field, or -1. */
	int postingList(int token, int field) {
		return token < 0 ? -1 : postingOf.get((token << 2) | field);
	}

	int postingSize(int list) {
		return list < 0 ? 0 : postingSizes[list];
	}

	int[] posting(int list) {
		return postings[list];
	}

	/** How many facilities have the token in the field (dead ones included until compaction). */
	int df(int token, int field) {
		return postingSize(postingList(token, field));
	}

	boolean isDead(int ord) {
		return dead[ord];
	}

	long key(int ord) {
		return keys[ord];
	}

	int[] name(int ord) {
		return names[ord];
	}

	int[] address(int ord) {
		return addresses[ord];
	}

	String[] identifiers(int ord) {
		return identifiers[ord];
	}

	float lat(int ord) {
		return lat[ord];
	}

	float lng(int ord) {
		return lng[ord];
	}

}
