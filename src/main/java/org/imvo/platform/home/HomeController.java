package org.imvo.platform.home;

import java.util.List;

import org.imvo.platform.identity.CurrentUser;
import org.imvo.platform.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: a start page per role. */
@Controller
class HomeController {

	private final CurrentUsers currentUsers;

	private final List<AttentionProvider> providers;

	HomeController(CurrentUsers currentUsers, List<AttentionProvider> providers) {
		this.currentUsers = currentUsers;
		this.providers = providers;
	}

	@GetMapping("/")
	String home(Model model) {
		var user = currentUsers.current();
		if (user.isEmpty()) {
			return "home/welcome";
		}
		CurrentUser viewer = user.get();
		List<AttentionItem> items = providers.stream().flatMap(p -> p.itemsFor(viewer).stream()).toList();
		model.addAttribute("items", items);
		return "home/dashboard";
	}

}
