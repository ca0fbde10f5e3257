package vn.motcua.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (both installed by {@code .ci/run}; nothing is ever
 * downloaded), with a throw-away profile, for the browser journeys. Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** An English office browser at 1280×900: MotCua must still answer in Vietnamese unless asked otherwise. */
	/**
	 * Waits until {@code element} has left the page (the browser navigated). Selenium's {@code stalenessOf} lets
	 * Chromium's "node does not belong to the document" error through when the check falls mid-navigation; any
	 * such error means the element is gone, which is what is waited for.
	 */
	public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(org.openqa.selenium.WebElement element) {
		return driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return true;
			}
		};
	}

	public static HeadlessChromium start() throws IOException {
		return start(new ChromeOptions());
	}

	/**
	 * A phone: the CSS viewport is {@code width}×{@code height} (a headless window cannot be narrower than 500 px, so
	 * Chrome's mobile emulation sets the device metrics; touch on, device pixel ratio 2). Otherwise like {@link #start()}.
	 */
	public static HeadlessChromium phone(int width, int height) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
				Map.of("width", width, "height", height, "pixelRatio", 2.0, "mobile", true, "touch", true)));
		return start(options);
	}

	private static HeadlessChromium start(ChromeOptions options) throws IOException {
		for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(Path.of(binary))) {
				throw new IllegalStateException(binary + " is missing: install Debian's chromium and chromium-driver "
						+ "(.ci/run does). Nothing is ever downloaded by the tests.");
			}
		}
		// Both paths are given, so Selenium Manager is skipped; should it ever run, it must not download anything.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		Files.createDirectories(SCREENSHOTS);
		Path profile = Files.createTempDirectory("motcua-chromium");
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--window-size=1280,900", "--lang=en-US",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, profile);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** The whole page, not only the window, as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			byte[] png;
			try {
				Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
				Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
				Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
				Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
						Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
				png = Base64.getDecoder().decode((String) shot.get("data"));
			}
			catch (RuntimeException ex) {
				png = driver.getScreenshotAs(OutputType.BYTES);
			}
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

}
