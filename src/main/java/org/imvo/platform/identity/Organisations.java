package org.imvo.platform.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.imvo.platform.identity.internal.UserAccountRepository;
import org.imvo.platform.identity.internal.UserSessions;
import org.imvo.platform.shared.AuditableEvent;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their users. Callers check permissions through {@link OrganisationAccess}
 * first; this facade records every change in the audit trail.
 */
@Service
@org.springframework.validation.annotation.Validated
public class Organisations {

	private final UserAccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserSessions sessions;

	Organisations(UserAccountRepository repository, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, UserSessions sessions) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		return repository.organisations();
	}

	/**
	 * The secretariat's list: organisations with their user counts, optionally of one {@code type}
	 * and with {@code nameContains} in their name (both may be null).
	 */
	@Transactional(readOnly = true)
	public List<OrganisationOverview> search(OrganisationType type, String nameContains) {
		return repository.organisationOverviews(type, nameContains);
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> find(OrganisationId id) {
		return repository.organisation(id);
	}

	@Transactional(readOnly = true)
	public OrganisationSummary get(OrganisationId id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

	@Transactional
	public OrganisationSummary create(@jakarta.validation.Valid NewOrganisation command) {
		String name = command.name().strip();
		if (repository.organisationNameTaken(name, null)) {
			throw new BusinessRuleException("organisation.name-taken", "An organisation named '" + name + "' already exists.");
		}
		OrganisationSummary organisation = new OrganisationSummary(OrganisationId.random(), name, command.type(),
				blankToNull(command.country()), blankToNull(command.website()), true, clock.instant());
		repository.insertOrganisation(organisation);
		events.publishEvent(new AuditableEvent("organisation.created", "organisation", organisation.id().toString(),
				organisation.id(), "Created " + command.type() + " '" + name + "'"));
		return organisation;
	}

	@Transactional
	public OrganisationSummary update(OrganisationId id, @jakarta.validation.Valid NewOrganisation command, boolean active) {
		OrganisationSummary current = get(id);
		String name = command.name().strip();
		if (repository.organisationNameTaken(name, id)) {
			throw new BusinessRuleException("organisation.name-taken", "An organisation named '" + name + "' already exists.");
		}
		if (current.type() == OrganisationType.SECRETARIAT && command.type() != OrganisationType.SECRETARIAT
				&& repository.users(id).stream().anyMatch(u -> u.roles().contains(Role.ADMIN))) {
			throw new BusinessRuleException("organisation.type-has-administrators",
					"This organisation has administrators; only a secretariat can. Take the administrator role away first.");
		}
		if (current.active() && !active && repository.administratorsExcept(null, id) == 0) {
			throw new BusinessRuleException("organisation.last-administrator",
					"Deactivating this organisation would leave the platform without an administrator who can sign in.");
		}
		OrganisationSummary changed = new OrganisationSummary(id, name, command.type(), blankToNull(command.country()),
				blankToNull(command.website()), active, current.createdAt());
		repository.updateOrganisation(changed);
		if (current.active() && !active) {
			repository.users(id).forEach(u -> sessions.end(u.username(), null));
		}
		events.publishEvent(new AuditableEvent("organisation.updated", "organisation", id.toString(), id,
				"Updated '" + name + "' (" + command.type() + (active ? "" : ", deactivated") + ")"));
		return changed;
	}

	@Transactional(readOnly = true)
	public List<UserSummary> users(OrganisationId organisation) {
		return repository.users(organisation);
	}

	@Transactional(readOnly = true)
	public List<UserSummary> allUsers() {
		return repository.allUsers();
	}

	@Transactional(readOnly = true)
	public UserSummary user(UUID id) {
		return repository.user(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	@Transactional(readOnly = true)
	public boolean anyUser() {
		return repository.anyUser();
	}

	@Transactional
	public UserSummary createUser(@jakarta.validation.Valid NewUser command) {
		OrganisationSummary organisation = get(OrganisationId.parse(command.organisationId()));
		Set<Role> roles = assignable(command.roles(), organisation.type());
		String username = command.username().strip().toLowerCase(Locale.ROOT);
		if (repository.findByUsername(username).isPresent()) {
			throw new BusinessRuleException("user.username-taken", "The username '" + username + "' is already in use.");
		}
		UUID id = UUID.randomUUID();
		repository.insertUser(id, organisation.id(), username, command.displayName().strip(),
				passwordEncoder.encode(command.password()), roles, clock.instant());
		events.publishEvent(new AuditableEvent("user.created", "user", id.toString(), organisation.id(),
				"Created user " + username + " with roles " + roles));
		return user(id);
	}

	@Transactional
	public UserSummary updateUser(UUID id, String displayName, Set<Role> roles, boolean enabled) {
		UserSummary user = user(id);
		OrganisationSummary organisation = get(user.organisationId());
		Set<Role> assigned = assignable(roles, organisation.type());
		boolean wasAdministrator = user.enabled() && user.roles().contains(Role.ADMIN) && organisation.active();
		boolean staysAdministrator = enabled && assigned.contains(Role.ADMIN);
		if (wasAdministrator && !staysAdministrator && repository.administratorsExcept(id, null) == 0) {
			throw new BusinessRuleException("user.last-administrator",
					"This is the last administrator who can sign in; make someone else an administrator first.");
		}
		repository.updateUser(id, displayName.strip(), assigned, enabled);
		if (user.enabled() && !enabled) {
			sessions.end(user.username(), null);
		}
		events.publishEvent(new AuditableEvent("user.updated", "user", id.toString(), user.organisationId(),
				"Updated user " + user.username() + ": roles " + assigned + (enabled ? "" : ", disabled")));
		return user(id);
	}

	/**
	 * Sets a new password (an administrator's reset); revokes the user's API tokens and ends all of
	 * the user's web sessions.
	 */
	@Transactional
	public void changePassword(UUID id, String newPassword) {
		changePassword(id, newPassword, null);
	}

	/**
	 * Sets a new password; revokes the user's API tokens and ends the user's web sessions except the
	 * one with id {@code keepSession} (the session in which users change their own password).
	 * Checking the current password is the caller's job.
	 */
	@Transactional
	public void changePassword(UUID id, String newPassword, String keepSession) {
		if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
			throw new IllegalArgumentException("A password needs at least 12 characters.");
		}
		UserSummary user = user(id);
		repository.updatePassword(id, passwordEncoder.encode(newPassword));
		sessions.end(user.username(), keepSession);
		events.publishEvent(new AuditableEvent("user.password-changed", "user", id.toString(), user.organisationId(),
				"Password changed for " + user.username()));
	}

	private static Set<Role> assignable(Set<Role> roles, OrganisationType type) {
		if (roles == null || roles.isEmpty() || !roles.stream().allMatch(Role::isAssignable)) {
			throw new IllegalArgumentException("Roles must be one or more of " + Role.ASSIGNABLE + ".");
		}
		if (roles.contains(Role.ADMIN) && type != OrganisationType.SECRETARIAT) {
			throw new IllegalArgumentException("Only secretariat users can be administrators.");
		}
		return Set.copyOf(roles);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
