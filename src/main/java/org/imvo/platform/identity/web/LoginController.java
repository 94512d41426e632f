package org.imvo.platform.identity.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo logins. */
@Controller
class LoginController {

	static final List<String> DEMO_LOGINS = List.of("secretariat@demo", "company-a@demo", "company-b@demo",
			"union@demo", "ngo@demo", "committee@demo");

	private final boolean demo;

	LoginController(@Value("${imvo.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		model.addAttribute("demoLogins", DEMO_LOGINS);
		return "identity/login";
	}

}
