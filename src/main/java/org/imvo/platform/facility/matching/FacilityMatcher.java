package org.imvo.platform.facility.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matching engine (first, simple version: per-country scan with token overlap; the indexed
 * engine follows on the matching branch with the same API).
 *
 * Thread safety: {@link #match} may be called from several threads at once; {@link #add} and
 * {@link #remove} may run concurrently with matching.
 */
public final class FacilityMatcher {

	private final Map<Long, RegisteredFacility> facilities = new ConcurrentHashMap<>();

	/** Adds (or replaces, by key) a facility of the registry. */
	public void add(RegisteredFacility facility) {
		facilities.put(facility.key(), facility);
	}

	/** Removes a facility (e.g. merged into another). */
	public void remove(long key) {
		facilities.remove(key);
	}

	/** Decides MATCHED / REVIEW / NEW for one location, with ranked candidates. */
	public MatchResult match(LocationQuery query) {
		Set<String> qName = tokens(query.name());
		Set<String> qAddress = tokens(query.address());
		List<Candidate> candidates = new ArrayList<>();
		for (RegisteredFacility f : facilities.values()) {
			if (!f.countryCode().equalsIgnoreCase(query.countryCode())) {
				continue;
			}
			double name = jaccard(qName, tokens(f.name()));
			double address = jaccard(qAddress, tokens(f.address()));
			double score = 0.6 * name + 0.4 * address;
			if (score >= 0.3) {
				candidates.add(new Candidate(f.key(), score,
						List.of(String.format(Locale.ROOT, "name %.2f", name), String.format(Locale.ROOT, "address %.2f", address))));
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		List<Candidate> top = candidates.subList(0, Math.min(5, candidates.size()));
		if (top.isEmpty()) {
			return new MatchResult(MatchOutcome.NEW, null, 0, List.of());
		}
		Candidate best = top.get(0);
		if (best.score() >= 0.9) {
			return new MatchResult(MatchOutcome.MATCHED, best.key(), best.score(), top);
		}
		return new MatchResult(best.score() >= 0.5 ? MatchOutcome.REVIEW : MatchOutcome.NEW, null, best.score(), top);
	}

	/** Number of facilities in the index. */
	public int size() {
		return facilities.size();
	}

	/**
	 * A normalised key of a location (country + normalised name + normalised address) under which a
	 * person's confirmed decision is remembered, so that a replacement list does not ask again.
	 */
	public static String fingerprint(LocationQuery query) {
		return query.countryCode().toUpperCase(Locale.ROOT) + "|" + String.join(" ", tokens(query.name())) + "|"
				+ String.join(" ", tokens(query.address()));
	}

	private static Set<String> tokens(String text) {
		if (text == null) {
			return Set.of();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
		return folded.isEmpty() ? Set.of() : new java.util.TreeSet<>(Arrays.asList(folded.split(" ")));
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return (double) both.size() / (a.size() + b.size() - both.size());
	}

}
