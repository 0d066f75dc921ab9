package be.lokaalcirculair.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.practice.PracticeImageUploadTestsSupport;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.support.Environment;
import be.lokaalcirculair.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of a new member, in the browser as a new user would go it: register,
 * verify the address from the outbox, ask to join Mechelen, be approved, submit a fiche
 * with an image, see an editor take it into review and ask for a change, fix it (and see
 * the change in the fiche's history), see it published and find it with the search.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewMemberJourneyTests {

	static final String EMAIL = "nieuw.lid@example.org", PASSWORD = "mijn-eigen-wachtwoord",
			EDITOR = "journey.editor@example.org";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MailOutbox outbox;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Environment.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("lc-journey"),
				"--window-size=1280,900");
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(Environment.chromedriver().toFile()).build(),
				options);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aNewMemberGetsAFichePublished() throws Exception {
		AccountFixtures.create(this.context, EDITOR, Role.EDITOR, null);

		open("/registreren");
		type("displayName", "Nieuw Lid");
		type("email", EMAIL);
		type("password", PASSWORD);
		type("passwordRepeat", PASSWORD);
		submit("form.form button[type=submit]");
		waitFor("/registreren/verstuurd");

		open("/registreren/bevestigen?token=" + token());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("bevestigd");

		logIn(EMAIL, PASSWORD);
		open("/account?naam=Mechelen");
		click(By.xpath("//form[contains(., 'Mechelen') and contains(@action, '/account/organisatie')]//button"));
		assertThat(this.browser.getPageSource()).contains("Uw aanvraag is verstuurd");
		logOut();

		logIn(EDITOR, AccountFixtures.PASSWORD);
		open("/beheer/lidmaatschappen");
		click(By.xpath("//tr[contains(., 'Nieuw Lid')]//button[@value='goedkeuren']"));
		assertThat(this.browser.getPageSource()).contains("goedgekeurd");
		logOut();

		logIn(EMAIL, PASSWORD);
		open("/mijn-praktijken/nieuw");
		type("title", "Deelfietsen uit gevonden fietsen in Mechelen");
		type("summary", "Achtergelaten fietsen worden opgeknapt en als deelfiets uitgeleend.");
		type("description", "De **fietsherstellers** van de sociale werkplaats knappen ze op.");
		this.browser.findElement(By.id("theme-mobiliteit")).click();
		submit("button[value=bewaren]");
		waitFor("/mijn-praktijken/");
		Path image = Files.createTempFile("fiets", ".png");
		Files.write(image, PracticeImageUploadTestsSupport.png());
		this.browser.findElement(By.id("bestand")).sendKeys(image.toString());
		type("alt", "Een rij opgeknapte fietsen voor het station");
		submit("form.upload button[type=submit]");
		assertThat(this.browser.getPageSource()).contains("Het beeld is toegevoegd");
		assertThat(this.browser.findElement(By.cssSelector(".gallery img")).getAttribute("alt"))
			.isEqualTo("Een rij opgeknapte fietsen voor het station");
		String fiche = this.browser.getCurrentUrl();
		click(By.linkText("Bewerken"));
		submit("button[value=indienen]");
		assertThat(this.browser.getPageSource()).contains("ingediend");
		logOut();

		logIn(EDITOR, AccountFixtures.PASSWORD);
		open("/beheer/moderatie");
		click(By.linkText("Deelfietsen uit gevonden fietsen in Mechelen"));
		submit("button[value=beoordelen]");
		assertThat(this.browser.getPageSource()).contains("U beoordeelt deze praktijk nu");
		assertThat(this.outbox.to(EMAIL)).extracting(OutboxMail::getSubject)
			.anyMatch((subject) -> subject.contains("wordt beoordeeld"));
		open("/beheer/moderatie?mij=ja");
		assertThat(this.browser.findElement(By.cssSelector("table")).getText())
			.contains("Deelfietsen uit gevonden fietsen in Mechelen");
		click(By.linkText("Deelfietsen uit gevonden fietsen in Mechelen"));
		type("opmerking", "Vermeld hoeveel fietsen er al uitgeleend werden.");
		submit("button[value=wijzigingen]");
		logOut();

		logIn(EMAIL, PASSWORD);
		this.browser.get(fiche);
		assertThat(this.browser.getPageSource()).contains("Vermeld hoeveel fietsen");
		click(By.linkText("Bewerken"));
		type("results", "Uitgeleende deelfietsen | 140 | fietsen | 2025");
		submit("button[value=indienen]");
		this.browser.get(fiche + "/geschiedenis");
		assertThat(this.browser.getPageSource()).contains("Beoordeling gestart", "Wijzigingen gevraagd");
		click(By.partialLinkText("vergelijken"));
		assertThat(this.browser.findElement(By.cssSelector(".diff ins")).getText()).contains("Uitgeleende deelfietsen");
		logOut();

		logIn(EDITOR, AccountFixtures.PASSWORD);
		this.browser.get(fiche);
		submit("button[value=publiceren]");
		assertThat(this.browser.getPageSource()).contains("gepubliceerd");
		logOut();

		open("/praktijken?q=deelfietsen+gevonden");
		assertThat(this.browser.findElement(By.cssSelector(".card-list")).getText())
			.contains("Deelfietsen uit gevonden fietsen in Mechelen");
	}

	private void logIn(String email, String password) {
		open("/aanmelden");
		type("email", email);
		type("password", password);
		submit("form.form button[type=submit]");
		waitFor("/account");
	}

	private void logOut() {
		submit("form[action='/afmelden'] button");
		waitFor("afgemeld");
	}

	private String token() {
		for (OutboxMail mail : this.outbox.to(EMAIL)) {
			Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("no verification mail");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By by) {
		String before = this.browser.getCurrentUrl();
		WebElement element = this.browser.findElement(by);
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().equals(before) || isStale(element));
	}

	private void submit(String selector) {
		click(By.cssSelector(selector));
	}

	private void waitFor(String urlPart) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains(urlPart));
	}

	private static boolean isStale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			// stale, or the page is being replaced: either way the click led somewhere
			return true;
		}
	}

}
