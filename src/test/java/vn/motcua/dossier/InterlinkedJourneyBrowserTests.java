package vn.motcua.dossier;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * Một cửa liên thông in a real browser, with the demo office: the clerk of Xã Bình Minh receives a monthly social
 * allowance dossier (interlinked commune → district → commune) and transfers it; the district's clerk acknowledges it
 * and gives it to the district specialist, who processes it and submits it; the district leader approves it and
 * passes it back; the commune acknowledges it, takes the result to its desk and returns it; the citizen reads the
 * route in plain words; the district's statistician reads the reception and segment views. Screenshots {@code interlinked-*.png} in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class InterlinkedJourneyBrowserTests {

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
	void aCommuneClerkTransfersADistrictSpecialistProcessesTheCommuneReturns() {
		// 1. the commune's clerk receives the dossier: the catalogue shows its route, the page its segments
		logIn("binhminh.motcua");
		driver.get(url("/dossiers/new"));
		WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("procedure-search")));
		search.sendKeys("1.001776");
		WebElement match = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#procedure-matches .procedure-match[data-code='1.001776']")));
		click(match);
		WebElement firstDocument = wait.until(ExpectedConditions.elementToBeClickable(By.id("doc-1")));
		click(firstDocument);
		// an applicant of this test only: the browser journeys share one database, and the desk recalls by ID number
		driver.findElement(By.id("idNumber")).sendKeys("001087054321", Keys.TAB);
		driver.findElement(By.id("applicantName")).sendKeys("Trần Văn Phúc");
		driver.findElement(By.id("phone")).sendKeys("0987654321");
		driver.findElement(By.id("address")).sendKeys("Thôn Đông, xã Bình Minh");
		WebElement form = driver.findElement(By.tagName("html"));
		// Enter: the form's default button, "Tiếp nhận và in giấy hẹn" (as the desk works, keyboard first)
		driver.findElement(By.id("address")).sendKeys(Keys.ENTER);
		wait.until(HeadlessChromium.gone(form));
		wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), "Đã tiếp nhận"));
		String code = driver.findElement(By.id("dossier-code")).getText();
		assertThat(segmentUnits()).containsExactly("Xã Bình Minh", "Huyện Bình An", "Xã Bình Minh");
		assertThat(segmentStates()).containsExactly("CURRENT", "AHEAD", "AHEAD");
		assertThat(driver.findElement(By.id("route-holder")).getText()).isEqualTo("Hồ sơ đang ở Xã Bình Minh.");
		screenshot("interlinked-1-received");
		act(By.id("action-TRANSFER"), "Chuyển liên thông", "Đã chuyển liên thông");
		assertThat(driver.findElement(By.id("route-holder")).getText())
			.isEqualTo("Hồ sơ đã chuyển đến Huyện Bình An, chờ đơn vị này tiếp nhận.");
		assertThat(segmentStates()).containsExactly("DONE", "CURRENT", "AHEAD");
		assertThat(driver.findElements(By.id("action-TRANSFER"))).as("the commune no longer holds it").isEmpty();
		screenshot("interlinked-2-transferred");
		logOut();

		// 2. the district's clerk finds it among the transfers to acknowledge and gives it to the specialist
		logIn("huyen.motcua");
		WebElement toAccept = driver.findElement(By.cssSelector("#worklist a[href$='queue=TO_ACCEPT']"));
		assertThat(toAccept.getText()).contains("Chờ tiếp nhận liên thông");
		toAccept.click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Chờ tiếp nhận liên thông"));
		assertThat(driver.findElement(By.id("dossiers")).getText()).contains("đang ở Huyện Bình An");
		screenshot("interlinked-3-district-worklist");
		driver.findElement(By.linkText(code)).click();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-code"), code));
		new Select(driver.findElement(By.id("accept-specialist"))).selectByValue("huyen.chuyenvien");
		act(By.id("action-ACCEPT_TRANSFER"), "Tiếp nhận hồ sơ liên thông", "Đang xử lý");
		logOut();

		// 3. the district specialist processes it
		logIn("huyen.chuyenvien");
		driver.findElement(By.linkText("Hồ sơ")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hồ sơ tôi xử lý"));
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-code"), code));
		driver.findElement(By.id("note-SUBMIT")).sendKeys("Đủ điều kiện hưởng trợ cấp, dự thảo quyết định");
		act(By.id("action-SUBMIT"), "Trình phê duyệt", "Chờ phê duyệt");
		screenshot("interlinked-4-district-processed");
		logOut();

		// 4. the district leader decides and passes it back to the commune
		logIn("huyen.lanhdao");
		driver.get(url("/dossiers/" + code));
		act(By.id("action-APPROVE"), "Phê duyệt", "Đã phê duyệt");
		assertThat(driver.findElements(By.id("action-RESULT_READY"))).as("the result goes back to the commune").isEmpty();
		act(By.id("action-TRANSFER"), "Chuyển liên thông", "Đã chuyển liên thông");
		assertThat(segmentStates()).containsExactly("DONE", "DONE", "CURRENT");
		logOut();

		// 5. the commune acknowledges it, takes the result to its desk and returns it
		logIn("binhminh.motcua");
		driver.get(url("/dossiers?queue=TO_ACCEPT"));
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-code"), code));
		act(By.id("action-ACCEPT_TRANSFER"), "Tiếp nhận hồ sơ liên thông", "Đã phê duyệt");
		act(By.id("action-RESULT_READY"), "Nhận kết quả về bộ phận một cửa", "Đã có kết quả");
		act(By.id("action-RETURN"), "Trả kết quả", "Đã trả kết quả");
		assertThat(segmentStates()).containsExactly("DONE", "DONE", "DONE");
		List<String> verdicts = driver.findElements(By.cssSelector("#segments .segment-verdict"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(verdicts).hasSize(3).allMatch(v -> v.equals("Trước hạn") || v.equals("Đúng hạn"));
		List<String> timeline = driver.findElements(By.cssSelector("ol.timeline li strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(timeline).containsExactly("Tiếp nhận hồ sơ", "Chuyển liên thông", "Tiếp nhận hồ sơ liên thông",
				"Trình phê duyệt", "Phê duyệt", "Chuyển liên thông", "Tiếp nhận hồ sơ liên thông",
				"Nhận kết quả về bộ phận một cửa", "Trả kết quả");
		screenshot("interlinked-5-returned");
		logOut();

		// 6. the citizen reads the route in plain words
		driver.get(url("/tra-cuu?ma=" + code));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("kiemTra"))).sendKeys("4321");
		WebElement lookup = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(HeadlessChromium.gone(lookup));
		String route = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("route"))).getText();
		assertThat(route).contains("Xã Bình Minh", "Huyện Bình An", "Thẩm định, Chủ tịch UBND huyện quyết định",
				"đã xong lúc");
		screenshot("interlinked-6-citizen");

		// 7. the district's statistician: received at the commune, and each unit's segments on time or late
		logIn("huyen.thongke");
		driver.get(url("/statistics/interlinked?unit=H991"));
		String reception = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reception-table"))).getText();
		assertThat(reception).contains("Xã Bình Minh", "Tổng cộng");
		assertThat(driver.findElement(By.id("segments-table")).getText()).contains("Xã Bình Minh", "Huyện Bình An");
		screenshot("interlinked-7-statistics");
		logOut();
	}

	private List<String> segmentUnits() {
		return driver.findElements(By.cssSelector("#segments tbody tr td:nth-child(2) > span:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> segmentStates() {
		return driver.findElements(By.cssSelector("#segments tbody tr"))
			.stream()
			.map(row -> row.getDomAttribute("data-state"))
			.toList();
	}

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

	/** Clicks an action's button (checking its label) and waits for the dossier to reach the status. */
	private void act(By button, String label, String status) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(button));
		assertThat(element.getText()).isEqualTo(label);
		click(element);
		wait.until(HeadlessChromium.gone(element));
		assertThat(driver.findElements(By.id("action-error"))).as("action error").isEmpty();
		wait.until(ExpectedConditions.textToBe(By.id("dossier-status"), status));
	}

	/** Scrolled to the middle of the window at once (Bootstrap scrolls smoothly: a click mid-scroll lands elsewhere). */
	private void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void screenshot(String name) {
		browser.screenshot(name);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
