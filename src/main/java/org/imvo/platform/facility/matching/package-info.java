/**
 * The facility matching engine: plain Java, no Spring. {@code FacilityMatcher} holds an in-memory
 * index of the registry (blocked by country, with an inverted index of name and address tokens and
 * of adjacent token pairs, primitive int arrays) and decides per location: MATCHED, REVIEW (with
 * ranked candidates and reasons) or NEW. {@code FacilityMatcher.fingerprint} gives the key under which
 * a person's decision is remembered. Thresholds: {@code MatcherConfig}; quality and speed are
 * measured by the evaluation set in src/test/resources/matching and docs/benchmarks.md.
 */
package org.imvo.platform.facility.matching;
