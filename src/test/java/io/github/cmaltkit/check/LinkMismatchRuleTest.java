package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What link-mismatch says when a link's text and its target disagree: the fixtures pin where, these pin the words. */
class LinkMismatchRuleTest {

    @TempDir
    Path tmp;

    private List<Finding> mismatches(String links) {
        TestPortfolio portfolio = TestPortfolio.at(tmp.resolve("p"))
                .settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n")
                .file("content/links.md", "---\ntitle: Links\n---\n" + links)
                .file("content/appendices.md", """
                        ---
                        title: Appendices
                        ---
                        ## Appendix D: Survey results

                        ## 2.4.11 Focus Not Obscured

                        <a id="sc-1-4-3"></a>Contrast notes.
                        """)
                .file("content/appendix-e.md", "---\ntitle: Appendix E - Workshop slides\n---\nThe slides.\n")
                .file("content/core-2b.md", "---\nsection: core-2b\n---\n## Description\nLearners.\n");
        return Checker.check(portfolio.read(), Rules.all(), CheckOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("link-mismatch")).toList();
    }

    private static Finding at(int line, int column, String message) {
        return new Finding("link-mismatch", Severity.WARNING, "content/links.md", line, column, null, message);
    }

    @Test
    void eachMismatchNamesBothSides() {
        assertThat(mismatches("""
                - [Appendix C](appendices.md#appendix-d-survey-results)
                - [Appendix D](appendix-e.md)
                - [criterion 2.4.7](appendices.md#2411-focus-not-obscured)
                - [criterion 2.4.7](appendices.md#sc-1-4-3)
                - [SC 2.4.7](https://www.w3.org/TR/WCAG22/#sc-2-4-11)
                - [core area 2a](core-2b.md)
                """)).containsExactly(
                at(4, 3, "the link text says \"Appendix C\" but the link goes to the heading \"Appendix D: Survey results\": "
                        + "correct the text or the target"),
                at(5, 3, "the link text says \"Appendix D\" but the link goes to the page content/appendix-e.md: correct the text or the target"),
                at(6, 3, "the link text names criterion 2.4.7 but the link goes to the heading \"2.4.11 Focus Not Obscured\" (2.4.11): "
                        + "correct the number or the target"),
                at(7, 3, "the link text names criterion 2.4.7 but the link goes to #sc-1-4-3 (1.4.3): correct the number or the target"),
                at(8, 3, "the link text names criterion 2.4.7 but the link goes to the anchor #sc-2-4-11 (2.4.11): correct the number or "
                        + "the address https://www.w3.org/TR/WCAG22/#sc-2-4-11"),
                at(9, 3, "the link text says \"core area 2a\" but the link goes to section core-2b (content/core-2b.md): correct the text "
                        + "or link to the core-2a file"));
    }

    @Test
    void aCriterionLinkToAWholePageOrAnAddressWithoutAnchorIsNotCompared() {
        assertThat(mismatches("""
                - [criterion 2.4.7](appendices.md)
                - [criterion 2.4.7](https://www.w3.org/TR/WCAG22/)
                - [criterion 2.4.7](https://www.w3.org/TR/WCAG22/#focus-visible)
                - [criterion 2.4.7](https://www.w3.org/TR/WCAG22/#sc-2-4-7)
                """)).isEmpty();
    }
}
