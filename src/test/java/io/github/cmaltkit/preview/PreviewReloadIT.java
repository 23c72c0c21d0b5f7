package io.github.cmaltkit.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: a page left open reloads itself when its file is saved, and shows the
 * change, with nobody pressing reload. (The HTTP side, byte for byte, is {@link PreviewTest}.)
 */
class PreviewReloadIT {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    Preview preview;
    HeadlessChromium browser;
    ChromeDriver driver;

    @BeforeEach
    void start() throws Exception {
        browser = HeadlessChromium.start(tmp.resolve("profiles"));
        driver = browser.driver();
        Path portfolio = tmp.resolve("portfolio");
        TestPortfolio.copy(KIT.resolve("sample-portfolio"), portfolio);
        preview = Preview.start(portfolio, KIT.resolve("templates"), tmp.resolve("work"), 0, new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (preview != null) preview.close();
    }

    @Test
    void anOpenPageReloadsItselfWhenItsFileIsSaved() throws Exception {
        Path file;
        try (Stream<Path> s = Files.list(tmp.resolve("portfolio/content"))) {
            file = s.filter(p -> p.getFileName().toString().endsWith("core-1b.md")).findFirst().orElseThrow();
        }
        String page = file.getFileName().toString().replaceFirst("\\.md$", ".html");
        driver.get(preview.url() + page);
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("reloaded-by-itself-42");
        // Set on this load of the page only: a reload forgets it.
        driver.executeScript("window.cmaltSameLoad = true;");

        Files.writeString(file, Files.readString(file) + "\nA sentence added while the page was open: reloaded-by-itself-42.\n");

        // A bound for a slow machine, not a speed requirement: the change is usually there within a second.
        // The page may be replaced between finding <main> and reading it (that is the reload): look again.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("reloaded-by-itself-42"));
        assertThat(driver.executeScript("return window.cmaltSameLoad === undefined;"))
                .as("the page was loaded again, not patched in place").isEqualTo(true);
        assertThat(driver.getCurrentUrl()).endsWith(page);
    }

}
