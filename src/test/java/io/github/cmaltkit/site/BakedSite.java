package io.github.cmaltkit.site;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.cmaltkit.export.Export;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site the integration tests look at. By default they bake the kit's test portfolio (the sample, or
 * {@code -Dkit.test.portfolio=DIR}) themselves, once per JVM, into {@code target/test-site}: the kit's
 * tests never depend on the candidate's {@code portfolio/}. {@code -Dkit.test.site=DIR} tests a site that
 * Maven baked instead ({@code .ci/run} does that after {@code mvn package -Dportfolio=DIR}).
 */
final class BakedSite {

    /** The templates mark every page they make with this generator; evidence pages copied from assets/ lack it. */
    static final String KIT_GENERATOR = "CMALT portfolio kit";

    private static final Map<Path, Document> PARSED = new ConcurrentHashMap<>();

    private BakedSite() {
    }

    private static Path baked;

    /** The site under test; fails when it cannot be baked or has no home page. */
    static synchronized Path dir() {
        if (baked != null) return baked;
        String given = System.getProperty("cmalt.site.dir", "");
        Path site;
        if (given.isBlank()) {
            Path target = TestBaker.KIT.resolve("target");
            site = target.resolve("test-site");
            try {
                Stager.deleteTree(site);
                List<Throwable> errors = TestBaker.bake(portfolioDir(), target.resolve("test-bake-input"), site);
                if (!errors.isEmpty()) fail("Baking " + portfolioDir() + " failed: " + errors);
                // As `mvn package` does after the bake: the PDF beside the site.
                Export.pdf(site, site.resolve("portfolio.pdf"));
            } catch (Exception e) {
                throw new AssertionError("Baking " + portfolioDir() + " failed: " + e, e);
            }
        } else {
            site = Path.of(given).toAbsolutePath().normalize();
        }
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No baked site at " + site + " (index.html missing)");
        }
        baked = site;
        return site;
    }

    /** The portfolio folder that was baked (-Dportfolio=DIR, by default sample-portfolio). */
    static Path portfolioDir() {
        String kit = System.getProperty("cmalt.kit.dir", ".");
        Path p = Path.of(System.getProperty("cmalt.portfolio.dir", "sample-portfolio"));
        return (p.isAbsolute() ? p : Path.of(kit).resolve(p)).toAbsolutePath().normalize();
    }

    /** Every .html file of the site, sorted, so test order and messages are stable. */
    static List<Path> htmlPages() {
        Path site = dir();
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages the kit's templates made (not evidence pages the candidate put in assets/). */
    static List<Path> kitPages() {
        return htmlPages().stream().filter(BakedSite::isKitPage).toList();
    }

    static boolean isKitPage(Path page) {
        return parse(page).selectFirst("meta[name=generator][content=" + KIT_GENERATOR + "]") != null;
    }

    /** The page parsed once (tests look at the same pages many times). */
    static Document parse(Path page) {
        return PARSED.computeIfAbsent(page.toAbsolutePath().normalize(), p -> {
            try {
                return Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), p.toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The page's path relative to the site root, with '/', for messages. */
    static String name(Path page) {
        return dir().relativize(page).toString().replace('\\', '/');
    }
}
