package org.imvo.platform.audit;

import java.time.Instant;

/**
 * The result of re-computing the hash chain.
 *
 * @param intact whether every entry's hash matches its content and its predecessor
 * @param entriesChecked how many entries were read
 * @param firstBrokenId the id of the first entry that does not match, or null
 * @param problem what is wrong with it, or null
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenId, String problem,
		Instant verifiedAt) {
}
