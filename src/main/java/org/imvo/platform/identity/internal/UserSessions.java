package org.imvo.platform.identity.internal;

import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's web sessions (kept by Spring Session in PostgreSQL), so that disabling an account,
 * deactivating its organisation or changing its password takes effect at once and not when the
 * session expires. API tokens are revoked separately by {@link UserAccountRepository}.
 */
@Component
public class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of {@code username} except the one with id {@code keep} (may be null). */
	public void end(String username, String keep) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !Objects.equals(id, keep))
			.forEach(repository::deleteById));
	}

}
