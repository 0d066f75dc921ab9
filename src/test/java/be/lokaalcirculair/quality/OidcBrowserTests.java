package be.lokaalcirculair.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.core.io.ClassPathResource;

import be.lokaalcirculair.support.Environment;
import be.lokaalcirculair.support.OidcPlatformTest;
import be.lokaalcirculair.support.RequiresChromium;
import be.lokaalcirculair.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login with OpenID Connect in a real browser: the button on the login page (accessible,
 * valid and readable at 320 px, in both languages, also with its messages), the issuer's
 * login form, and back on the platform, signed in.
 */
@RequiresChromium
@OidcPlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcBrowserTests {

	ChromeDriver browser;

	String axeSource;

	@BeforeAll
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Environment.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("lc-oidc"),
				"--window-size=1280,900");
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(Environment.chromedriver().toFile()).build(),
				options);
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		try (InputStream in = new ClassPathResource(PageQualityTests.AXE).getInputStream()) {
			this.axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theLoginPageWithTheIssuerIsAccessibleValidAndReflows() throws Exception {
		Files.createDirectories(PageQualityTests.SCREENSHOTS);
		for (String query : List.of("lang=nl", "lang=en", "oidc-geen-account&lang=nl", "oidc-fout&lang=en")) {
			this.browser.manage().window().setSize(new Dimension(1280, 900));
			this.browser.get(TestIssuer.platform() + "/aanmelden?" + query);
			assertThat(this.browser.findElement(By.cssSelector("a[href='/oauth2/authorization/oidc']")).getText())
				.endsWith(TestIssuer.NAME);
			assertThat(axeViolations()).as("axe-core violations (%s)", query).isEmpty();
			String html = (String) ((JavascriptExecutor) this.browser)
				.executeScript("return '<!DOCTYPE html>' + document.documentElement.outerHTML;");
			assertThat(HtmlChecker.errors(html.getBytes(StandardCharsets.UTF_8))).as("Nu errors (%s)", query).isEmpty();
			Files.write(PageQualityTests.SCREENSHOTS.resolve("login-oidc-" + query.replaceAll("\\W", "-") + ".png"),
					this.browser.getScreenshotAs(OutputType.BYTES));
			this.browser.manage().window().setSize(new Dimension(320, 800));
			Object overflow = ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("horizontal scrolling at 320 px (%s)", query)
				.isLessThanOrEqualTo(0);
		}
	}

	@Test
	void aPersonLogsInThroughTheIssuerAndLandsOnTheirAccount() {
		TestIssuer.person("in-de-browser", "browser.issuer@example.org", true, "Bram Browser");
		this.browser.manage().deleteAllCookies();
		this.browser.get(TestIssuer.platform() + "/aanmelden?lang=nl");
		this.browser.findElement(By.linkText("Aanmelden met " + TestIssuer.NAME)).click();
		waitFor(TestIssuer.uri() + "/login");
		this.browser.findElement(By.id("username")).sendKeys("in-de-browser");
		this.browser.findElement(By.id("password")).sendKeys(TestIssuer.PASSWORD);
		this.browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
		waitFor(TestIssuer.platform() + "/account");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn account");
		assertThat(this.browser.getPageSource()).contains("Bram Browser", "browser.issuer@example.org");
		// the session is the platform's own: logging out works as after a form login
		this.browser.findElement(By.cssSelector("form[action='/afmelden'] button")).click();
		waitFor("afgemeld");
		this.browser.get(TestIssuer.platform() + "/account");
		assertThat(this.browser.getCurrentUrl()).endsWith("/aanmelden");
	}

	private void waitFor(String urlPart) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> driver.getCurrentUrl().contains(urlPart));
	}

	@SuppressWarnings("unchecked")
	private List<String> axeViolations() {
		JavascriptExecutor js = this.browser;
		js.executeScript(this.axeSource);
		return (List<String>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => v.id + ': ' + v.help)))
				  .catch(e => done(['axe failed: ' + e]));
				""");
	}

}
