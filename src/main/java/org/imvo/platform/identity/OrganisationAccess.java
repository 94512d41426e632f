package org.imvo.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;

import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one mechanism that decides who may read or change an organisation's confidential data
 * (its locations, risks, plans, complaints, users). Every module asks here; none decides alone.
 * <ul>
 * <li>a user may read the data of their own organisation;</li>
 * <li>a user with {@link Role#EDITOR} or {@link Role#ADMIN} may change it;</li>
 * <li>the secretariat may read every organisation's data, and each such read is written to the
 * audit trail — once per signed-in session, organisation and kind of data within
 * {@link #READ_WINDOW} (a progress page polling every second is one read, not 900); API calls with
 * a bearer token have no session and are recorded each time;</li>
 * <li>everyone else is refused with {@link AccessDeniedException} (HTTP 403).</li>
 * </ul>
 */
@Component
public class OrganisationAccess {

	/** How long a secretariat read stays recorded for the same session, organisation and data. */
	static final Duration READ_WINDOW = Duration.ofMinutes(15);

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final RecentReads reads;

	OrganisationAccess(CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.currentUsers = currentUsers;
		this.events = events;
		this.reads = new RecentReads(clock, READ_WINDOW);
	}

	/**
	 * Refuses unless the caller may read {@code organisation}'s confidential {@code what} (e.g.
	 * "facilities"); records the read when the secretariat reads another organisation's data.
	 */
	public CurrentUser requireRead(OrganisationId organisation, String what) {
		CurrentUser user = currentUsers.require();
		if (user.belongsTo(organisation)) {
			return user;
		}
		if (user.isSecretariat()) {
			if (reads.firstInWindow(sessionId(), user.username(), organisation, what)) {
				events.publishEvent(new AuditableEvent("confidential.read", what, null, organisation,
						"Secretariat read " + what + " of organisation " + organisation));
			}
			return user;
		}
		throw new AccessDeniedException("Organisation " + organisation + " is not the caller's");
	}

	/** Refuses unless the caller belongs to {@code organisation} and may edit its data. */
	public CurrentUser requireWrite(OrganisationId organisation) {
		CurrentUser user = currentUsers.require();
		if (user.belongsTo(organisation) && user.mayEdit()) {
			return user;
		}
		throw new AccessDeniedException("No write access to organisation " + organisation);
	}

	/** Whether the caller may read {@code organisation}'s confidential data, without recording anything. */
	public boolean mayRead(OrganisationId organisation) {
		return currentUsers.current().map(u -> u.belongsTo(organisation) || u.isSecretariat()).orElse(false);
	}

	/** Refuses unless the caller works for the secretariat (and, if asked, is an administrator). */
	public CurrentUser requireSecretariat(boolean admin) {
		CurrentUser user = currentUsers.require();
		if (user.isSecretariat() && (!admin || user.isAdmin())) {
			return user;
		}
		throw new AccessDeniedException("Secretariat only");
	}

	/** The id of the request's existing HTTP session, or null (none is created). */
	private static String sessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

	/**
	 * Remembers, per session, which secretariat reads were recorded recently. In memory of one
	 * instance: behind a load balancer a read may be recorded once per instance, never less.
	 */
	static final class RecentReads {

		private static final int LIMIT = 10_000;

		private final Clock clock;

		private final Duration window;

		private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

		RecentReads(Clock clock, Duration window) {
			this.clock = clock;
			this.window = window;
		}

		/** Whether this read is to be recorded: no session, or the first in the window. */
		boolean firstInWindow(String sessionId, String username, OrganisationId organisation, String what) {
			if (sessionId == null) {
				return true;
			}
			Instant now = clock.instant();
			if (recorded.size() > LIMIT) {
				recorded.values().removeIf(at -> !at.plus(window).isAfter(now));
			}
			String key = sessionId + '\n' + username + '\n' + organisation + '\n' + what;
			boolean[] first = { false };
			recorded.compute(key, (k, at) -> {
				if (at == null || !at.plus(window).isAfter(now)) {
					first[0] = true;
					return now;
				}
				return at;
			});
			return first[0];
		}

	}

}
