package org.imvo.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for browser tests: the whole application on a random port with the demo data (one shared
 * Spring context for all subclasses), driven by the system's headless Chromium through Playwright.
 *
 * <p>
 * A subclass writes journeys with {@link #open(String)}, {@link #signIn(String)},
 * {@link #text(String, Locale)} and {@link #screenshot(String)}; {@link #openOnPhone(String)} gives
 * a phone-sized page. Each test gets fresh pages (no cookies from other tests). Like all tests on
 * the shared demo data, a journey creates what it changes.
 *
 * <p>
 * Without {@code /usr/bin/chromium} the tests are skipped, except on CI (environment variable
 * {@code CI} set), where a missing browser is an error: {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

	protected static final String PASSWORD = "demo-password";

	protected static final Locale ENGLISH = Locale.ENGLISH;

	protected static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Chromium in a container or VM: no sandbox, no GPU, and nothing that phones home. */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run");

	/** Per test class: JUnit runs the classes one after the other. */
	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("CI") != null) {
				throw new IllegalStateException(CHROMIUM + " is missing; on CI the browser tests must run "
						+ "(.ci/run installs the Debian package 'chromium').");
			}
			Assumptions.abort(CHROMIUM + " is missing: browser tests skipped (apt-get install chromium)");
		}
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close(); // closes the browser too
			playwright = null;
			browser = null;
		}
	}

	@AfterEach
	void closePages() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** A desktop-sized page (1280×900) on {@code path}, in English until the user switches. */
	protected Page open(String path) {
		return navigate(newPage(1280, 900), path);
	}

	/** A phone-sized page (390×844, touch) on {@code path}. */
	protected Page openOnPhone(String path) {
		return navigate(newPage(390, 844), path);
	}

	/** Signs in through the login form on {@code page} and waits for the start page. */
	protected void signIn(Page page, String username) {
		navigate(page, "/login");
		page.getByLabel(text("login.username", locale(page))).fill(username);
		page.getByLabel(text("login.password", locale(page))).fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text("login.submit", locale(page))))
			.click();
		page.waitForURL(url -> !url.contains("/login"));
		assertThat(page.locator("main h1")).isVisible();
	}

	/** A fresh desktop page, signed in as {@code username}. */
	protected Page signIn(String username) {
		Page page = open("/login");
		signIn(page, username);
		return page;
	}

	/** The user-visible text of a message key, as the application renders it. */
	protected String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The language the page is shown in, from {@code <html lang>}. */
	protected static Locale locale(Page page) {
		return Locale.forLanguageTag(page.locator("html").getAttribute("lang"));
	}

	/** Saves a full-page screenshot to {@code target/screenshots/<name>.png}. */
	protected static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		// a click's navigation may still be streaming the page when the first assertion passes
		page.waitForLoadState();
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/** Whether the page is wider than its viewport (content that forces sideways scrolling). */
	protected static boolean overflowsHorizontally(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	private Page navigate(Page page, String path) {
		page.navigate(baseUrl() + path);
		return page;
	}

	private Page newPage(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("en-GB")
			.setHasTouch(width < 576)
			.setIsMobile(width < 576));
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		return context.newPage();
	}

}
