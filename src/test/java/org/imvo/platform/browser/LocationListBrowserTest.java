package org.imvo.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A sustainability manager uploads a location list through the page and watches it being imported. */
class LocationListBrowserTest extends BrowserTest {

	@Test
	void shouldUploadAListAndShowTheImportedOutcomes() throws IOException {
		Path list = Files.createTempFile("locations", ".csv");
		Files.writeString(list, """
				name,address,country,product_type,tier
				Delta Knit Composite Ltd.,"Plot 12, Road 4, Tongi Industrial Area, Gazipur",Bangladesh,T-shirts,1
				Anatolia Denim Tekstil A.S.,"Organize Sanayi Bolgesi 5. Cadde No 8, Denizli",TR,Jeans,1
				Saigon River Garment Co.,"Lot C3, Tan Thuan EPZ, District 7, Ho Chi Minh City",Viet Nam,Jackets,1
				,"No address without a name",India,Shirts,1
				""", StandardCharsets.UTF_8);

		Page page = signIn("company-b@demo");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("facility.nav.locations", ENGLISH)))
			.first()
			.click();
		assertThat(page.locator("h1")).hasText(text("facility.locations.title", ENGLISH));
		screenshot(page, "locations-1-list");

		page.setInputFiles("#file", list);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("facility.upload.submit", ENGLISH)))
			.click();
		Locator status = page.locator(".badge.badge-import-DONE");
		assertThat(status).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
			.setTimeout(30_000));
		// the nameless row is rejected with its reason; the others are imported
		assertThat(page.locator(".outcome-card-REJECTED")).containsText("1");
		screenshot(page, "locations-2-import-done");
		Files.deleteIfExists(list);
	}

	@Test
	void shouldShowTheRegistryToTheSecretariatOnAPhone() {
		Page page = openOnPhone("/login");
		signIn(page, "secretariat@demo");
		page.navigate(baseUrl() + "/registry");
		assertThat(page.locator("h1")).isVisible();
		org.assertj.core.api.Assertions.assertThat(overflowsHorizontally(page)).as("registry scrolls sideways")
			.isFalse();
		screenshot(page, "phone-registry");
	}

}
