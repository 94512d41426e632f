package org.imvo.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A member opens its covenant, looks at the members, and reads it in Dutch. */
class CovenantBrowserTest extends BrowserTest {

	private static final String DEMO_COVENANT = "Agreement on Sustainable Garments and Textile (demo)";

	@Test
	void shouldLetACompanyOpenTheCovenantAndReadItInDutch() {
		Page page = signIn("company-a@demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("nav.covenants", ENGLISH)).setExact(true))
			.click();
		assertThat(page.locator("h1")).hasText(text("covenant.list.title", ENGLISH));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMO_COVENANT)).click();
		assertThat(page.locator("h1")).hasText(DEMO_COVENANT);
		screenshot(page, "covenant-1-overview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("covenant.section.members", ENGLISH)))
			.click();
		assertThat(page.getByText("Noordzee Apparel B.V.").first()).isVisible();
		assertThat(page.getByText("Zuiderzee Fashion Group N.V.").first()).isVisible();
		screenshot(page, "covenant-2-members");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NL").setExact(true)).click();
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(text("covenant.section.members", DUTCH)))).isVisible();
		screenshot(page, "covenant-3-members-nl");
	}

	@Test
	void shouldShowTheCovenantOnAPhone() {
		Page page = openOnPhone("/login");
		signIn(page, "union@demo");
		page.navigate(baseUrl() + "/covenants");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DEMO_COVENANT)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("covenant.section.bodies", ENGLISH)))
			.click();
		org.assertj.core.api.Assertions.assertThat(overflowsHorizontally(page)).as("bodies page scrolls sideways")
			.isFalse();
		screenshot(page, "phone-covenant-bodies");
	}

}
