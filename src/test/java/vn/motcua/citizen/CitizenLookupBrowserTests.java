package vn.motcua.citizen;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's side on a 360×740 phone: the receipt's QR code opens the lookup with the code filled in, four digits
 * show where the returned dossier stands in plain words, and the citizen rates it. No horizontal scrolling, and axe-core
 * finds no WCAG 2.1 A/AA violation on the form, the status page and the thanks. Screenshots (prefix {@code citizen-})
 * are left in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
class CitizenLookupBrowserTests {

	static final int WIDTH = 360;

	static final int HEIGHT = 740;

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static HeadlessChromium browser;

	static ChromeDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	Dossiers dossiers;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.phone(WIDTH, HEIGHT);
		driver = browser.driver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theQrCodeLeadsToTheStatusAndTheRatingOnAPhone() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		DossierView d = dossiers.receive(office.clerk(), DossierFixtures.citizen(office.procedure().code()));
		d = dossiers.assign(office.clerk(), d.code(), d.version(), office.specialist().username(), null);
		d = dossiers.submitForApproval(office.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(office.leader(), d.code(), d.version(), null);
		d = dossiers.resultReady(office.clerk(), d.code(), d.version(), null);
		d = dossiers.returnResult(office.clerk(), d.code(), d.version(), null);
		String code = d.code();

		// 1. the QR code's address: the code is there, the cursor waits in the four digits
		driver.get("http://localhost:" + port + "/tra-cuu?ma=" + code);
		assertThat(((Number) driver.executeScript("return window.innerWidth;")).intValue()).isEqualTo(WIDTH);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tra cứu tình trạng hồ sơ");
		assertThat(driver.findElement(By.id("ma")).getDomProperty("value")).isEqualTo(code);
		assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("kiemTra");
		// a change of language keeps the code from the QR code
		driver.findElement(By.linkText("English")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check the status of a dossier");
		assertThat(driver.findElement(By.id("ma")).getDomProperty("value")).isEqualTo(code);
		driver.findElement(By.linkText("Tiếng Việt")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
		assertThat(driver.findElement(By.id("ma")).getDomProperty("value")).isEqualTo(code);
		assertNoHorizontalScrolling("lookup form");
		accessible("lookup form");
		driver.findElement(By.id("kiemTra")).sendKeys("5678");
		browser.screenshot("citizen-lookup-360");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		// the status in plain words, nothing personal
		WebElement step = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step")));
		assertThat(step.getText()).isEqualTo("Ông/bà đã nhận kết quả.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tình trạng hồ sơ");
		assertThat(driver.findElement(By.cssSelector(".facts .code")).getText()).isEqualTo(code);
		assertThat(driver.getPageSource()).contains("Đăng ký khai sinh (thử)")
			.doesNotContain("Nguyễn Thị Hương", "0912345678", "001195012345");
		assertNoHorizontalScrolling("status page");
		accessible("status page");
		browser.screenshot("citizen-status-360");

		// 2. very satisfied, with a word of thanks to the clerk
		WebElement verySatisfied = driver.findElement(By.xpath(
				"//section[@id='rating']//label[normalize-space(.)='Rất hài lòng']"));
		verySatisfied.click();
		assertThat(driver.findElement(By.cssSelector("input[name=mucDo][value=VERY_SATISFIED]")).isSelected()).isTrue();
		driver.findElement(By.id("gopY")).sendKeys("Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.");
		driver.findElement(By.cssSelector("#rating button[type=submit]")).click();
		WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rating .ok")));
		assertThat(thanks.getText()).isEqualTo("Cảm ơn ông/bà đã đánh giá.");
		assertThat(driver.findElements(By.cssSelector("#rating form"))).isEmpty();
		assertNoHorizontalScrolling("thanks");
		accessible("thanks");
		browser.screenshot("citizen-rated-360");
	}

	private void assertNoHorizontalScrolling(String page) {
		Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
		Number innerWidth = (Number) driver.executeScript("return window.innerWidth;");
		assertThat(innerWidth.intValue()).as("viewport width of the " + page).isEqualTo(WIDTH);
		assertThat(scrollWidth.intValue()).as("scroll width of the " + page).isLessThanOrEqualTo(innerWidth.intValue());
	}

	/** axe-core, WCAG 2.0/2.1 A and AA: the counts are printed for the record, violations spelled out. */
	private void accessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
		System.out.printf("axe %s (%s): %d rules passed, %d violations, %d incomplete, %d inapplicable%n", page,
				results.getUrl(), results.getPasses().size(), results.getViolations().size(),
				results.getIncomplete().size(), results.getInapplicable().size());
		if (!results.getIncomplete().isEmpty()) {
			// axe could not decide (e.g. contrast over a border or gradient): listed for a human to look at
			System.out.println("  needs review:\n" + results.getIncomplete().stream().map(CitizenLookupBrowserTests::describe)
				.collect(Collectors.joining("\n")));
		}
		String violations = results.getViolations().stream().map(CitizenLookupBrowserTests::describe)
			.collect(Collectors.joining("\n"));
		if (!violations.isEmpty()) {
			System.out.println(violations);
		}
		assertThat(results.getViolations()).as("axe violations on the %s:%n%s", page, violations).isEmpty();
	}

	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder().append("  [")
			.append(rule.getImpact())
			.append("] ")
			.append(rule.getId())
			.append(": ")
			.append(rule.getHelp())
			.append(" (")
			.append(rule.getHelpUrl())
			.append(')');
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    ").append(node.getTarget()).append("  ").append(node.getHtml());
			if (node.getFailureSummary() != null) {
				text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
			}
		}
		return text.toString();
	}

}
