package org.imvo.platform.identity.web;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model, for the navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final CurrentUsers currentUsers;

	CurrentUserAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return currentUsers.current().orElse(null);
	}

}
