package vn.motcua.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real browser: Debian's headless Chromium driven by Debian's chromedriver (both installed by
 * {@code .ci/run}), against the whole application with the demo office. Every journey leaves a PNG in
 * {@code target/screenshots/} for a person to look at. Run by failsafe in {@code ./mvnw verify}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestDatabase.class)
class MainJourneyBrowserTests {

	static final Dimension PHONE = new Dimension(360, 800);

	static final Dimension TABLET = new Dimension(768, 1024);

	static final Dimension DESKTOP = new Dimension(1280, 900);

	/** Demo units (DemoData): user prefix → unit name. */
	static final Map<String, String> UNITS = new LinkedHashMap<>();

	static {
		UNITS.put("tinh", "Tỉnh An Khang");
		UNITS.put("huyen", "Huyện Bình An");
		UNITS.put("binhminh", "Xã Bình Minh");
		UNITS.put("binhphuoc", "Xã Bình Phước");
		UNITS.put("binhan", "Thị trấn Bình An");
		UNITS.put("tanlap", "Xã Tân Lập");
	}

	/** Username suffix, role, the role's name on the home page and the title DemoData puts before the unit name. */
	record DemoRole(String suffix, String role, String roleName, String title) {
	}

	static final List<DemoRole> ROLES = List.of(
			new DemoRole("quantri", "ADMIN", "Quản trị hệ thống", "Quản trị"),
			new DemoRole("motcua", "RECEPTION_CLERK", "Cán bộ một cửa", "Cán bộ một cửa"),
			new DemoRole("chuyenvien", "SPECIALIST", "Chuyên viên xử lý", "Chuyên viên"),
			new DemoRole("lanhdao", "LEADER", "Lãnh đạo phê duyệt", "Lãnh đạo"),
			new DemoRole("thongke", "STATISTICS", "Theo dõi thống kê", "Cán bộ thống kê"));

	static ChromeDriver driver;

	static WebDriverWait wait;

	static HeadlessChromium browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start();
		driver = browser.driver();
		// short polling: the default 500 ms would double the time of the 30 logins
		wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	/** Every journey starts logged out, in Vietnamese, at desktop size. */
	@BeforeEach
	void freshSession() {
		driver.manage().window().setSize(DESKTOP);
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		driver.get("about:blank"); // no form left whose CSRF token belongs to the old session
	}

	@Test
	void loginPageIsVietnameseOnPhoneAndDesktop() {
		for (Dimension size : List.of(PHONE, DESKTOP)) {
			driver.manage().window().setSize(size);
			driver.get(url("/login"));
			WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
			assertThat(heading.getText()).isEqualTo("Đăng nhập");
			assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
			assertThat(driver.getTitle()).startsWith("Đăng nhập");
			assertThat(labelFor("username").getText()).isEqualTo("Tên đăng nhập");
			assertThat(labelFor("password").getText()).isEqualTo("Mật khẩu");
			assertThat(driver.findElement(By.id("username")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("password")).isDisplayed()).isTrue();
			WebElement submit = driver.findElement(By.cssSelector("form button[type=submit]"));
			assertThat(submit.getText()).isEqualTo("Đăng nhập");
			assertThat(submit.isDisplayed()).isTrue();
			assertNothingCutOff();
			screenshot("a-login-" + size.getWidth() + "x" + size.getHeight());
		}
	}

	@Test
	void everyDemoUserLogsInAndSeesTheirRole() {
		for (Map.Entry<String, String> unit : UNITS.entrySet()) {
			for (DemoRole role : ROLES) {
				String username = unit.getKey() + "." + role.suffix();
				logIn(username);
				assertThat(driver.findElement(By.tagName("h1")).getText()).as(username)
					.isEqualTo("Xin chào, " + role.title() + " " + unit.getValue());
				WebElement card = driver.findElement(By.cssSelector("section.card[data-role=" + role.role() + "]"));
				assertThat(card.findElement(By.tagName("h2")).getText()).as(username).isEqualTo(role.roleName());
				assertThat(driver.findElements(By.cssSelector("section.card[data-role]"))).as(username).hasSize(1);
				assertThat(driver.findElement(By.cssSelector("main .lead a")).getText()).as(username)
					.isEqualTo(unit.getValue());
				if (List.of("binhminh.motcua", "huyen.lanhdao", "tinh.quantri").contains(username)) {
					screenshot("b-home-" + username);
				}
				logOut();
			}
		}
	}

	@Test
	void provinceAdminManagesTheUnitTree() {
		logIn("tinh.quantri");
		driver.findElement(By.linkText("Quản lý đơn vị")).click();
		wait.until(ExpectedConditions.urlToBe(url("/admin/units")));
		WebElement tree = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-tree")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cơ cấu đơn vị");
		assertThat(tree.getText()).contains("Tỉnh An Khang", "Huyện Bình An", "Xã Bình Minh", "Xã Bình Phước",
				"Thị trấn Bình An", "Xã Tân Lập");
		screenshot("c-admin-units");
		driver.manage().window().setSize(TABLET); // the admin's full menu at the narrowest width it is expanded
		assertNothingCutOff();
		screenshot("c-admin-units-768");
		driver.manage().window().setSize(DESKTOP);

		String code = "XTN" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
		String name = "Xã Thử Nghiệm Đông Hưng " + code;
		driver.findElement(By.linkText("Thêm đơn vị")).click();
		wait.until(ExpectedConditions.urlToBe(url("/admin/units/new")));
		fillUnitForm(code, name);
		screenshot("c-unit-form-filled");
		submit();
		wait.until(ExpectedConditions.urlToBe(url("/units/" + code)));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains(name);
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Đã thêm đơn vị.");
		screenshot("c-unit-created");

		driver.get(url("/admin/units/new"));
		fillUnitForm(code + "B", "");
		submit();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#name.is-invalid ~ .invalid-feedback")));
		assertThat(error.getText()).isEqualTo("Vui lòng nhập tên đơn vị.");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thêm đơn vị");
		assertThat(driver.findElement(By.id("code")).getDomProperty("value")).isEqualTo(code + "B");
		screenshot("c-unit-form-error");
		logOut();
	}

	@Test
	void clerkCannotOpenAnotherCommuneOnPhone() {
		driver.manage().window().setSize(PHONE);
		logIn("binhminh.motcua");
		assertNothingCutOff();
		screenshot("d-home-phone-binhminh.motcua");
		driver.get(url("/units/X99102"));
		WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("Không có quyền truy cập");
		assertThat(driver.getTitle()).startsWith("Không có quyền truy cập");
		assertThat(driver.getPageSource()).doesNotContain("Xã Bình Phước");
		assertNothingCutOff();
		screenshot("d-403-phone");
		// on a phone the logout button sits in the collapsed menu
		driver.findElement(By.cssSelector("button.navbar-toggler")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[action$='/logout'] button")));
		screenshot("d-menu-open-phone");
		logOut();
	}

	@Test
	void englishIsRememberedForTheSession() {
		driver.get(url("/login?lang=en"));
		WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("Log in");
		assertThat(labelFor("username").getText()).isEqualTo("Username");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		driver.get(url("/login"));
		heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("Log in");
		assertThat(labelFor("password").getText()).isEqualTo("Password");
		screenshot("e-login-english");
		driver.findElement(By.linkText("Tiếng Việt")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Đăng nhập"));
	}

	/** Through the form; after a logout the browser is already on it. */
	private void logIn(String username) {
		if (!driver.getCurrentUrl().startsWith(url("/login"))) {
			driver.get(url("/login"));
		}
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo");
		submit();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.card[data-role]")));
	}

	private void logOut() {
		WebElement button = driver.findElement(By.cssSelector("form[action$='/logout'] button"));
		assertThat(button.getText()).isEqualTo("Đăng xuất");
		button.click();
		wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-info"))).getText())
			.isEqualTo("Bạn đã đăng xuất.");
	}

	/** Submits the main form and waits for the next page. */
	private void submit() {
		WebElement html = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(vn.motcua.web.HeadlessChromium.gone(html));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private void fillUnitForm(String code, String name) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).sendKeys(code);
		driver.findElement(By.id("name")).sendKeys(name);
		new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Xã, phường, thị trấn");
		new Select(driver.findElement(By.id("parentCode"))).selectByValue("T99");
	}

	private WebElement labelFor(String id) {
		return driver.findElement(By.cssSelector("label[for='" + id + "']"));
	}

	/** Nothing wider than the window: no sideways scrolling on a phone. */
	private void assertNothingCutOff() {
		Object overflow = driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + driver.getCurrentUrl()).isZero();
	}

	/** The whole page, not only the window. */
	private void screenshot(String name) {
		browser.screenshot(name);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
