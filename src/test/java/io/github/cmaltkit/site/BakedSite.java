package io.github.cmaltkit.site;

import static org.junit.jupiter.api.Assertions.fail;

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
 * The site the {@code package} phase baked, as the integration tests see it. Failsafe passes the
 * folders as system properties, so {@code mvn verify -Dportfolio=DIR} tests that portfolio's site.
 */
final class BakedSite {

    /** The templates mark every page they make with this generator; evidence pages copied from assets/ lack it. */
    static final String KIT_GENERATOR = "CMALT portfolio kit";

    private static final Map<Path, Document> PARSED = new ConcurrentHashMap<>();

    private BakedSite() {
    }

    /** target/site (or wherever -Dcmalt.site put it); fails when nothing was baked. */
    static Path dir() {
        Path site = Path.of(System.getProperty("cmalt.site.dir", "target/site")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No baked site at " + site + " (index.html missing): run `mvn verify`, which bakes before the integration tests");
        }
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
