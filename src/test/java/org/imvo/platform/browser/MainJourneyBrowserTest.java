package org.imvo.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The first journey of every user: language, sign-in, start page, and for the secretariat the audit trail. */
class MainJourneyBrowserTest extends BrowserTest {

	private static final Pattern OPEN = Pattern.compile("\\bshow\\b");

	@Test
	void shouldLetTheSecretariatSignInInDutchVerifyTheAuditTrailAndSignOut() {
		Page page = open("/");
		assertThat(page.locator("h1")).hasText(text("welcome.title", ENGLISH));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NL").setExact(true)).click();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("h1")).hasText(text("welcome.title", DUTCH));
		screenshot(page, "journey-1-welcome-nl");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("nav.signIn", DUTCH)))
			.first()
			.click();
		assertThat(page.locator("h1")).hasText(text("login.title", DUTCH));
		screenshot(page, "journey-2-login-nl");
		signIn(page, "secretariat@demo");
		assertThat(page.locator("h1")).hasText(text("dashboard.greeting", DUTCH, "Sanne de Vries"));
		assertThat(page.getByText(text("dashboard.role.SECRETARIAT", DUTCH))).isVisible();
		screenshot(page, "journey-3-dashboard-nl");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("nav.audit", DUTCH))).click();
		assertThat(page.locator("h1")).hasText(text("audit.title", DUTCH));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("audit.verify", DUTCH))).click();
		Locator verdict = page.locator("#verification .alert-success");
		assertThat(verdict).containsText(text("audit.intact", DUTCH));
		screenshot(page, "journey-4-audit-verified-nl");

		page.locator("nav .dropdown-toggle").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("nav.signOut", DUTCH))).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("login.loggedOut", DUTCH));
		page.navigate(baseUrl() + "/audit");
		assertThat(page.locator("h1")).hasText(text("login.title", DUTCH));
	}

	@Test
	void shouldOpenTheNavigationWithTheTogglerOnAPhone() {
		Page page = openOnPhone("/login");
		Locator toggler = page.locator(".navbar-toggler");
		Locator signInLink = page.locator("#mainNav").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(text("nav.signIn", ENGLISH)));
		assertThat(toggler).isVisible();
		assertThat(signInLink).isHidden();
		assertThat(toggler).hasAttribute("aria-expanded", "false");
		screenshot(page, "phone-1-login");

		toggler.click();
		assertThat(page.locator("#mainNav")).hasClass(OPEN); // the slide-down has finished
		assertThat(signInLink).isVisible();
		assertThat(toggler).hasAttribute("aria-expanded", "true");
		org.assertj.core.api.Assertions.assertThat(overflowsHorizontally(page)).as("sideways scrolling").isFalse();
		screenshot(page, "phone-2-menu-open");

		toggler.click();
		assertThat(signInLink).isHidden();
		assertThat(toggler).hasAttribute("aria-expanded", "false");
	}

	@Test
	void shouldFitTheSignedInPagesIntoAPhoneScreen() {
		Page page = openOnPhone("/login");
		signIn(page, "secretariat@demo");
		org.assertj.core.api.Assertions.assertThat(overflowsHorizontally(page)).as("start page scrolls sideways").isFalse();
		screenshot(page, "phone-3-dashboard");

		page.navigate(baseUrl() + "/audit");
		assertThat(page.locator("h1")).hasText(text("audit.title", ENGLISH));
		org.assertj.core.api.Assertions.assertThat(overflowsHorizontally(page)).as("audit page scrolls sideways").isFalse();
		screenshot(page, "phone-4-audit");

		page.locator(".navbar-toggler").click();
		assertThat(page.locator("#mainNav")).hasClass(OPEN);
		screenshot(page, "phone-5-menu-signed-in");
	}

}
