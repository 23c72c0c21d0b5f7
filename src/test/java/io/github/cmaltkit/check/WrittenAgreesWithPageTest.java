package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SectionFile#written()} (what the site, the kit pages, the plan and every report show) and the
 * checker's {@link Page#blank()} (what its rules skip) are one fact of the file's one parse: they must
 * give the same answer, from the same tree, or the site and the checker would disagree about a section.
 */
class WrittenAgreesWithPageTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    /** Bodies at the edge of "written", with the answer written out (prompts are comments; a heading is not writing). */
    private static final Map<String, Boolean> WRITTEN = new LinkedHashMap<>();

    static {
        for (String blank : List.of("", "\n\n", "## Description\n", "# A\n## B\n### C\n", "<!-- a -->\n", "<!-- a\nb -->\n## D\n",
                "  <!-- indented -->\n", "<!-- never closed\n", "Title\n=====\n", "## A\nSub\n---\n", "[ref]: https://example.org\n",
                "<!-- a --><!-- b -->\n", "<!-- a -->\n\n<!-- b -->\n\n## Evidence\n\n<!-- c -->\n")) {
            WRITTEN.put(blank, false);
        }
        for (String written : List.of("<!-- a --> words\n", "words <!-- a -->\n", "---\n", "    code\n", "```\n<!-- c -->\n```\n",
                "- item\n", "> quote\n", "<div></div>\n", "#tag\n", "####### seven\n", "| a |\n|---|\n| b |\n", "&nbsp;\n")) {
            WRITTEN.put(written, true);
        }
    }

    @Test
    void trickyBodiesAreWrittenOrNotAsWrittenOutAndThePageAgrees() {
        for (Map.Entry<String, Boolean> e : WRITTEN.entrySet()) {
            SectionFile f = SectionFile.read("content/x.md", "---\nsection: core-1a\n---\n" + e.getKey(), CMALT);
            assertThat(f.written()).as("%s", e.getKey()).isEqualTo(e.getValue());
            Page page = Page.of(f, CMALT);
            assertThat(page.blank()).as("%s", e.getKey()).isEqualTo(!e.getValue());
            assertThat(page.document()).as("the page reads the file's one parse").isSameAs(f.parsed().document());
            // Not written is no words of the candidate's: headings and prompts count none (the progress page shows this count).
            if (!e.getValue()) assertThat(page.words()).as("words of %s", e.getKey()).isZero();
        }
    }

    /** The candidate's words, counted alike by every page that shows a count: headings are not theirs to count. */
    @Test
    void wordsAreTheTextsNotTheHeadings() {
        SectionFile f = SectionFile.read("content/x.md", "---\nsection: core-1a\n---\n## Description\n\n<!-- a prompt of four words -->\n\n"
                + "I rebuilt the template in 2024.\n\n- one `code` item\n\n| cell words |\n|---|\n| two more |\n", CMALT);
        assertThat(Page.of(f, CMALT).words()).isEqualTo(6 + 3 + 2 + 2);
    }

    @Test
    void textAndParsedPageAgreeOnEveryFileOfTheSampleAndTheFixtures() throws Exception {
        List<Path> portfolios;
        try (Stream<Path> s = Files.walk(CheckFixtures.ROOT)) {
            portfolios = s.filter(p -> p.getFileName().toString().equals("portfolio.yml")).map(Path::getParent).toList();
        }
        int files = 0;
        for (Path dir : Stream.concat(Stream.of(Path.of("sample-portfolio")), portfolios.stream()).toList()) {
            Portfolio p = Portfolio.read(dir);
            for (SectionFile f : p.files()) {
                if (!f.readable() || !f.frontMatter().closed()) continue;
                assertThat(f.written()).as(dir + "/" + f.path()).isEqualTo(!Page.of(f, p.pathway()).blank());
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
    }
}
