package org.imvo.platform.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.NewOrganisation;
import org.imvo.platform.identity.NewUser;
import org.imvo.platform.identity.OrganisationAccess;
import org.imvo.platform.identity.OrganisationSummary;
import org.imvo.platform.identity.OrganisationType;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.Role;
import org.imvo.platform.identity.UserSummary;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.Ids;
import org.imvo.platform.shared.NotFoundException;
import org.imvo.platform.shared.OrganisationId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/organisations}: the secretariat manages organisations and their user accounts.
 * Every secretariat user may look; only secretariat administrators may change. (Routes with
 * {@code {orgId}} are also guarded by the organisation-scope interceptor, which lets the
 * secretariat through; the secretariat checks here are what keeps members out.)
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

	private final Organisations organisations;

	private final OrganisationAccess access;

	OrganisationAdminController(Organisations organisations, OrganisationAccess access) {
		this.organisations = organisations;
		this.access = access;
	}

	/*
	 * Roles arrive as text and are checked against the roles this organisation may give (checkRoles):
	 * an unknown name is then a message on the form, not a failed binding that loses the whole form.
	 */

	/** Form: a new user account in an organisation. */
	record UserForm(@NotBlank @Size(max = 200) @Email(regexp = ".+@.+") String username,
			@NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(min = 12, max = 200, message = "{validation.password}") String password,
			@NotEmpty Set<String> roles) {

		static UserForm empty() {
			return new UserForm("", "", "", Set.of(Role.EDITOR.name()));
		}

	}

	/** Form: a user's name, roles and whether the account may sign in. */
	record UserEdit(@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<String> roles, boolean enabled) {

		static UserEdit of(UserSummary user) {
			return new UserEdit(user.displayName(), Set.copyOf(names(user.roles())), user.enabled());
		}

	}

	/** Form: a new password set by an administrator. */
	record PasswordReset(@NotBlank @Size(min = 12, max = 200, message = "{validation.password}") String password) {
	}

	// --- the list ---

	@GetMapping
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String q, Model model,
			Locale locale) {
		access.requireSecretariat(false);
		OrganisationType filter = parseType(type);
		String search = q == null ? "" : q.strip();
		model.addAttribute("filterType", filter);
		model.addAttribute("q", search);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("rows", organisations.search(filter, search));
		model.addAttribute("countryNames", Countries.names(locale, null));
		return "identity/admin/organisations";
	}

	// --- a new organisation ---

	@GetMapping("/new")
	String newOrganisation(Model model, Locale locale) {
		access.requireSecretariat(true);
		model.addAttribute("newOrganisation", new NewOrganisation("", null, "", ""));
		return newOrganisationPage(model, locale, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newOrganisation") NewOrganisation form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		access.requireSecretariat(true);
		if (!binding.hasErrors()) {
			try {
				OrganisationSummary created = organisations.create(form);
				redirect.addFlashAttribute("flash", "orgs.created");
				return redirectTo(created.id());
			}
			catch (BusinessRuleException ex) {
				binding.rejectValue("name", ex.code(), ex.getMessage());
			}
		}
		return newOrganisationPage(model, locale, form == null ? null : form.country());
	}

	private String newOrganisationPage(Model model, Locale locale, String country) {
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries", Countries.names(locale, country));
		return "identity/admin/organisation-new";
	}

	// --- one organisation ---

	@GetMapping("/{orgId}")
	String show(@PathVariable String orgId, Model model, Locale locale) {
		access.requireSecretariat(false);
		return detailPage(model, organisation(orgId), locale);
	}

	@PostMapping("/{orgId}")
	String update(@PathVariable String orgId, @Valid @ModelAttribute("organisationForm") NewOrganisation form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		access.requireSecretariat(true);
		OrganisationSummary organisation = organisation(orgId);
		if (!binding.hasErrors()) {
			try {
				organisations.update(organisation.id(), form, organisation.active());
				redirect.addFlashAttribute("flash", "org.saved");
				return redirectTo(organisation.id());
			}
			catch (BusinessRuleException ex) {
				switch (ex.code()) {
					case "organisation.name-taken" -> binding.rejectValue("name", ex.code(), ex.getMessage());
					case "organisation.type-has-administrators" -> binding.rejectValue("type", ex.code(), ex.getMessage());
					default -> binding.reject(ex.code(), ex.getMessage());
				}
			}
		}
		return detailPage(model, organisation, locale);
	}

	/** Deactivates (its users can no longer sign in) or reactivates an organisation. */
	@PostMapping("/{orgId}/status")
	String status(@PathVariable String orgId, @RequestParam boolean active, RedirectAttributes redirect) {
		access.requireSecretariat(true);
		OrganisationSummary organisation = organisation(orgId);
		try {
			organisations.update(organisation.id(), NewOrganisation.of(organisation), active);
			redirect.addFlashAttribute("flash", active ? "org.reactivated" : "org.deactivated");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return redirectTo(organisation.id());
	}

	@PostMapping("/{orgId}/users")
	String addUser(@PathVariable String orgId, @Valid @ModelAttribute("newUser") UserForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		access.requireSecretariat(true);
		OrganisationSummary organisation = organisation(orgId);
		Set<Role> roles = checkRoles(form.roles(), organisation.type(), binding);
		if (!binding.hasErrors()) {
			try {
				organisations.createUser(new NewUser(organisation.id().toString(), form.username(), form.displayName(),
						form.password(), roles));
				redirect.addFlashAttribute("flash", "user.created");
				return redirectTo(organisation.id());
			}
			catch (BusinessRuleException ex) {
				binding.rejectValue("username", ex.code(), ex.getMessage());
			}
		}
		return detailPage(model, organisation, locale);
	}

	private String detailPage(Model model, OrganisationSummary organisation, Locale locale) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("users", organisations.users(organisation.id()));
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("assignableRoles", assignableRoles(organisation.type()));
		model.addAttribute("countryName", Countries.name(organisation.country(), locale));
		if (!model.containsAttribute("organisationForm")) {
			model.addAttribute("organisationForm", NewOrganisation.of(organisation));
		}
		if (!model.containsAttribute("newUser")) {
			model.addAttribute("newUser", UserForm.empty());
		}
		Object form = model.getAttribute("organisationForm");
		String country = form instanceof NewOrganisation edited ? edited.country() : organisation.country();
		model.addAttribute("countries", Countries.names(locale, country));
		return "identity/admin/organisation";
	}

	// --- one user ---

	@GetMapping("/{orgId}/users/{userId}")
	String user(@PathVariable String orgId, @PathVariable String userId, Model model) {
		access.requireSecretariat(false);
		OrganisationSummary organisation = organisation(orgId);
		UserSummary user = userOf(organisation, userId);
		model.addAttribute("userEdit", UserEdit.of(user));
		return userPage(model, organisation, user);
	}

	@PostMapping("/{orgId}/users/{userId}")
	String updateUser(@PathVariable String orgId, @PathVariable String userId,
			@Valid @ModelAttribute("userEdit") UserEdit form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CurrentUser admin = access.requireSecretariat(true);
		OrganisationSummary organisation = organisation(orgId);
		UserSummary user = userOf(organisation, userId);
		if (form == null) {
			// a value that is not even a yes/no for "enabled": the binding result says so
			return userPage(model, organisation, user);
		}
		Set<Role> roles = checkRoles(form.roles(), organisation.type(), binding);
		if (user.id().equals(admin.userId()) && user.roles().contains(Role.ADMIN)
				&& (!form.enabled() || !roles.contains(Role.ADMIN))) {
			binding.reject("user.self-lockout");
		}
		if (!binding.hasErrors()) {
			try {
				organisations.updateUser(user.id(), form.displayName(), roles, form.enabled());
				redirect.addFlashAttribute("flash", "user.saved");
				return redirectTo(organisation.id());
			}
			catch (BusinessRuleException ex) {
				binding.reject(ex.code(), ex.getMessage());
			}
		}
		return userPage(model, organisation, user);
	}

	@PostMapping("/{orgId}/users/{userId}/password")
	String resetPassword(@PathVariable String orgId, @PathVariable String userId,
			@Valid @ModelAttribute("passwordReset") PasswordReset form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		access.requireSecretariat(true);
		OrganisationSummary organisation = organisation(orgId);
		UserSummary user = userOf(organisation, userId);
		if (binding.hasErrors()) {
			return userPage(model, organisation, user);
		}
		organisations.changePassword(user.id(), form.password());
		redirect.addFlashAttribute("flash", "user.passwordReset");
		return "redirect:/admin/organisations/" + organisation.id() + "/users/" + user.id();
	}

	private String userPage(Model model, OrganisationSummary organisation, UserSummary user) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("user", user);
		model.addAttribute("assignableRoles", assignableRoles(organisation.type()));
		if (!model.containsAttribute("userEdit")) {
			model.addAttribute("userEdit", UserEdit.of(user));
		}
		if (!model.containsAttribute("passwordReset")) {
			model.addAttribute("passwordReset", new PasswordReset(""));
		}
		return "identity/admin/user";
	}

	// --- helpers ---

	private OrganisationSummary organisation(String orgId) {
		return organisations.get(OrganisationId.parse(orgId));
	}

	private UserSummary userOf(OrganisationSummary organisation, String userId) {
		UserSummary user = organisations.user(Ids.parse(userId, "user"));
		if (!user.organisationId().equals(organisation.id())) {
			throw new NotFoundException("user", userId);
		}
		return user;
	}

	/** Administrators exist only in the secretariat; other organisations get editors and viewers. */
	static List<Role> assignableRoles(OrganisationType type) {
		return Role.ASSIGNABLE.stream()
			.filter(r -> r != Role.ADMIN || type == OrganisationType.SECRETARIAT)
			.sorted()
			.toList();
	}

	/**
	 * The roles named in a form, if this organisation may give them all; otherwise the form gets a
	 * message and the result is empty.
	 */
	private static Set<Role> checkRoles(Set<String> names, OrganisationType type, BindingResult binding) {
		if (names == null || binding.hasFieldErrors("roles")) {
			return Set.of();
		}
		List<String> allowed = names(assignableRoles(type));
		if (!allowed.containsAll(names)) {
			binding.rejectValue("roles",
					names.contains(Role.ADMIN.name()) ? "user.roles.adminOnlyInSecretariat" : "user.roles.invalid");
			return Set.of();
		}
		return names.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
	}

	private static List<String> names(java.util.Collection<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}

	private static OrganisationType parseType(String type) {
		return Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
	}

	private static String redirectTo(OrganisationId id) {
		return "redirect:/admin/organisations/" + id;
	}

}
