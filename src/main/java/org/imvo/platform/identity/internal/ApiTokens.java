package org.imvo.platform.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opaque bearer tokens: 256 random bits, valid for {@link #LIFETIME}; only their SHA-256 is stored. */
@Component
public class ApiTokens {

	static final Duration LIFETIME = Duration.ofHours(12);

	private final SecureRandom random = new SecureRandom();

	private final UserAccountRepository repository;

	private final Clock clock;

	ApiTokens(UserAccountRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public record IssuedToken(String token, Instant expiresAt) {
	}

	@Transactional
	public IssuedToken issue(PlatformUserDetails user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = "imvo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(LIFETIME);
		repository.insertToken(hash(token), user.user().userId(), now, expires);
		return new IssuedToken(token, expires);
	}

	@Transactional(readOnly = true)
	public Optional<PlatformUserDetails> resolve(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return repository.findByToken(hash(token), clock.instant()).filter(PlatformUserDetails::isEnabled);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
