package io.github.cmaltkit.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.cmaltkit.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page of the baked site, in Debian's
 * Chromium driven by Selenium. One browser serves every page: starting it costs far more than a page.
 */
class SiteAccessibilityIT {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static HeadlessChromium browser;
    private static ChromeDriver driver;
    /** A desktop window, and the 320 CSS px width WCAG 1.4.10 (Reflow) asks pages to fit without side-scrolling. */
    static final Dimension DESKTOP = new Dimension(1280, 1024);
    static final Dimension NARROW = new Dimension(320, 800);
    /** A common phone screen: the page's own heading must be on it before any scrolling. */
    static final Dimension PHONE = new Dimension(375, 812);
    private static Dimension currentViewport;
    private static long startNanos;
    private static long axeNanos;
    private static int pagesChecked;

    @BeforeAll
    static void startBrowser() throws Exception {
        long t0 = System.nanoTime();
        // In CI a missing browser means the accessibility test did not run: that must not pass as a skip.
        browser = HeadlessChromium.start(Path.of(System.getProperty("cmalt.test.home", "target/test-home")));
        driver = browser.driver();
        startNanos = System.nanoTime() - t0;
    }

    @TestFactory
    Stream<DynamicTest> axeFindsNoWcagViolationOnAnyPage() {
        List<Path> pages = BakedSite.htmlPages();
        assertFalse(pages.isEmpty(), "the site has no pages");
        return pages.stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> check(page)));
    }

    private static void check(Path page) {
        long t0 = System.nanoTime();
        viewport(DESKTOP);
        driver.get(page.toUri().toString());
        assertAxeFindsNoViolation(page, "");
        axeNanos += System.nanoTime() - t0;
        pagesChecked++;
    }

    /** Runs axe on the page loaded in the browser; {@code where} names the viewport in messages. */
    private static void assertAxeFindsNoViolation(Path page, String where) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        String name = BakedSite.name(page) + where;
        assertFalse(results.isErrored(), () -> "axe-core could not run on " + name + ": " + results.getErrorMessage());
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                problems.add(name + " | " + rule.getId() + " (" + rule.getImpact() + ") | " + node.getTarget()
                        + "\n    " + rule.getHelp() + " " + rule.getHelpUrl()
                        + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", "\n    "));
            }
        }
        assertTrue(problems.isEmpty(), () -> "axe-core found " + problems.size() + " WCAG A/AA violation(s):\n"
                + String.join("\n", problems));
    }

    /**
     * On a phone the layout changes (one column, tables scrolling inside themselves), so the kit's own
     * pages are checked again at 320 CSS px: no side-scrolling of the page, and no axe violation.
     */
    @TestFactory
    Stream<DynamicTest> everyKitPageReflowsAt320CssPixelsWithoutSideScrollingOrViolations() {
        return BakedSite.kitPages().stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> {
            viewport(NARROW);
            driver.get(page.toUri().toString());
            // Tables and code blocks may scroll inside themselves (a WCAG exception); the page itself must not.
            List<?> widths = (List<?>) driver.executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            long scrollWidth = ((Number) widths.get(0)).longValue();
            long clientWidth = ((Number) widths.get(1)).longValue();
            assertTrue(scrollWidth <= clientWidth, () -> BakedSite.name(page) + " scrolls sideways at 320 CSS px: content is "
                    + scrollWidth + " px wide in a " + clientWidth + " px viewport");
            assertAxeFindsNoViolation(page, " at 320 px");
        }));
    }

    /**
     * On a phone every page starts with itself: its h1 on the first screen (the contents come after
     * the text), nothing wider than the screen, chart labels at least 12 px, and an image that opens
     * a list item on its own line rather than beside its bullet.
     */
    @TestFactory
    Stream<DynamicTest> onAPhoneEveryPageStartsWithItsHeadingAndStaysReadable() {
        return BakedSite.kitPages().stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> {
            viewport(PHONE);
            driver.get(page.toUri().toString());
            String name = BakedSite.name(page);
            Object[] facts = ((List<?>) driver.executeScript(
                    "var h = document.querySelector('h1').getBoundingClientRect();"
                    + "var svgSmallest = 1000;"
                    + "document.querySelectorAll('svg.chart').forEach(function (svg) {"
                    + "  var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                    + "  svg.querySelectorAll('text').forEach(function (t) {"
                    + "    svgSmallest = Math.min(svgSmallest, parseFloat(t.getAttribute('font-size')) * scale); }); });"
                    + "var inline = [];"
                    + "document.querySelectorAll('li > img:first-child, li > p:first-child > img:first-child').forEach(function (img) {"
                    + "  if (getComputedStyle(img).display !== 'block') inline.push(img.getAttribute('src')); });"
                    + "return [h.bottom, window.innerHeight, document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                    + "  svgSmallest, inline.join(' ')];")).toArray();
            double h1Bottom = ((Number) facts[0]).doubleValue();
            long screen = ((Number) facts[1]).longValue();
            assertTrue(h1Bottom <= screen, () -> name + ": the h1 ends at " + h1Bottom + " px, below the first " + screen + " px of a phone screen");
            assertTrue(((Number) facts[2]).longValue() <= ((Number) facts[3]).longValue(),
                    () -> name + " is wider than a 375 px screen: " + facts[2] + " px");
            assertTrue(((Number) facts[4]).doubleValue() >= 12, () -> name + ": a chart label is " + facts[4] + " px high at 375 px");
            assertTrue(facts[5].toString().isEmpty(), () -> name + ": images opening a list item sit inline beside the bullet: " + facts[5]);
        }));
    }

    @Test
    void skipLinkShowsWhenFocusedAndMovesFocusToMainWithoutRestylingIt() {
        viewport(DESKTOP);
        for (Path page : List.of(BakedSite.dir().resolve("index.html"), BakedSite.kitPages().get(0))) {
            String name = BakedSite.name(page);
            driver.get(page.toUri().toString());
            WebElement main = driver.findElement(By.tagName("main"));
            String backgroundBefore = main.getCssValue("background-color");

            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement skip = driver.switchTo().activeElement();
            assertTrue(skip.getText().toLowerCase().contains("skip"), () -> name + ": the first Tab should reach the skip link, not "
                    + skip.getTagName() + " \"" + skip.getText() + "\"");
            assertTrue(skip.isDisplayed() && skip.getRect().getY() >= 0 && skip.getRect().getHeight() > 0,
                    () -> name + ": the focused skip link must be visible on screen, it is at " + skip.getRect());

            skip.sendKeys(Keys.ENTER);
            WebElement focused = driver.switchTo().activeElement();
            assertTrue("main".equals(focused.getTagName()), () -> name + ": after the skip link, focus should be on <main>, not <"
                    + focused.getTagName() + ">");
            // <main> is focused only as a target (tabindex=-1); painting it like a focused control hid the text's contrast.
            String backgroundAfter = focused.getCssValue("background-color");
            assertTrue(backgroundBefore.equals(backgroundAfter), () -> name + ": <main> changes its background from "
                    + backgroundBefore + " to " + backgroundAfter + " when the skip link focuses it");
        }
    }

    private static void viewport(Dimension size) {
        if (!size.equals(currentViewport)) {
            driver.manage().window().setSize(size);
            currentViewport = size;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (pagesChecked > 0) {
            System.out.printf("[axe] browser start %.1f s; %d page(s) loaded and checked in %.1f s%n",
                    startNanos / 1e9, pagesChecked, axeNanos / 1e9);
        }
    }
}
