package vn.motcua.dossier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.TestDatabase;
import vn.motcua.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dossier of the demo commune Xã Bình Minh from the desk to the citizen, in a real browser: the clerk receives it
 * with the keyboard only, prints the receipt (read back with PDFBox), hands it to the specialist, who submits it to the
 * leader, who approves it; the clerk takes the result back to the desk and returns it. Screenshots (prefix
 * {@code dossier-}) and the receipt (PDF and PNG of page 1) are left in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class DossierJourneyBrowserTests {

	static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

	static final DateTimeFormatter PAGE_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	static HeadlessChromium browser;

	static ChromeDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start();
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
	void aBirthRegistrationFromTheDeskToTheCitizen() throws Exception {
		// 1. the clerk receives the dossier, the form by keyboard only
		logIn("binhminh.motcua");
		driver.findElement(By.linkText("Tiếp nhận hồ sơ")).click();
		wait.until(ExpectedConditions.urlToBe(url("/dossiers/new")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tiếp nhận hồ sơ");
		expectFocus("procedure-search"); // autofocus: the clerk starts typing at once
		press("dang ky khai sinh");
		WebElement first = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#procedure-matches .procedure-match")));
		assertThat(first.getDomAttribute("data-code")).isEqualTo("1.001193");
		assertThat(first.getText()).contains("Thủ tục đăng ký khai sinh");
		screenshot("dossier-1a-search");
		press(Keys.ENTER);
		expectFocus("doc-1"); // picking puts the clerk on the checklist
		String previewDue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#appointment strong")))
			.getText();
		assertThat(previewDue).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
		assertThat(driver.findElement(By.cssSelector("#procedure-panel input[name=procedureCode]")).getDomAttribute("value"))
			.isEqualTo("1.001193");

		// the fee box sits above the checklist: back up to it, record the birth registration fee as exempt
		for (String id : List.of("feeMethod", "feeReceiptNumber", "feeAmount")) {
			press(Keys.chord(Keys.SHIFT, Keys.TAB));
			expectFocus(id);
		}
		press(Keys.chord(Keys.SHIFT, Keys.TAB));
		WebElement feeRadio = focused();
		assertThat(feeRadio.getDomAttribute("name")).isEqualTo("feeStatus");
		press(feeRadio.getDomAttribute("id").equals("fee-EXEMPT") ? Keys.SPACE : Keys.ARROW_DOWN);
		wait.until(d -> d.findElement(By.id("fee-EXEMPT")).isSelected());
		for (String id : List.of("feeAmount", "feeReceiptNumber", "feeMethod", "doc-1")) {
			press(Keys.TAB);
			expectFocus(id);
		}

		// the checklist: Space ticks every document that is not optional, Tab moves on
		int ticked = 0;
		while (focused().getDomAttribute("id").startsWith("doc-")) {
			String id = focused().getDomAttribute("id");
			String label = driver.findElement(By.cssSelector("label[for='" + id + "']")).getText();
			if (!label.contains("không bắt buộc")) {
				press(Keys.SPACE);
				wait.until(d -> d.findElement(By.id(id)).isSelected());
				ticked++;
			}
			press(Keys.TAB);
		}
		assertThat(ticked).isEqualTo(3); // tờ khai, giấy chứng sinh, giấy tờ tùy thân
		assertThat(driver.findElement(By.id("doc-1")).isSelected()).isTrue();
		assertThat(driver.findElement(By.id("doc-3")).isSelected()).isFalse();

		// the channel (direct) and the kind of applicant (a person) keep their defaults
		assertThat(focused().getDomAttribute("name")).isEqualTo("channel");
		assertThat(focused().isSelected()).isTrue();
		press(Keys.TAB);
		assertThat(focused().getDomAttribute("name")).isEqualTo("applicantKind");
		press(Keys.TAB);
		expectFocus("idNumber");
		press("001195012345", Keys.TAB); // a new applicant: nothing to recall
		expectFocus("applicantName");
		// typed at once, while the recall by ID number is still on its way: its answer must not wipe the name
		press("Nguyễn Thị Hương", Keys.TAB);
		expectFocus("taxCode");
		press(Keys.TAB);
		expectFocus("phone");
		press("0912345678", Keys.TAB);
		expectFocus("email");
		press(Keys.TAB);
		expectFocus("address");
		press("Thôn Đông, xã Bình Minh");
		assertThat(value("idNumber")).isEqualTo("001195012345");
		assertThat(value("applicantName")).isEqualTo("Nguyễn Thị Hương");
		assertThat(value("phone")).isEqualTo("0912345678");
		screenshot("dossier-1b-filled");
		WebElement form = driver.findElement(By.tagName("html"));
		press(Keys.ENTER); // the form's default button: "Tiếp nhận và in giấy hẹn"
		wait.until(vn.motcua.web.HeadlessChromium.gone(form));

		// 2. the dossier page and the receipt
		wait.until(ExpectedConditions.urlContains("?moi"));
		WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier-status")));
		assertThat(status.getText()).isEqualTo("Đã tiếp nhận");
		String code = driver.findElement(By.id("dossier-code")).getText();
		assertThat(code).isNotBlank();
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isNotBlank();
		String main = driver.findElement(By.id("main")).getText();
		assertThat(main).contains("Nguyễn Thị Hương", "001195012345", "0912345678", "Thôn Đông, xã Bình Minh",
				"Thủ tục đăng ký khai sinh");
		String due = driver.findElement(By.id("due-at")).getText();
		assertThat(due).isEqualTo(previewDue);
		screenshot("dossier-2-received");
		String receipt = receiptText(code);
		assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Thị Hương",
				"Thủ tục đăng ký khai sinh", "Tờ khai đăng ký khai sinh", "Trong ngày");
		assertThat(receipt).contains(asOnTheForm(LocalDateTime.parse(due, PAGE_DATE_TIME)));

		// 3. to the specialist
		new Select(driver.findElement(By.id("specialist"))).selectByValue("binhminh.chuyenvien");
		act(By.cssSelector("form[action$='/assign'] button[type=submit]"), "Chuyển xử lý", "Đang xử lý");
		screenshot("dossier-3-assigned");
		logOut();

		// 4. the specialist finds it among their dossiers and submits it
		logIn("binhminh.chuyenvien");
		openFromList(code, "Hồ sơ tôi xử lý");
		act(By.id("action-SUBMIT"), "Trình phê duyệt", "Chờ phê duyệt");
		screenshot("dossier-4-submitted");
		logOut();

		// 5. the leader approves it
		logIn("binhminh.lanhdao");
		openFromList(code, "Chờ phê duyệt");
		act(By.id("action-APPROVE"), "Phê duyệt", "Đã phê duyệt");
		screenshot("dossier-5-approved");
		logOut();

		// 6. back at the desk, then to the citizen
		logIn("binhminh.motcua");
		driver.get(url("/dossiers/" + code));
		act(By.id("action-RESULT_READY"), "Nhận kết quả về bộ phận một cửa", "Đã có kết quả");
		act(By.id("action-RETURN"), "Trả kết quả", "Đã trả kết quả");
		List<String> timeline = driver.findElements(By.cssSelector("ol.timeline li strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(timeline).containsExactly("Tiếp nhận hồ sơ", "Chuyển xử lý", "Trình phê duyệt", "Phê duyệt",
				"Nhận kết quả về bộ phận một cửa", "Trả kết quả");
		assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains("binhminh.chuyenvien");
		assertThat(driver.findElement(By.id("actions")).getText()).doesNotContain("Trả kết quả");
		screenshot("dossier-6-returned");
		logOut();
	}

	// --- the receipt ---

	/** The receipt fetched with the browser's session, kept as PDF and page 1 as PNG; its text, spaces normalised. */
	private String receiptText(String code) throws IOException, InterruptedException {
		String href = driver.findElement(By.id("receipt-link")).getDomProperty("href");
		assertThat(href).isEqualTo(url("/dossiers/" + code + "/forms/receipt.pdf"));
		Cookie session = driver.manage().getCookieNamed("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie", "SESSION=" + session.getValue())
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		byte[] pdf = response.body();
		Files.write(SCREENSHOTS.resolve("dossier-receipt.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110),
					"png", SCREENSHOTS.resolve("dossier-receipt.png").toFile());
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** "17 giờ 00 phút, ngày 09 tháng 3 năm 2026": days and months 1–2 with a leading zero (NĐ 30/2020). */
	static String asOnTheForm(LocalDateTime at) {
		int month = at.getMonthValue();
		return "%02d giờ %02d phút, ngày %02d tháng %s năm %d".formatted(at.getHour(), at.getMinute(),
				at.getDayOfMonth(), month <= 2 ? "%02d".formatted(month) : Integer.toString(month), at.getYear());
	}

	// --- steps ---

	private void logIn(String username) {
		driver.get(url("/login"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe(url("/")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.card[data-role]")));
	}

	private void logOut() {
		driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
	}

	/** Through the menu "Hồ sơ": the user's own queue comes first and lists the dossier. */
	private void openFromList(String code, String queue) {
		driver.findElement(By.linkText("Hồ sơ")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), queue));
		WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code)));
		screenshot("dossier-list-" + queue.replace(' ', '-'));
		link.click();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-code"), code));
	}

	/** Clicks an action's button (checking its label) and waits for the dossier to reach the status. */
	private void act(By button, String label, String status) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(button));
		assertThat(element.getText()).isEqualTo(label);
		element.click();
		wait.until(vn.motcua.web.HeadlessChromium.gone(element));
		assertThat(driver.findElements(By.id("action-error"))).as("action error").isEmpty();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), status));
	}

	// --- keyboard ---

	private WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Keys to whatever has the focus, as a person at the desk would type them. */
	private void press(CharSequence... keys) {
		focused().sendKeys(keys);
	}

	private void expectFocus(String id) {
		new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
			.ignoring(StaleElementReferenceException.class) // the focused element may just have been swapped
			.withMessage(() -> "focus on #" + id + ", not #" + focused().getDomAttribute("id"))
			.until(d -> id.equals(focused().getDomAttribute("id")));
	}

	private String value(String id) {
		return driver.findElement(By.id(id)).getDomProperty("value");
	}

	private void screenshot(String name) {
		browser.screenshot(name);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
