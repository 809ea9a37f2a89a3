package com.partnerportal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian Chromium and its chromedriver, started headless with a fresh profile. The
 * paths are given explicitly so that Selenium never tries to download a browser or a
 * driver.
 */
final class Chromium {

	static final Path BROWSER = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/**
	 * Used by {@code @EnabledIf}: browser tests run where Chromium is installed and are
	 * reported as skipped, with the reason, where it is not. {@code .ci/run} installs it
	 * and fails if any was skipped.
	 * @return whether both the browser and its driver are installed
	 */
	static boolean isInstalled() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--user-data-dir=" + freshProfile());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static String freshProfile() {
		try {
			File profile = Files.createTempDirectory("portal-chromium-").toFile();
			profile.deleteOnExit();
			return profile.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
