package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sentences evidence-reuse compares, and how it quotes the one it found twice. */
class EvidenceReuseRuleTest {

    @TempDir
    Path tmp;

    private static String section(String id, String evidence) {
        return "---\nsection: " + id + "\n---\n## Description\nText.\n## Evidence\n" + evidence + "## Reflection\nText.\n";
    }

    private static Finding at(int line, String quote) {
        return new Finding("evidence-reuse", Severity.WARNING, "content/core-2a.md", line, 1, "core-2a",
                "this evidence is explained with the same words as in core-1a (\"" + quote + "\"): using it again is fine, but say what it "
                        + "shows for core-2a in particular");
    }

    @Test
    void sentencesOfFiveWordsOrMoreAboutTheSameItemAreFoundAndQuotedUpToTenWords() {
        TestPortfolio portfolio = TestPortfolio.at(tmp.resolve("p"))
                .settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off, no-date: off}\n")
                .file("content/core-1a.md", section("core-1a", """
                        - [Report](../assets/report.txt). I include this report as evidence because it shows what students said about it.
                        - [Survey](../assets/survey.txt). The survey shows how many students used each tool weekly.
                        - [Plan](../assets/plan.txt). The plan was agreed early.
                        - [Notes](../assets/notes.txt). The notes were kept every week by me.
                        - [Slides](../assets/slides.txt). Slides used in class.
                        """))
                .file("content/core-2a.md", section("core-2a", """
                        - [Report](../assets/report.txt). I include this report as evidence because it shows what students said about it.
                        - [Survey](../assets/survey.txt). The survey shows how many students used each tool weekly.
                        - [Plan](../assets/plan.txt). The plan was agreed early.
                        - [Minutes](../assets/minutes.txt). The notes were kept every week by me.
                        - [Slides](../assets/slides.txt). Slides used in class.
                        """));
        List<Finding> findings = Checker.check(portfolio.read(), Rules.all(), CheckOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("evidence-reuse")).toList();
        assertThat(findings).containsExactly(
                at(7, "i include this report as evidence because it shows what …"),
                at(8, "the survey shows how many students used each tool weekly"),
                at(9, "the plan was agreed early"));
    }
}
