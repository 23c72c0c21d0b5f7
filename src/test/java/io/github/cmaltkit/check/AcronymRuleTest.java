package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.rules.Acronyms;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words an acronym is expanded to, as the acronym rule's message and the site's glossary show them:
 * the fixtures pin where a finding is, these pin what it says.
 */
class AcronymRuleTest {

    @TempDir
    Path dir;

    private static final String PAGE = "---\ntitle: A\n---\n"
            + "The VLE came first.\n\n"
            + "Later our virtual learning environment (VLE) grew.\n\n"
            + "The LMS came first.\n\n"
            + "Later the LMS (learning management system) grew.\n";

    private Portfolio portfolio() {
        return TestPortfolio.at(dir).settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n")
                .file("content/a.md", PAGE).read();
    }

    @Test
    void aUseBeforeTheExpansionIsToldTheWordsWrittenLater() {
        List<Finding> findings = Checker.check(portfolio(), Rules.all(), CheckOptions.defaults()).findings();
        String fix = " here, at its first use, or add it to the glossary in portfolio.yml";
        assertThat(findings).containsExactly(
                new Finding("acronym", Severity.WARNING, "content/a.md", 4, 5, null,
                        "\"VLE\" is used before it is expanded (on line 6) — write \"virtual learning environment (VLE)\"" + fix),
                new Finding("acronym", Severity.WARNING, "content/a.md", 8, 5, null,
                        "\"LMS\" is used before it is expanded (on line 10) — write \"learning management system (LMS)\"" + fix));
    }

    @Test
    void anAcronymWithNoKnownExpansionIsToldInPlainWordsWhereTheWordsGo() {
        Portfolio p = TestPortfolio.at(dir).settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n")
                .file("content/a.md", "---\ntitle: A\n---\nWe built quizzes in QZB last year.\n").read();
        assertThat(Checker.check(p, Rules.all(), CheckOptions.defaults()).findings()).containsExactly(
                new Finding("acronym", Severity.WARNING, "content/a.md", 4, 21, null,
                        "\"QZB\" is used before it is expanded — at its first use, write the words it stands for with \"(QZB)\" after them,"
                        + " as in \"virtual learning environment (VLE)\", or add the line \"QZB: what it stands for\" under glossary: in portfolio.yml"));
    }

    @Test
    void theGlossaryPageGetsEachAcronymsFirstExpansionInOrder() {
        Portfolio p = portfolio();
        Page page = Page.of(p.files().get(0), p.pathway());
        assertThat(Acronyms.expandedIn(page)).containsExactly(
                Map.entry("VLE", "virtual learning environment"), Map.entry("LMS", "learning management system"));
    }

    @Test
    void accessInformationIsRecognisedAsTheRestrictedLinkRuleDoes() {
        assertThat(Acronyms.givesAccessInformation("Sign in with the guest login; the password is on request")).isTrue();
        assertThat(Acronyms.givesAccessInformation("A screenshot of the quiz settings")).isFalse();
    }
}
