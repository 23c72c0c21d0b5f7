package io.github.cmaltkit.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview update parses each file of the portfolio once, however many pages show it (its own page,
 * the print page, the revisions page, the checker's findings): driven through {@link WarmSite}
 * directly, so no file watcher or timing is involved.
 */
class PreviewReadOnceTest {

    @TempDir
    Path tmp;

    @Test
    void anUpdateParsesEachFileOnceForEveryPage() throws Exception {
        Path portfolio = tmp.resolve("portfolio");
        TestPortfolio.copy(PreviewTest.KIT.resolve("sample-portfolio"), portfolio);
        long files;
        try (Stream<Path> s = Files.walk(portfolio.resolve("content"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        try (WarmSite site = new WarmSite(portfolio, PreviewTest.TEMPLATES, tmp.resolve("work"))) {
            long start = Markdown.parses();
            site.restart();
            renderAll(site);
            assertThat(Markdown.parses() - start).as("Markdown parses at start").isEqualTo(files);

            Path file = portfolio.resolve("content/06-core-2b.md");
            Files.writeString(file, Files.readString(file) + "\nOne more line.\n");
            long before = Markdown.parses();
            site.updateContent(java.util.Set.of(file));
            assertThat(renderAll(site)).contains("06-core-2b.html", "kit/print.html", "kit/revisions.html");
            assertThat(Markdown.parses() - before).as("Markdown parses in the update").isEqualTo(files);
        }
    }

    /** Renders every page the site has now; the pages rendered. */
    private static List<String> renderAll(WarmSite site) {
        List<String> uris = List.copyOf(site.pageUris());
        for (String uri : uris) assertThat(site.page(uri).problem()).as(uri).isNull();
        return uris;
    }
}
