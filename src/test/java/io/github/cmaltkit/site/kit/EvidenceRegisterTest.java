package io.github.cmaltkit.site.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.links.LinkHistory;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceRegisterTest {

    @Test
    void showsWhatTheLastLinkCheckFoundAndWhichFilesAreMissing(@TempDir Path tmp) throws Exception {
        Portfolio portfolio = TestPortfolio.at(tmp.resolve("p")).settings("candidate: T\npathway: cmalt\n")
                .file("assets/here.pdf", "x")
                .file("content/a.md", "---\nsection: core-1a\n---\n## Evidence\n\n"
                        + "- [Report](https://Example.org/report#p2): shows the plan; guest login on request.\n"
                        + "- [Forum](https://example.org/forum): shows the discussion.\n"
                        + "- [New](https://example.org/new): not checked yet.\n"
                        + "- [Here](../assets/here.pdf) and [gone](../assets/gone.pdf): files.\n")
                .read();
        Path cache = tmp.resolve("cache");
        TestPortfolio.write(cache.resolve("weblinks.tsv"), "# header\n"
                + "1767225600\thttps://example.org/report\tOK\t200\thttps://example.org/report\t\n"
                + "1767225600\thttps://example.org/forum\tRESTRICTED\t403\thttps://example.org/forum\t403 Forbidden\n");
        List<EvidencePage.Item> items = register(portfolio, LinkHistory.load(cache)).get(0).items();
        List<String> statuses = items.stream().flatMap(i -> i.links().stream()).map(EvidencePage.ItemLink::status).toList();
        assertThat(statuses).containsExactly("Opens for anyone (checked 1 January 2026)", "Needs signing in (checked 1 January 2026)",
                "Web link, not checked yet: run the checker to test that it opens without signing in",
                "File in the portfolio", "Missing file");
        assertThat(items.get(0).accessNote()).isTrue();
        assertThat(items.get(1).accessNote()).isFalse();
    }

    /** The sample's own Markdown: the register's "Why it is there" column repeated the link text and ran an image's alt text into the reason. */
    @Test
    void whyItIsThereGivesTheCandidatesReasonWithoutTheLinkTextOrTheImagesDescription(@TempDir Path tmp) throws Exception {
        Portfolio portfolio = TestPortfolio.at(tmp.resolve("p")).settings("candidate: T\npathway: cmalt\n")
                .file("content/a.md", "---\nsection: core-1a\n---\n## Evidence\n\n"
                        + "- [Weighted scoring matrix](../assets/m.csv): I include this because it shows how each criterion was weighted.\n"
                        + "- ![Bar chart of weighted scores out of 100: H5P 83, Westmoor Replay quizzes 75, hosted service 56](../assets/c.svg)"
                        + " I showed this chart to the steering group.\n"
                        + "- [Bare link](https://example.org/x)\n")
                .read();
        List<EvidencePage.Item> items = register(portfolio, LinkHistory.load(tmp.resolve("no-cache"))).get(0).items();
        assertThat(items).extracting(EvidencePage.Item::text).containsExactly(
                "I include this because it shows how each criterion was weighted.",
                "I showed this chart to the steering group.",
                "");
    }

    private static List<EvidencePage.Section> register(Portfolio portfolio, LinkHistory history) {
        return EvidencePage.register(portfolio, history, portfolio.files(), f -> f.path(), f -> Page.of(f, portfolio.pathway()));
    }
}
