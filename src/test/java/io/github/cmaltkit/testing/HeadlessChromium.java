package io.github.cmaltkit.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven by its chromedriver, for the browser tests: one place for where they are,
 * how a missing browser is reported (a skip on a developer's machine, a failure in CI) and how it starts.
 */
public final class HeadlessChromium implements AutoCloseable {

    // Debian's paths. The properties exist only to try the missing-browser branch (skip, or fail when CI=true).
    public static final Path CHROMIUM = Path.of(System.getProperty("cmalt.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("cmalt.chromedriver", "/usr/bin/chromedriver"));

    /** Held so the level sticks: Selenium warns that it has no CDP for this Chromium, which the tests never use. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts the browser with a fresh profile folder made under {@code profiles} (no state from an
     * earlier run can hide or cause a result), after {@link Prerequisites#require} has asked for it.
     */
    public static HeadlessChromium start(Path profiles) throws IOException {
        Prerequisites.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (Debian: apt-get install -y chromium chromium-driver)");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Files.createDirectories(profiles);
        Path profile = Files.createTempDirectory(profiles, "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        // An explicit driver path: Selenium Manager (which would download a driver) is never started.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new HeadlessChromium(service, new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
