package org.imvo.platform.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.NewUser;
import org.imvo.platform.identity.OrganisationAccess;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.imvo.platform.identity.UserSummary;
import org.imvo.platform.shared.Ids;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations and users. Names and types of organisations are public knowledge in a covenant;
 * the user list of an organisation is visible to that organisation and the secretariat; only
 * secretariat administrators create and change.
 */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	private final Organisations organisations;

	private final OrganisationAccess access;

	private final CurrentUsers currentUsers;

	OrganisationApiController(Organisations organisations, OrganisationAccess access, CurrentUsers currentUsers) {
		this.organisations = organisations;
		this.access = access;
		this.currentUsers = currentUsers;
	}

	record OrganisationView(String id, String name, String type, String country, String website, boolean active) {
		static OrganisationView of(OrganisationSummary o) {
			return new OrganisationView(o.id().toString(), o.name(), o.type().name(), o.country(), o.website(),
					o.active());
		}
	}

	record UserView(String id, String username, String displayName, String organisationId, List<String> roles,
			boolean enabled) {
		static UserView of(UserSummary u) {
			return new UserView(u.id().toString(), u.username(), u.displayName(), u.organisationId().toString(),
					u.roles().stream().map(Enum::name).sorted().toList(), u.enabled());
		}
	}

	record OrganisationUpdate(@NotNull @Valid NewOrganisation organisation, boolean active) {
	}

	record UserCreate(@NotBlank String username, @NotBlank String displayName, @NotBlank String password,
			@NotEmpty Set<Role> roles) {
	}

	record UserUpdate(@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles, boolean enabled) {
	}

	/** All organisations for the secretariat; one's own organisation for everyone else. */
	@GetMapping
	List<OrganisationView> list() {
		CurrentUser user = currentUsers.require();
		if (user.isSecretariat()) {
			return organisations.all().stream().map(OrganisationView::of).toList();
		}
		return List.of(OrganisationView.of(organisations.get(user.organisationId())));
	}

	@PostMapping
	ResponseEntity<OrganisationView> create(@Valid @RequestBody NewOrganisation body) {
		access.requireSecretariat(true);
		OrganisationSummary created = organisations.create(body);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
			.body(OrganisationView.of(created));
	}

	@GetMapping("/{orgId}")
	OrganisationView get(@PathVariable String orgId) {
		// read access is checked for every {orgId} route by OrganisationScopeInterceptor
		return OrganisationView.of(organisations.get(OrganisationId.parse(orgId)));
	}

	@PutMapping("/{orgId}")
	OrganisationView update(@PathVariable String orgId, @Valid @RequestBody OrganisationUpdate body) {
		access.requireSecretariat(true);
		return OrganisationView.of(organisations.update(OrganisationId.parse(orgId), body.organisation(), body.active()));
	}

	@GetMapping("/{orgId}/users")
	List<UserView> users(@PathVariable String orgId) {
		OrganisationId id = OrganisationId.parse(orgId);
		organisations.get(id);
		return organisations.users(id).stream().map(UserView::of).toList();
	}

	@PostMapping("/{orgId}/users")
	ResponseEntity<UserView> createUser(@PathVariable String orgId, @Valid @RequestBody UserCreate body) {
		access.requireSecretariat(true);
		UserSummary user = organisations.createUser(
				new NewUser(orgId, body.username(), body.displayName(), body.password(), body.roles()));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/users/" + user.id()))
			.body(UserView.of(user));
	}

	@PutMapping("/{orgId}/users/{userId}")
	UserView updateUser(@PathVariable String orgId, @PathVariable String userId, @Valid @RequestBody UserUpdate body) {
		access.requireSecretariat(true);
		UUID id = Ids.parse(userId, "user");
		UserSummary user = organisations.user(id);
		if (!user.organisationId().equals(OrganisationId.parse(orgId))) {
			throw new org.imvo.platform.shared.NotFoundException("user", userId);
		}
		return UserView.of(organisations.updateUser(id, body.displayName(), body.roles(), body.enabled()));
	}

}
