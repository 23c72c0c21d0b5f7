package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front matter whose closing {@code ---} is missing takes the text into the settings: the parts whose
 * headings it swallowed are missing because of it alone, so the file gets the one front-matter finding
 * that says why, never a missing-part error per swallowed heading as if that were a second mistake.
 */
class BrokenFrontMatterTest {

    static final String FILE = "content/03-core-1b.md";

    @TempDir
    Path tmp;

    private List<String> findingsOf(String text) throws Exception {
        Path dir = TestPortfolio.copy(Path.of("sample-portfolio"), tmp.resolve("p" + System.nanoTime()));
        Files.writeString(dir.resolve(FILE), text);
        CheckResult result = Checker.check(PortfolioModel.read(dir), Rules.all(), new CheckOptions(true));
        return result.findings().stream().filter(f -> FILE.equals(f.file())).map(f -> f.rule() + " " + f.line() + " " + f.message()).toList();
    }

    private static String sample() throws Exception {
        return Files.readString(Path.of("sample-portfolio").resolve(FILE));
    }

    @Test
    void aFrontMatterThatNeverEndsIsOneFindingThatSaysWhyThePageIsEmpty() throws Exception {
        List<String> findings = findingsOf(sample().replaceFirst("(?m)^rating: adequate\n---\n", "rating: adequate\n"));
        assertThat(findings).singleElement().asString().startsWith("front-matter 1 ").contains("never ends", "page shows none of your text");
    }

    @Test
    void aFrontMatterThatRunsOnToALaterRuleSwallowsOnlyThePartsAboveIt() throws Exception {
        // The closing --- deleted, and a thematic break further down: the settings run on to it.
        String text = sample().replaceFirst("(?m)^rating: adequate\n---\n", "rating: adequate\n").replaceFirst("(?m)^## Evidence$", "---\n## Evidence");
        List<String> findings = findingsOf(text);
        assertThat(findings).isNotEmpty().allMatch(f -> !f.startsWith("missing-part"), "no part reported missing: the front matter took Description");
        assertThat(findings.get(0)).startsWith("front-matter ");
    }

    @Test
    void aPartMissingFromARightFrontMattersFileIsStillReported() throws Exception {
        List<String> findings = findingsOf(sample().replaceFirst("(?m)^## Evidence$", "### Evidence"));
        assertThat(findings).anyMatch(f -> f.startsWith("missing-part") && f.contains("Evidence part is missing"));
        // A heading that is only in the text of a broken front matter's YAML, not swallowed: a broken value, the body intact.
        List<String> broken = findingsOf(sample().replaceFirst("status: final", "status: [final").replaceFirst("(?m)^## Evidence$", "### Evidence"));
        assertThat(broken).anyMatch(f -> f.startsWith("front-matter")).anyMatch(f -> f.startsWith("missing-part") && f.contains("Evidence"));
    }
}
