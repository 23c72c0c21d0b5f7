package io.github.cmaltkit.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.cmaltkit.testing.SharedState;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A preview update parses only the files that changed, however many pages show them (its own page,
 * the print page, the revisions page, the checker's findings), and its pages are still those of a
 * fresh reading: driven through {@link WarmSite} directly, so no file watcher or timing is involved.
 * Bodies are parsed only by a file's reading ({@link SectionFile#parsed}, once), and the checker's
 * page of a file is made once per reading ({@link PortfolioModel#parses} counts those a model made).
 */
@ResourceLock(SharedState.JBAKE)
class PreviewReadOnceTest {

    @TempDir
    Path tmp;

    @Test
    void anUpdateParsesOnlyTheChangedFileAndMakesTheFreshPages() throws Exception {
        Path portfolio = tmp.resolve("portfolio");
        TestPortfolio.copy(PreviewTest.KIT.resolve("sample-portfolio"), portfolio);
        long files;
        try (Stream<Path> s = Files.walk(portfolio.resolve("content"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        Map<String, byte[]> updated;
        try (WarmSite site = new WarmSite(portfolio, PreviewTest.TEMPLATES, tmp.resolve("work"))) {
            site.restart();
            renderAll(site);
            PortfolioModel first = site.session().model();
            assertThat(first.parses()).as("pages parsed at start").isEqualTo(files);

            Path file = portfolio.resolve("content/06-core-2b.md");
            Files.writeString(file, Files.readString(file) + "\nOne more line, with a placeholder: TODO.\n");
            Path gone = portfolio.resolve("content/11-future-plans.md");
            Files.delete(gone);
            Path added = portfolio.resolve("content/notes.md");
            Files.writeString(added, "---\ntitle: Notes\n---\nA new page.\n");
            site.updateContent(Set.of(file, gone, added));
            updated = renderAll(site);
            assertThat(updated).containsKeys("06-core-2b.html", "notes.html", "kit/print.html", "kit/revisions.html")
                    .doesNotContainKey("11-future-plans.html");
            PortfolioModel next = site.session().model();
            assertThat(next).isNotSameAs(first);
            assertThat(next.parses()).as("pages parsed in the update").isEqualTo(2);
            // Every other file keeps its reading, and so its one Markdown tree: nothing else was parsed again.
            for (SectionFile f : next.files()) {
                if (f.path().equals("content/06-core-2b.md") || f.path().equals("content/notes.md")) {
                    assertThat(first.file(f.path())).map(SectionFile::parsed).as(f.path()).isNotEqualTo(java.util.Optional.of(f.parsed()));
                } else {
                    assertThat(first.file(f.path())).as(f.path()).containsSame(f);
                }
            }
            assertThat(site.session().reads()).as("readings of the portfolio: start and update").isEqualTo(2);
            assertThat(site.session().strays()).as("files read outside the model").isZero();
        }
        // The same portfolio read afresh, in a folder of its own (nothing to carry over from): the same pages.
        // Times kept: the print page's version date is that of the newest file.
        Path copy = tmp.resolve("copy");
        try (Stream<Path> s = Files.walk(portfolio)) {
            for (Path p : s.toList()) Files.copy(p, copy.resolve(portfolio.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (WarmSite fresh = new WarmSite(copy, PreviewTest.TEMPLATES, tmp.resolve("work-fresh"))) {
            fresh.restart();
            Map<String, byte[]> made = renderAll(fresh);
            assertThat(updated.keySet()).isEqualTo(made.keySet());
            for (String uri : made.keySet()) {
                assertThat(new String(updated.get(uri), StandardCharsets.UTF_8)).as(uri).isEqualTo(new String(made.get(uri), StandardCharsets.UTF_8));
            }
        }
    }

    /** Renders every page the site has now: the pages by address. */
    private static Map<String, byte[]> renderAll(WarmSite site) {
        Map<String, byte[]> out = new TreeMap<>();
        for (String uri : List.copyOf(site.pageUris())) {
            WarmSite.Rendered r = site.page(uri);
            assertThat(r.problem()).as(uri).isNull();
            out.put(uri, r.html());
        }
        return out;
    }
}
