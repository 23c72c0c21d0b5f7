package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the section-unwritten finding asks for, by the kind of section: assessed or not, required or
 * optional. The fixture pins where each finding is, this what it says.
 */
class SectionUnwrittenRuleTest {

    @Test
    void theMessageFitsWhatThePathwayAsksOfTheSection() {
        List<String> messages = Checker.check(TestPortfolio.read(CheckFixtures.ROOT.resolve("section-unwritten/positive")), Rules.all(),
                CheckOptions.defaults()).findings().stream().filter(f -> f.rule().equals("section-unwritten"))
                .map(f -> f.section() + ": " + f.message()).toList();
        String only = " is not written yet: the file holds only headings and comments (such as the prompts cmalt init writes); ";
        assertThat(messages).containsExactlyInAnyOrder(
                "contextual-statement: contextual-statement" + only
                        + "write it before you submit: the pathway requires it, although it is not assessed",
                "core-1a: core-1a" + only + "write under its headings what you did, your evidence and your reflection",
                "core-3c: core-3c" + only + "write under its headings what you did, your evidence and your reflection"
                        + " (or delete the file if you do not need this section)");
    }
}
