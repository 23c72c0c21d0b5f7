package io.github.cmaltkit.draft;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's sample written out as a Word document and as a site's pages, then imported back: the same
 * sections and pages, the same words, links and images, and the checker finds the same things.
 */
class RoundTripTest {

    private static Portfolio sample;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSample() throws Exception {
        sample = Portfolio.read(Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("sample-portfolio"));
    }

    /** The sample's pages in reading order: the sections in the pathway's order, then the extra pages. */
    private static List<SectionFile> pages() {
        List<SectionFile> out = new ArrayList<>(sample.sections());
        java.util.Map<String, Integer> order = sample.pathway().order(sample.writtenIds());
        out.sort((a, b) -> Integer.compare(order.getOrDefault(a.sectionId(), Integer.MAX_VALUE),
                order.getOrDefault(b.sectionId(), Integer.MAX_VALUE)));
        out.addAll(sample.extraPages());
        return out;
    }

    /** The heading a candidate drafting elsewhere gives a page: "Core area 1a: …", "Specialist option 1: …". */
    private static String heading(SectionFile f) {
        String id = f.sectionId();
        if (id == null) return f.title();
        String label = id.startsWith("core-") ? "Core area " + id.substring(5)
                : id.startsWith("specialist-") ? "Specialist option " + id.substring(11)
                : sample.pathway().spec(id).orElseThrow().title();
        return label + ": " + f.title();
    }

    private static String glossary() {
        StringBuilder b = new StringBuilder();
        sample.settings().glossary().forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append('\n'));
        return b.toString();
    }

    private static Path copyAssets(Path to) throws Exception {
        Path from = sample.dir().resolve("assets");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    @Test
    void sampleAsWordDocumentComesBackTheSame() throws Exception {
        Path draftDir = tmp.resolve("drafts");
        copyAssets(draftDir.resolve("assets"));
        Path docx = draftDir.resolve("content/portfolio.docx");
        try (WordDraft w = new WordDraft()) {
            w.author(sample.settings().candidate());
            SampleAsWord writer = new SampleAsWord(w, sample.dir().resolve("content"));
            for (SectionFile f : pages()) writer.page(Path.of(f.path()).getFileName().toString(), heading(f), String.join(", ", f.principles()), f.body());
            writer.page("glossary", "Glossary", null, glossary());
            w.save(docx);
        }
        assertRoundTrip(docx);
    }

    @Test
    void sampleAsSitePagesComesBackTheSame() throws Exception {
        Path site = copyAssets(tmp.resolve("site"));
        for (SectionFile f : pages()) {
            String page = SitePaths.pageOf(f.path());
            // The site labels a revised passage in words ("Revised: …", from a comment in the Markdown): a
            // reader of the page sees them, so an import keeps them. Left out here to compare like with like.
            String body = f.body().replaceAll("(?m)^<!-- /?revised[^>]*-->\\s*$", "");
            String principles = f.principles().isEmpty() ? "" : "<p>Principles: " + String.join(", ", f.principles()) + "</p>";
            Files.writeString(site.resolve(page), """
                    <!DOCTYPE html><html lang="en"><head><title>%s</title><meta name="author" content="%s"></head><body>
                    <header><nav><a href="index.html">Home</a> <a href="kit/glossary.html">Glossary</a></nav></header>
                    <main><h1>%s</h1>%s%s</main><footer><p>Made with the CMALT portfolio kit</p></footer></body></html>
                    """.formatted(f.title(), sample.settings().candidate(), heading(f), principles, Markdown.renderPage(f.path(), body)));
        }
        Files.writeString(site.resolve("zz-glossary.html"), "<main><h1>Glossary</h1>" + Markdown.renderPage("content/glossary.md", glossary()) + "</main>");
        assertRoundTrip(site);
    }

    private void assertRoundTrip(Path draft) throws Exception {
        Path into = tmp.resolve("imported");
        Importer.Result r = Importer.run(draft, new Importer.Options(null, null, into, tmp.resolve("report.txt")));
        Portfolio back = Portfolio.read(into);

        assertThat(back.settings().pathwayId()).isEqualTo("cmalt");
        assertThat(back.settings().candidate()).isEqualTo(sample.settings().candidate());
        assertThat(back.settings().glossary()).containsAllEntriesOf(sample.settings().glossary());
        assertThat(back.writtenIds()).isEqualTo(sample.writtenIds());
        assertThat(back.extraPages().stream().map(SectionFile::title)).containsExactlyInAnyOrderElementsOf(
                sample.extraPages().stream().map(SectionFile::title).toList());
        for (SectionFile f : sample.sections()) {
            SectionFile g = back.section(f.sectionId()).orElseThrow();
            assertThat(g.title()).as(f.sectionId()).isEqualTo(f.title());
            assertThat(g.principles()).as(f.sectionId()).isEqualTo(f.principles());
            assertThat(g.topic()).as(f.sectionId()).isEqualTo(f.topic());
            assertThat(g.kind()).as(f.sectionId()).isEqualTo(f.kind());
            assertThat(counts(g)).as(f.sectionId()).isEqualTo(counts(f));
        }
        assertThat(String.join("\n", r.lines())).contains("they agree").doesNotContain("not in the portfolio", "are not in the draft");
        assertThat(findings(back)).isEqualTo(findings(sample));
    }

    private static String counts(SectionFile f) {
        Counts c = new Counts();
        c.addMarkdown(Markdown.parse(f.body()));
        return c.toString();
    }

    /** Rule ids per section (or extra page title), the checker run offline. */
    private static Map<String, List<String>> findings(Portfolio p) {
        CheckResult result = Checker.check(p, Rules.all(), new CheckOptions(true));
        Map<String, List<String>> out = new TreeMap<>();
        for (Finding f : result.findings()) {
            String where = f.section() != null ? f.section()
                    : f.file() == null ? "(portfolio)" : p.files().stream().filter(s -> s.path().equals(f.file())).map(SectionFile::title).findFirst().orElse(f.file());
            out.computeIfAbsent(where, k -> new ArrayList<>()).add(f.rule());
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }
}
