package org.imvo.platform.identity.web;

import java.util.Map;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.imvo.platform.shared.web.PageModelContributor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model, for the navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice implements PageModelContributor {

	private final CurrentUsers currentUsers;

	CurrentUserAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return currentUsers.current().orElse(null);
	}

	@Override
	public void contribute(Map<String, Object> model) {
		model.put("currentUser", currentUser());
	}

}
