package org.imvo.platform.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.imvo.platform.identity.internal.FirstAdministratorSetup;
import org.imvo.platform.shared.BusinessRuleException;
import org.imvo.platform.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /setup}: creates the first secretariat administrator with the one-time token from the log. */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstAdministratorSetup setup;

	SetupController(FirstAdministratorSetup setup) {
		this.setup = setup;
	}

	record SetupForm(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 200) String organisationName,
			@NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(max = 200) @Email(regexp = ".+@.+") String username,
			@NotBlank @Size(min = 12, max = 200, message = "{validation.password}") String password) {
	}

	@GetMapping
	String form(Model model) {
		requireOpen();
		model.addAttribute("form", new SetupForm("", "Covenant secretariat", "", "", ""));
		return "identity/setup";
	}

	@PostMapping
	String complete(@Valid @ModelAttribute("form") SetupForm form, BindingResult binding) {
		requireOpen();
		if (!binding.hasErrors()) {
			try {
				setup.complete(form.token(), form.organisationName(), form.displayName(), form.username(), form.password());
				return "redirect:/login?setup";
			}
			catch (IllegalArgumentException ex) {
				// the only argument the form cannot check itself is the token
				binding.rejectValue("token", "setup.wrongToken", ex.getMessage());
			}
			catch (BusinessRuleException ex) {
				binding.reject(ex.code(), ex.getMessage());
			}
		}
		return "identity/setup";
	}

	private void requireOpen() {
		if (!setup.setupOpen()) {
			throw new NotFoundException("page", "setup");
		}
	}

}
