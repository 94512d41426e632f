package org.imvo.platform.identity.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.identity.Organisations;
import org.imvo.platform.identity.internal.LoginThrottledException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account}: the signed-in user's own account, and changing one's password. The current
 * password is checked through the same throttled sign-in as the login form, so the form cannot be
 * used to guess it; a change revokes the user's API tokens and ends the user's other sessions.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final CurrentUsers currentUsers;

	private final Organisations organisations;

	private final AuthenticationManager authenticationManager;

	AccountController(CurrentUsers currentUsers, Organisations organisations,
			AuthenticationManager authenticationManager) {
		this.currentUsers = currentUsers;
		this.organisations = organisations;
		this.authenticationManager = authenticationManager;
	}

	/** Form: change one's own password. */
	record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
			@NotBlank @Size(min = 12, max = 200, message = "{validation.password}") String newPassword,
			@NotBlank @Size(max = 200) String confirmation) {
	}

	@GetMapping
	String account(Model model) {
		CurrentUser user = currentUsers.require();
		model.addAttribute("passwordChange", new PasswordChange("", "", ""));
		return page(model, user);
	}

	@PostMapping("/password")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChange form, BindingResult binding,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		CurrentUser user = currentUsers.require();
		if (!binding.hasFieldErrors("newPassword") && !binding.hasFieldErrors("confirmation")
				&& !Objects.equals(form.newPassword(), form.confirmation())) {
			binding.rejectValue("confirmation", "account.password.mismatch");
		}
		if (!binding.hasErrors() && form.newPassword().equals(form.currentPassword())) {
			binding.rejectValue("newPassword", "account.password.unchanged");
		}
		if (!binding.hasErrors()) {
			checkCurrentPassword(user, form.currentPassword(), request, binding);
		}
		if (binding.hasErrors()) {
			return page(model, user);
		}
		HttpSession session = request.getSession(false);
		organisations.changePassword(user.userId(), form.newPassword(), session == null ? null : session.getId());
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/account";
	}

	private void checkCurrentPassword(CurrentUser user, String password, HttpServletRequest request,
			BindingResult binding) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(user.username(), password);
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		try {
			authenticationManager.authenticate(attempt);
		}
		catch (LoginThrottledException ex) {
			binding.rejectValue("currentPassword", "login.locked");
		}
		catch (AuthenticationException ex) {
			binding.rejectValue("currentPassword", "account.password.wrong");
		}
	}

	private String page(Model model, CurrentUser user) {
		model.addAttribute("account", organisations.user(user.userId()));
		return "identity/account";
	}

}
