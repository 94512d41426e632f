package org.imvo.platform.facility.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.imvo.platform.facility.matching.Normaliser.Field;
import org.imvo.platform.facility.matching.PrimitiveMaps.LongIntMap;

/**
 * The matching engine: an in-memory index of the registry that decides, per location, MATCHED /
 * REVIEW / NEW with ranked candidates.
 *
 * <p>How: names and addresses are normalised into canonical tokens ({@link Normaliser}); facilities
 * are blocked by country (different countries never match) and, inside a country, found through an
 * inverted index from name and address tokens to facility ordinals (primitive int arrays); the
 * {@link MatcherConfig#retrievedCandidates()} facilities with the largest IDF-weighted token overlap
 * are scored in full: name (soft weighted token Dice with Jaro-Winkler for misspelt words, and
 * character trigrams for split or merged words), address (soft weighted Dice and containment, so that
 * partial addresses still match), coordinates when both sides have them, and vetoes for differing
 * unit, factory, building, phase or plot numbers (a vetoed candidate is shown but never matched).
 *
 * <p>Thread safety: {@link #match} may be called from many threads at once; {@link #add} and
 * {@link #remove} may run concurrently with matching. Each country block has a read-write lock:
 * matching holds the read lock of its country, a write holds the write lock of the country it
 * changes (writes are also serialised among themselves), so a write in Bangladesh never waits for
 * matching in Vietnam.
 */
public final class FacilityMatcher {

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	private static final double NAME_WEIGHT = 0.55;

	private static final double ADDRESS_WEIGHT = 0.45;

	/** Share of the name score that counts when one side has no address. */
	private static final double NAME_ONLY_FACTOR = 0.75;

	/** Address tokens count less than name tokens when looking for candidates. */
	private static final float ADDRESS_RETRIEVAL_FACTOR = 0.6f;

	/** Adjacent token pairs count half, on top of their words. */
	private static final float PAIR_RETRIEVAL_FACTOR = 0.5f;

	private static final double MISSING_IDENTIFIER_PENALTY = 0.04;

	/** When the numbers of the two addresses (house, plot, holding, km ...) disagree. */
	private static final double NUMBERS_DIFFER_PENALTY = 0.15;

	private static final int MAX_CANDIDATES_SHOWN = 5;

	/** An automatic match needs one very strong side: the name or the address. */
	private static final double STRONG_EVIDENCE = 0.9;

	private final MatcherConfig config;

	private final TokenDictionary dictionary = new TokenDictionary();

	private final ConcurrentHashMap<String, CountryBlock> blocks = new ConcurrentHashMap<>();

	private final AtomicInteger size = new AtomicInteger();

	/** Serialises writers; guards {@link #countryOfKey} and {@link #countries}. */
	private final Object writeMutex = new Object();

	private final LongIntMap countryOfKey = new LongIntMap(1024);

	private final List<String> countries = new ArrayList<>();

	/** A matcher with the tuned default thresholds. */
	public FacilityMatcher() {
		this(MatcherConfig.defaults());
	}

	public FacilityMatcher(MatcherConfig config) {
		if (config == null) {
			throw new IllegalArgumentException("config must not be null");
		}
		this.config = config;
	}

	/** Adds (or replaces, by key) a facility of the registry. */
	public void add(RegisteredFacility facility) {
		if (facility == null || facility.countryCode() == null || facility.countryCode().isBlank()) {
			throw new IllegalArgumentException("a facility needs a country code");
		}
		String country = country(facility.countryCode());
		String[] name = Normaliser.tokens(facility.name(), Field.NAME);
		String[] address = Normaliser.tokens(facility.address(), Field.ADDRESS);
		String[] ids = Identifiers.of(name, address);
		float lat = facility.lat() == null ? Float.NaN : facility.lat().floatValue();
		float lng = facility.lng() == null ? Float.NaN : facility.lng().floatValue();
		synchronized (writeMutex) {
			int[] nameIds = intern(name);
			int[] addressIds = intern(address);
			removeLocked(facility.key());
			CountryBlock block = blocks.computeIfAbsent(country, c -> new CountryBlock());
			block.lock.writeLock().lock();
			try {
				block.add(facility.key(), nameIds, addressIds, ids, lat, lng);
			}
			finally {
				block.lock.writeLock().unlock();
			}
			int index = countries.indexOf(country);
			if (index < 0) {
				countries.add(country);
				index = countries.size() - 1;
			}
			countryOfKey.put(facility.key(), index);
			size.incrementAndGet();
		}
	}

	/** Removes a facility (e.g. merged into another). */
	public void remove(long key) {
		synchronized (writeMutex) {
			removeLocked(key);
		}
	}

	private void removeLocked(long key) {
		int index = countryOfKey.remove(key);
		if (index < 0) {
			return;
		}
		CountryBlock block = blocks.get(countries.get(index));
		block.lock.writeLock().lock();
		try {
			if (block.remove(key)) {
				size.decrementAndGet();
			}
		}
		finally {
			block.lock.writeLock().unlock();
		}
	}

	/** Decides MATCHED / REVIEW / NEW for one location, with ranked candidates. */
	public MatchResult match(LocationQuery query) {
		if (query == null || query.countryCode() == null) {
			throw new IllegalArgumentException("a location needs a country code");
		}
		CountryBlock block = blocks.get(country(query.countryCode()));
		if (block == null) {
			return new MatchResult(MatchOutcome.NEW, null, 0, List.of());
		}
		Query q = new Query(Normaliser.tokens(query.name(), Field.NAME), Normaliser.tokens(query.address(), Field.ADDRESS),
				query.lat(), query.lng());
		List<Scored> scored;
		block.lock.readLock().lock();
		try {
			scored = scoreCandidates(block, q, SCRATCH.get());
		}
		finally {
			block.lock.readLock().unlock();
		}
		return decide(scored);
	}

	/** Number of facilities in the index. */
	public int size() {
		return size.get();
	}

	/**
	 * A normalised key of a location (country + normalised name + normalised address) under which a
	 * person's confirmed decision is remembered, so that a replacement list does not ask again. The
	 * same location written with other case, accents, punctuation, legal form or abbreviations has the
	 * same fingerprint.
	 */
	public static String fingerprint(LocationQuery query) {
		String country = query.countryCode() == null ? "" : country(query.countryCode());
		return country + "|" + String.join(" ", Normaliser.tokens(query.name(), Field.NAME)) + "|"
				+ String.join(" ", Normaliser.tokens(query.address(), Field.ADDRESS));
	}

	private static String country(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	private int[] intern(String[] tokens) {
		int[] ids = new int[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			ids[i] = dictionary.intern(tokens[i]);
		}
		return ids;
	}

	// ---------------------------------------------------------------- retrieval and scoring

	private List<Scored> scoreCandidates(CountryBlock block, Query q, Scratch s) {
		int n = block.live();
		if (n == 0) {
			return List.of();
		}
		int[] qNameIds = ids(q.name);
		int[] qAddressIds = ids(q.address);
		q.nameIds = qNameIds;
		q.addressIds = qAddressIds;
		float[] qNameW = weights(block, qNameIds, CountryBlock.NAME, n);
		float[] qAddressW = weights(block, qAddressIds, CountryBlock.ADDRESS, n);
		int found = retrieve(block, qNameIds, qNameW, qAddressIds, qAddressW, s);
		List<Scored> out = new ArrayList<>(found);
		int qTri = Similarity.trigrams(q.name, s.queryTrigrams);
		for (int c = 0; c < found; c++) {
			int ord = s.best[c];
			out.add(score(block, ord, q, qNameW, qAddressW, qTri, n, s));
		}
		return out;
	}

	private int[] ids(String[] tokens) {
		int[] ids = new int[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			ids[i] = dictionary.id(tokens[i]);
		}
		return ids;
	}

	private static float[] weights(CountryBlock block, int[] ids, int field, int n) {
		float[] w = new float[ids.length];
		for (int i = 0; i < ids.length; i++) {
			w[i] = idf(block.df(ids[i], field), n);
		}
		return w;
	}

	private static float idf(int df, int n) {
		return (float) Math.log(1.0 + (double) n / Math.max(1, df));
	}

	/**
	 * Accumulates the IDF weights of the query's tokens over the posting lists and keeps the best
	 * ordinals in {@code s.best}; returns how many. Very long posting lists (words most facilities of
	 * the country have) are left out of the search, unless nothing else is there.
	 */
	private int retrieve(CountryBlock block, int[] nameIds, float[] nameW, int[] addressIds, float[] addressW, Scratch s) {
		s.ensure(block.slots(), config.retrievedCandidates());
		int cap = 1000 + block.live() / 100;
		int touched = 0;
		int rarestSkipped = -1;
		float rarestSkippedWeight = 0;
		for (int f = 0; f < 2; f++) {
			int[] ids = f == 0 ? nameIds : addressIds;
			float[] w = f == 0 ? nameW : addressW;
			int field = f == 0 ? CountryBlock.NAME : CountryBlock.ADDRESS;
			float factor = f == 0 ? 1f : ADDRESS_RETRIEVAL_FACTOR;
			for (int i = 0; i < ids.length; i++) {
				if (ids[i] < 0 || firstOccurrence(ids, i) != i) {
					continue;
				}
				int list = block.postingList(ids[i], field);
				int len = block.postingSize(list);
				if (len == 0) {
					continue;
				}
				if (len > cap) {
					if (rarestSkipped < 0 || block.postingSize(rarestSkipped) > len) {
						rarestSkipped = list;
						rarestSkippedWeight = w[i] * factor;
					}
					continue;
				}
				touched = accumulate(block.posting(list), len, w[i] * factor, s, touched);
			}
			// adjacent pairs: selective where single words are common
			int pairField = f == 0 ? CountryBlock.NAME_PAIR : CountryBlock.ADDRESS_PAIR;
			for (int i = 0; i + 1 < ids.length; i++) {
				if (ids[i] < 0 || ids[i + 1] < 0) {
					continue;
				}
				int list = block.postingList(CountryBlock.pair(ids[i], ids[i + 1]), pairField);
				int len = block.postingSize(list);
				if (len == 0 || len > cap) {
					continue;
				}
				touched = accumulate(block.posting(list), len, idf(len, block.live()) * factor * PAIR_RETRIEVAL_FACTOR, s,
						touched);
			}
		}
		if (touched == 0 && rarestSkipped >= 0) {
			touched = accumulate(block.posting(rarestSkipped), cap, rarestSkippedWeight, s, touched);
		}
		int k = config.retrievedCandidates();
		int found = 0;
		float[] acc = s.acc;
		for (int t = 0; t < touched; t++) {
			int ord = s.touched[t];
			float v = acc[ord];
			acc[ord] = 0;
			if (block.isDead(ord)) {
				continue;
			}
			if (found < k) {
				int pos = found++;
				while (pos > 0 && s.bestScore[pos - 1] < v) {
					s.best[pos] = s.best[pos - 1];
					s.bestScore[pos] = s.bestScore[pos - 1];
					pos--;
				}
				s.best[pos] = ord;
				s.bestScore[pos] = v;
			}
			else if (v > s.bestScore[k - 1]) {
				int pos = k - 1;
				while (pos > 0 && s.bestScore[pos - 1] < v) {
					s.best[pos] = s.best[pos - 1];
					s.bestScore[pos] = s.bestScore[pos - 1];
					pos--;
				}
				s.best[pos] = ord;
				s.bestScore[pos] = v;
			}
		}
		return found;
	}

	private static int accumulate(int[] posting, int len, float weight, Scratch s, int touched) {
		float[] acc = s.acc;
		int[] t = s.touched;
		for (int k = 0; k < len; k++) {
			int ord = posting[k];
			if (acc[ord] == 0) {
				t[touched++] = ord;
			}
			acc[ord] += weight;
		}
		return touched;
	}

	private static int firstOccurrence(int[] ids, int i) {
		for (int k = 0; k < i; k++) {
			if (ids[k] == ids[i]) {
				return k;
			}
		}
		return i;
	}

	private Scored score(CountryBlock block, int ord, Query q, float[] qNameW, float[] qAddressW, int qTri, int n, Scratch s) {
		int[] cNameIds = block.name(ord);
		int[] cAddressIds = block.address(ord);
		String[] cName = strings(cNameIds);
		String[] cAddress = strings(cAddressIds);
		float[] cNameW = weights(block, cNameIds, CountryBlock.NAME, n);
		float[] cAddressW = weights(block, cAddressIds, CountryBlock.ADDRESS, n);
		s.ensureTokens(Math.max(Math.max(q.name.length, q.address.length), Math.max(cName.length, cAddress.length)));

		double weighted = Similarity.softDice(q.name, q.nameIds, qNameW, cName, cNameIds, cNameW, s.bestA, s.bestB);
		double unweighted = unweightedShare(s.bestA, q.name.length, s.bestB, cName.length);
		double nameContainment = Similarity.containment(qNameW, s.bestA, q.name.length, cNameW, s.bestB, cName.length);
		int cTri = Similarity.trigrams(cName, s.candidateTrigrams);
		double trigram = Similarity.trigramDice(s.queryTrigrams, qTri, s.candidateTrigrams, cTri);
		double tokens = 0.7 * weighted + 0.3 * unweighted;
		double name = Math.max(tokens, trigram - 0.05);
		if (Math.min(q.name.length, cName.length) >= 2) {
			// one name is the other with words left out ("Ananta Mahin" for "Ananta Mahin Dyeing & Printing")
			name = Math.max(name, 0.85 * nameContainment);
		}

		double address;
		boolean addressKnown = q.address.length > 0 && cAddress.length > 0;
		boolean numbersDiffer = false;
		if (addressKnown) {
			double dice = Similarity.softDice(q.address, q.addressIds, qAddressW, cAddress, cAddressIds, cAddressW, s.bestA,
					s.bestB);
			double containment = Similarity.containment(qAddressW, s.bestA, q.address.length, cAddressW, s.bestB,
					cAddress.length);
			address = 0.5 * dice + 0.5 * containment;
			numbersDiffer = Similarity.numbersDiffer(q.address, qAddressW, s.bestA, cAddress, cAddressW, s.bestB);
		}
		else {
			address = 0;
		}
		double score = addressKnown ? NAME_WEIGHT * name + ADDRESS_WEIGHT * address : NAME_ONLY_FACTOR * name;
		if (numbersDiffer) {
			score -= NUMBERS_DIFFER_PENALTY;
		}

		float lat = block.lat(ord);
		float lng = block.lng(ord);
		double distance = Double.NaN;
		if (q.hasCoordinates() && !Float.isNaN(lat) && !Float.isNaN(lng)) {
			distance = Similarity.distanceMetres(q.lat, q.lng, lat, lng);
			if (distance <= 250) {
				score += 0.05;
			}
			else if (distance >= 20_000) {
				score -= 0.35;
			}
			else if (distance >= 2_000) {
				score -= 0.15;
			}
		}

		String[] cIds = block.identifiers(ord);
		String veto = Identifiers.conflict(q.identifiers, cIds);
		boolean missingIdentifier = false;
		if (veto == null
				&& (Identifiers.hasGroupMissingIn(q.identifiers, cIds) || Identifiers.hasGroupMissingIn(cIds, q.identifiers))) {
			missingIdentifier = true;
			score -= MISSING_IDENTIFIER_PENALTY;
		}
		score = Math.max(0, Math.min(1, score));
		return new Scored(block.key(ord), score, name, addressKnown ? address : -1, distance, veto, missingIdentifier,
				numbersDiffer);
	}

	private static double unweightedShare(float[] bestA, int na, float[] bestB, int nb) {
		if (na == 0 || nb == 0) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < na; i++) {
			sum += bestA[i];
		}
		for (int j = 0; j < nb; j++) {
			sum += bestB[j];
		}
		return sum / (na + nb);
	}

	private String[] strings(int[] ids) {
		String[] out = new String[ids.length];
		for (int i = 0; i < ids.length; i++) {
			out[i] = dictionary.token(ids[i]);
		}
		return out;
	}

	// ---------------------------------------------------------------- decision

	private MatchResult decide(List<Scored> scored) {
		if (scored.isEmpty()) {
			return new MatchResult(MatchOutcome.NEW, null, 0, List.of());
		}
		scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
		Scored best = null;
		Scored runnerUp = null;
		boolean strongVetoed = false;
		for (Scored c : scored) {
			if (c.vetoed()) {
				strongVetoed |= c.score >= config.reviewThreshold();
				continue;
			}
			if (best == null) {
				best = c;
			}
			else if (runnerUp == null) {
				runnerUp = c;
			}
		}
		MatchOutcome outcome;
		if (best == null) {
			outcome = MatchOutcome.NEW;
		}
		else {
			boolean sure = best.score >= config.matchThreshold() && best.name >= config.minNameForMatch()
					&& best.address >= config.minAddressForMatch() && !best.numbersDiffer
					&& Math.max(best.name, best.address) >= STRONG_EVIDENCE;
			boolean clear = runnerUp == null || best.score - runnerUp.score >= config.margin();
			boolean sisterDoubt = best.missingIdentifier && strongVetoed;
			if (sure && clear && !sisterDoubt) {
				outcome = MatchOutcome.MATCHED;
			}
			else if (best.score >= config.reviewThreshold() && best.name >= config.minNameForReview()) {
				outcome = MatchOutcome.REVIEW;
				if (sure && !clear) {
					best.note = "another candidate scores almost as high";
				}
				else if (sure) {
					best.note = "a sister facility with another unit number exists";
				}
			}
			else {
				outcome = MatchOutcome.NEW;
			}
		}
		List<Candidate> candidates = new ArrayList<>(MAX_CANDIDATES_SHOWN);
		for (int i = 0; i < scored.size() && candidates.size() < MAX_CANDIDATES_SHOWN; i++) {
			Scored c = scored.get(i);
			if (c.rank() < 0.3) {
				break;
			}
			candidates.add(new Candidate(c.key, round(c.rank()), c.reasons()));
		}
		double topScore = candidates.isEmpty() ? 0 : candidates.get(0).score();
		Long matched = outcome == MatchOutcome.MATCHED ? best.key : null;
		return new MatchResult(outcome, matched, outcome == MatchOutcome.MATCHED ? round(best.score) : topScore,
				candidates);
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}

	/** A location prepared for matching. */
	private static final class Query {

		final String[] name;

		final String[] address;

		final String[] identifiers;

		int[] nameIds;

		int[] addressIds;

		final double lat;

		final double lng;

		Query(String[] name, String[] address, Double lat, Double lng) {
			this.name = name;
			this.address = address;
			this.identifiers = Identifiers.of(name, address);
			this.lat = lat == null ? Double.NaN : lat;
			this.lng = lng == null ? Double.NaN : lng;
		}

		boolean hasCoordinates() {
			return !Double.isNaN(lat) && !Double.isNaN(lng);
		}

	}

	/** One scored candidate; its reasons are written only when it is shown. */
	private static final class Scored {

		final long key;

		final double score;

		final double name;

		/** -1 when one side has no address. */
		final double address;

		/** Metres, NaN when a side has no coordinates. */
		final double distance;

		/** Why it can never be matched automatically, or null. */
		final String veto;

		final boolean missingIdentifier;

		final boolean numbersDiffer;

		/** A remark of the decision ("another candidate scores almost as high"), or null. */
		String note;

		Scored(long key, double score, double name, double address, double distance, String veto, boolean missingIdentifier,
				boolean numbersDiffer) {
			this.key = key;
			this.score = score;
			this.name = name;
			this.address = address;
			this.distance = distance;
			this.veto = veto;
			this.missingIdentifier = missingIdentifier;
			this.numbersDiffer = numbersDiffer;
		}

		boolean vetoed() {
			return veto != null;
		}

		/** The score shown and ranked by: a vetoed candidate is pushed down. */
		double rank() {
			return vetoed() ? score * 0.6 : score;
		}

		List<String> reasons() {
			List<String> reasons = new ArrayList<>(5);
			reasons.add(String.format(Locale.ROOT, "name %.2f", name));
			reasons.add(address >= 0 ? String.format(Locale.ROOT, "address %.2f", address) : "no address to compare");
			if (numbersDiffer) {
				reasons.add("house, plot or street numbers differ");
			}
			if (!Double.isNaN(distance)) {
				reasons.add(distance < 1000 ? String.format(Locale.ROOT, "%.0f m apart", distance)
						: String.format(Locale.ROOT, "%.1f km apart", distance / 1000));
			}
			if (veto != null) {
				reasons.add(veto);
			}
			else if (missingIdentifier) {
				reasons.add("unit or plot number on one side only");
			}
			if (note != null) {
				reasons.add(note);
			}
			return reasons;
		}

	}

	/** Per-thread working memory of retrieval and scoring. */
	private static final class Scratch {

		float[] acc = new float[1024];

		int[] touched = new int[1024];

		int[] best = new int[32];

		float[] bestScore = new float[32];

		float[] bestA = new float[32];

		float[] bestB = new float[32];

		long[] queryTrigrams = new long[256];

		long[] candidateTrigrams = new long[256];

		void ensure(int slots, int k) {
			if (acc.length < slots) {
				acc = new float[slots + slots / 4];
				touched = new int[acc.length];
			}
			if (best.length < k) {
				best = new int[k];
				bestScore = new float[k];
			}
		}

		void ensureTokens(int n) {
			if (bestA.length < n) {
				bestA = new float[n * 2];
				bestB = new float[n * 2];
			}
		}
	}

}
