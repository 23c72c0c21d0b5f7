package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import org.junit.jupiter.api.Test;

/** What image-alt says about a Markdown image and an HTML {@code <img>}: the fixtures pin where, this pins the words. */
class ImageAltRuleTest {

    private static final String FIX = "describe what it shows for readers who cannot see it";

    private static Finding at(int line, int column, String message) {
        return new Finding("image-alt", Severity.ERROR, "content/pics.md", line, column, null, message);
    }

    @Test
    void theMessageSaysWhereTheAltTextGoesAndWhetherTheAttributeIsMissingOrEmpty() {
        var findings = Checker.check(TestPortfolio.read(CheckFixtures.ROOT.resolve("image-alt/positive")), Rules.all(), CheckOptions.defaults())
                .findings().stream().filter(f -> f.rule().equals("image-alt")).toList();
        assertThat(findings).containsExactly(
                at(4, 1, "this image has no alt text: write it between the square brackets, ![like this](chart.svg), and " + FIX),
                at(6, 13, "this image has no alt text: write it between the square brackets, ![like this](chart.svg), and " + FIX),
                at(8, 1, "this <img> has no alt attribute: add alt=\"…\" and " + FIX),
                at(10, 8, "this <img> has an empty alt attribute: add alt=\"…\" and " + FIX),
                at(14, 1, "this <img> has no alt attribute: add alt=\"…\" and " + FIX));
    }
}
