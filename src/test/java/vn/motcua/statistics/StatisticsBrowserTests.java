package vn.motcua.statistics;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierFixtures;
import vn.motcua.dossier.DossierFixtures.Office;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceiveForm;
import vn.motcua.organisation.CurrentUser;
import vn.motcua.organisation.OrganisationFixtures;
import vn.motcua.organisation.OrganisationUnits;
import vn.motcua.organisation.Role;
import vn.motcua.organisation.UnitKind;
import vn.motcua.organisation.UnitView;
import vn.motcua.web.HeadlessChromium;
import vn.motcua.web.MotCuaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page in headless Chromium, as a district statistician: the form by commune for March 2026, then the
 * NĐ 09/2019 month preset, then a number clicked, landing on the list of exactly that many dossiers. Screenshots
 * {@code target/screenshots/statistics-*.png}.
 */
@IntegrationTest
class StatisticsBrowserTests {

	static HeadlessChromium browser;

	static ChromeDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	DossierFixtures fixtures;

	@Autowired
	OrganisationFixtures organisation;

	@Autowired
	OrganisationUnits units;

	@Autowired
	Dossiers dossiers;

	@Autowired
	TestClock clock;

	@BeforeAll
	static void start() throws IOException {
		browser = HeadlessChromium.start();
		driver = browser.driver();
		wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
	}

	@AfterAll
	static void stop() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	static ZonedDateTime at(int month, int day, int hour) {
		return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, MotCuaTime.ZONE);
	}

	/** A district of two communes under the office's province, their dossiers in March and early April 2026. */
	private UnitView district() {
		Office office = fixtures.office(5, SupplementPolicy.PAUSE);
		UnitView province = units.find(office.commune().parentCode()).orElseThrow();
		UnitView district = organisation.unit(UnitKind.DISTRICT, province);
		UnitView a = organisation.unit(UnitKind.COMMUNE, district);
		UnitView b = organisation.unit(UnitKind.COMMUNE, district);
		String procedure = office.procedure().code();
		Commune ca = new Commune(fixtures.user(a, Role.RECEPTION_CLERK), fixtures.user(a, Role.SPECIALIST),
				fixtures.user(a, Role.LEADER));
		Commune cb = new Commune(fixtures.user(b, Role.RECEPTION_CLERK), fixtures.user(b, Role.SPECIALIST),
				fixtures.user(b, Role.LEADER));
		resolve(ca, receive(ca, procedure, Channel.DIRECT, at(2, 26, 9)), at(3, 3, 10).toInstant());
		resolve(ca, receive(ca, procedure, Channel.ONLINE, at(3, 2, 9)), at(3, 4, 10).toInstant());
		resolve(ca, receive(ca, procedure, Channel.DIRECT, at(3, 2, 10)), at(3, 12, 10).toInstant());
		receive(ca, procedure, Channel.ONLINE, at(3, 17, 9));
		receive(ca, procedure, Channel.POSTAL, at(3, 20, 9));
		DossierView d = receive(cb, procedure, Channel.ONLINE, at(3, 9, 9));
		resolve(cb, d, d.dueAt().minus(Duration.ofHours(3)));
		receive(cb, procedure, Channel.DIRECT, at(3, 24, 9));
		receive(cb, procedure, Channel.ONLINE, at(4, 2, 9));
		return district;
	}

	record Commune(CurrentUser clerk, CurrentUser specialist, CurrentUser leader) {
	}

	private DossierView receive(Commune c, String procedure, Channel channel, ZonedDateTime when) {
		clock.set(when);
		ReceiveForm f = DossierFixtures.citizen(procedure);
		return dossiers.receive(c.clerk(), new ReceiveForm(f.procedureCode(), channel, f.applicantKind(),
				f.applicantName(), f.idNumber(), f.taxCode(), f.phone(), f.email(), f.address(), f.subject(), f.note(),
				f.received(), f.feeStatus(), f.feeAmount(), f.feeReceiptNumber(), f.feeMethod()));
	}

	private void resolve(Commune c, DossierView d, Instant when) {
		clock.set(when.atZone(MotCuaTime.ZONE));
		d = dossiers.assign(c.clerk(), d.code(), d.version(), c.specialist().username(), null);
		d = dossiers.submitForApproval(c.specialist(), d.code(), d.version(), null);
		d = dossiers.approve(c.leader(), d.code(), d.version(), null);
		dossiers.resultReady(c.clerk(), d.code(), d.version(), null);
	}

	@Test
	void aDistrictStatisticianSwitchesThePeriodAndFollowsANumber() {
		UnitView district = district();
		String username = organisation.user(district, Role.STATISTICS);
		clock.set(at(4, 10, 10));
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(url("/login"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));

		// the nav link, then the form by commune for March
		WebElement nav = driver.findElement(By.cssSelector("header a[href='/statistics']"));
		assertThat(nav.getText()).isEqualTo("Thống kê");
		driver.get(url("/statistics?unit=" + district.code() + "&from=2026-03-01&to=2026-03-31&groupBy=unit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn=true]")));
		assertThat(driver.findElement(By.id("stat-heading")).getText()).contains("Từ ngày 01/03/2026 đến ngày 31/03/2026");
		assertThat(driver.findElements(By.cssSelector("#stat-table tbody tr"))).hasSize(2);
		assertThat(total("received")).isEqualTo("7");
		assertThat(driver.findElements(By.cssSelector("canvas[data-drawn=true]"))).hasSize(3);
		assertThat(driver.findElement(By.cssSelector("#stat-table tfoot td[title]")).getDomAttribute("title"))
			.isEqualTo("3 / 4");
		assertThat(driver.findElement(By.cssSelector("#stat-table tfoot td[title]")).getText()).isEqualTo("75,00%");
		assertNothingCutOff();
		browser.screenshot("statistics-march-by-commune");

		// the NĐ 09/2019 month of April: 15/03 → 14/04, counted as it stands on 10/04
		new Select(driver.findElement(By.id("preset"))).selectByValue("official-month");
		WebElement n = driver.findElement(By.id("n"));
		n.clear();
		n.sendKeys("4");
		new Select(driver.findElement(By.id("year"))).selectByValue("2026");
		WebElement html = driver.findElement(By.tagName("html"));
		driver.findElement(By.id("stat-submit")).click();
		wait.until(vn.motcua.web.HeadlessChromium.gone(html));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn=true]")));
		assertThat(driver.getCurrentUrl()).contains("from=2026-03-15").contains("to=2026-04-14")
			.contains("preset=official-month").contains("groupBy=unit");
		assertThat(driver.findElement(By.id("stat-heading")).getText()).contains("Từ ngày 15/03/2026 đến ngày 14/04/2026");
		assertThat(new Select(driver.findElement(By.id("preset"))).getFirstSelectedOption().getText())
			.isEqualTo("Tháng (NĐ 09/2019)");
		assertNothingCutOff();
		browser.screenshot("statistics-official-month");

		// a number: the in-progress total, then the list of exactly those dossiers
		String count = total("in-progress");
		assertThat(count).isEqualTo("4");
		html = driver.findElement(By.tagName("html"));
		driver.findElement(By.cssSelector("#stat-table tfoot td[data-col=in-progress] a")).click();
		wait.until(vn.motcua.web.HeadlessChromium.gone(html));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-total")));
		assertThat(driver.getCurrentUrl()).contains("/statistics/dossiers").contains("col=in-progress")
			.contains("from=2026-03-15");
		assertThat(driver.findElement(By.id("cell-total")).getDomAttribute("data-total")).isEqualTo(count);
		assertThat(driver.findElements(By.cssSelector("#cell-dossiers tbody tr"))).hasSize(4);
		assertThat(driver.findElement(By.id("cell-column")).getText()).isEqualTo("Đang giải quyết — tổng số");
		assertNothingCutOff();
		browser.screenshot("statistics-cell-list");

		// a commune's row: its number and its list agree too
		driver.navigate().back();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stat-table")));
		WebElement firstRow = driver.findElement(By.cssSelector("#stat-table tbody tr"));
		WebElement cell = firstRow.findElement(By.cssSelector("td[data-col=received] a"));
		String rowCount = cell.getText();
		html = driver.findElement(By.tagName("html"));
		cell.click();
		wait.until(vn.motcua.web.HeadlessChromium.gone(html));
		assertThat(driver.findElement(By.id("cell-total")).getDomAttribute("data-total")).isEqualTo(rowCount);
		assertThat(driver.findElements(By.cssSelector("#cell-dossiers tbody tr"))).hasSize(Integer.parseInt(rowCount));

		// a phone: the wide table scrolls inside its box, the page does not
		driver.get(url("/statistics?unit=" + district.code() + "&from=2026-03-01&to=2026-03-31&groupBy=unit"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn=true]")));
		driver.manage().window().setSize(new Dimension(500, 900));
		// Chart.js redraws its canvases after the resize (a ResizeObserver): give it that moment, then check
		try {
			wait.until(d -> ((Number) driver.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue() == 0);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// fall through: the assertion below reports the overflow that remained
		}
		assertNothingCutOff();
		browser.screenshot("statistics-narrow");
	}

	private String total(String column) {
		return driver.findElement(By.cssSelector("#stat-table tfoot td[data-col=" + column + "]")).getText();
	}

	private void assertNothingCutOff() {
		Object overflow = driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + driver.getCurrentUrl()).isZero();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
