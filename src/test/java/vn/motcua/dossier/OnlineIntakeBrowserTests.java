package vn.motcua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.motcua.TestDatabase;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.Role;
import vn.motcua.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk receives a dossier submitted on the public-service portal (issue 10) in headless Chromium: the home page
 * counts it, the list shows it, the check page shows the applicant, the portal's documents and file, the procedure's
 * checklist ticked where the names match; receiving it leads to the dossier with its code. axe-core finds no WCAG 2.1
 * A/AA violation on the check page. Screenshots {@code online-*.png} in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
class OnlineIntakeBrowserTests {

	static HeadlessChromium browser;

	static ChromeDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OnlineDossiers online;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start();
		driver = browser.driver();
		driver.manage().window().setSize(new Dimension(1280, 900));
		wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aClerkChecksAndReceivesAnOnlineSubmission() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		CurrentUser portal = fixtures.user(office.commune(), Role.PORTAL);
		String number = OrganisationFixtures.uniqueCode("G22.99-");
		// the applicant typed the first name without diacritics; the second is not one the procedure asks for
		online.submit(portal, new OnlineSubmission(number, office.commune().code(), office.procedure().code(),
				Instant.now().minusSeconds(3600), Applicant.Kind.PERSON, "Phạm Thị Lan", "001195012345", null,
				"0912345678", "lan@example.vn", "Thôn Bắc", "Đăng ký khai sinh cho con thứ hai",
				List.of(new OnlineSubmission.Document("to khai dang ky khai sinh", "to-khai.pdf",
						"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
						new OnlineSubmission.Document("Ảnh chụp sổ hộ khẩu", null, null))));

		logIn(office.clerk().username());
		WebElement waiting = driver.findElement(By.id("online-waiting"));
		assertThat(waiting.getText()).contains("Nộp trực tuyến chờ kiểm tra").contains("1");
		browser.screenshot("online-a-home");
		waiting.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("online-dossiers")));
		assertThat(driver.findElement(By.id("online-dossiers")).getText()).contains(number).contains("Phạm Thị Lan");
		browser.screenshot("online-b-list");

		driver.findElement(By.linkText(number)).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
		assertThat(driver.findElement(By.id("dossier-status")).getText()).isEqualTo("Nộp trực tuyến – chờ kiểm tra");
		assertThat(driver.findElement(By.id("portal-documents")).getText()).contains("Ảnh chụp sổ hộ khẩu");
		assertThat(driver.findElement(By.id("portal-files")).getText()).contains("to-khai.pdf");
		// the procedure's checklist: ticked where the portal sent the same document, the clerk decides the rest
		assertThat(driver.findElement(By.id("doc-1")).isSelected()).isTrue();
		assertThat(driver.findElement(By.id("doc-2")).isSelected()).isFalse();
		assertThat(driver.findElement(By.id("appointment")).getText()).startsWith("Ngày hẹn trả kết quả");
		accessible();
		browser.screenshot("online-c-check");

		driver.findElement(By.cssSelector("label[for=doc-2]")).click();
		WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(By.id("accept-submit")).click();
		wait.until(HeadlessChromium.gone(page));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-code")));
		assertThat(driver.findElement(By.id("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
		assertThat(driver.findElement(By.id("dossier-code")).getText()).matches(".+-\\d{6}-\\d{4}");
		assertThat(driver.findElement(By.id("receipt-link")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains("Nộp trực tuyến qua cổng")
			.contains(number);
		browser.screenshot("online-d-received");
		assertThat(online.countWaiting(office.clerk())).isZero();
	}

	private void logIn(String username) {
		driver.get("http://localhost:" + port + "/login");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist")));
	}

	/** axe-core, WCAG 2.0/2.1 A and AA on the check page. */
	private void accessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		String violations = results.getViolations()
			.stream()
			.map(rule -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		System.out.printf("axe online check page: %d rules passed, %d violations%n", results.getPasses().size(),
				results.getViolations().size());
		assertThat(results.getViolations()).as("axe violations:%n%s", violations).isEmpty();
	}

}
