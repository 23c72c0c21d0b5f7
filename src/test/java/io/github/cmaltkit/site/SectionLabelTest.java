package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The label above a section's heading says which section it is once, on its page and on the print page alike. */
@ResourceLock(SharedState.JBAKE)
class SectionLabelTest {

    private static SectionSpec spec(String id) {
        return Pathways.get("cmalt").spec(id).orElseThrow();
    }

    @Test
    void wordsATitleSharesWithItsGroupAreSaidOnce() {
        assertThat(spec("core-3a").label()).isEqualTo("Core area 3: The wider context: legislation");
        assertThat(spec("core-3b").label("UK GDPR")).isEqualTo("Core area 3: The wider context: legislation, policy or standard");
        assertThat(spec("core-1a").label("Choosing a platform"))
                .isEqualTo("Core area 1: Operational issues: An understanding of the constraints and benefits of different technologies");
        // The heading already says the title; a group that ends with it says it too.
        assertThat(spec("core-3a").label("Wider context: legislation")).isEqualTo("Core area 3: The wider context");
        assertThat(spec("core-4").label("Working with others")).isEqualTo("Core area 4: Communication and working with others");
    }

    @Test
    void theBakedPagesSayItThatWay(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("p");
        Files.createDirectories(p.resolve("content"));
        Files.writeString(p.resolve("portfolio.yml"), "candidate: Alex Example\npathway: cmalt\n");
        Files.writeString(p.resolve("content/core-3a.md"), "---\nsection: core-3a\ntitle: Recording lectures under UK GDPR\n"
                + "topic: UK GDPR\nkind: legislation\n---\n## Description\nIn 2024 I did this.\n");
        Path site = tmp.resolve("site");
        assertThat(TestBaker.bake(p, tmp.resolve("stage"), site)).isEmpty();
        Document page = Jsoup.parse(site.resolve("core-3a.html").toFile(), "UTF-8");
        assertThat(page.select(".section-label").text()).isEqualTo("Core area 3: The wider context: legislation");
        Document print = Jsoup.parse(site.resolve("kit/print.html").toFile(), "UTF-8");
        assertThat(print.select(".section-label").eachText()).contains("Core area 3: The wider context: legislation")
                .noneMatch(l -> l.contains("Wider context: Wider context") || l.contains("context: Wider"));
    }
}
