package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture expectations are strict: a wrong column, severity or line, a missing or extra finding, and a
 * whole-portfolio message that only contains the expected text all make a fixture fail.
 */
class CheckFixturesExpectationsTest {

    @TempDir
    Path dir;

    private static final String SETTINGS = "candidate: Fixture Writer\npathway: cmalt\n"
            + "rules: {pathway-rule: off, principles: off, missing-part: off, no-date: off, word-count: off}\n";

    /** One extra page and settings that switch every whole-portfolio rule off, unless {@code whole} is true. */
    private void write(String page, boolean whole) throws IOException {
        Files.writeString(dir.resolve("portfolio.yml"), whole ? SETTINGS : SETTINGS.replace("{pathway-rule", "{missing-section: off, pathway-rule"));
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/page.md"), "---\ntitle: A page\n---\n" + page);
    }

    private boolean agrees() {
        CheckResult result = Checker.check(TestPortfolio.read(dir), Rules.all(), new CheckOptions(true));
        return CheckFixtures.expected(dir).equals(CheckFixtures.actual(result.findings(), dir));
    }

    /** Every required section but one, so that exactly one missing-section finding (core-2b) is made. */
    private void allSectionsBut(String missing) throws IOException {
        for (String id : List.of("contextual-statement", "core-1a", "core-1b", "core-1c", "core-2a", "core-2b", "core-3a", "core-3b",
                "core-4", "specialist-1", "future-plans", "confirmation")) {
            if (id.equals(missing)) continue;
            Files.writeString(dir.resolve("content/" + id + ".md"), "---\nsection: " + id + "\n---\nText.\n");
        }
    }

    @Test
    void theRightColumnAndSeverityAgree() throws IOException {
        write("The date is TBC here. <!-- expect: placeholder@13 warning -->\n", false);
        assertThat(agrees()).isTrue();
    }

    @Test
    void aWrongColumnFails() throws IOException {
        write("The date is TBC here. <!-- expect: placeholder@12 warning -->\n", false);
        assertThat(agrees()).isFalse();
    }

    @Test
    void aWrongSeverityFails() throws IOException {
        write("The date is TBC here. <!-- expect: placeholder@13 error -->\n", false);
        assertThat(agrees()).isFalse();
    }

    @Test
    void aDuplicatedExpectationFails() throws IOException {
        write("The date is TBC here. <!-- expect: placeholder@13 warning, placeholder@13 warning -->\n", false);
        assertThat(agrees()).isFalse();
    }

    @Test
    void aWholePortfolioFindingMustMatchItsMessageExactly() throws IOException {
        write("Text.\n", true);
        allSectionsBut("core-2b");
        CheckResult result = Checker.check(TestPortfolio.read(dir), Rules.all(), new CheckOptions(true));
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("missing-section");
        String message = result.findings().get(0).message();
        Path yml = dir.resolve("portfolio.yml");
        String base = Files.readString(yml);

        Files.writeString(yml, base + "# expect-portfolio: missing-section error " + message + "\n");
        assertThat(agrees()).isTrue();
        // The old "contains" matching accepted this: a prefix of the message, naming core-2 only.
        Files.writeString(yml, base + "# expect-portfolio: missing-section error " + message.substring(0, message.indexOf("core-2") + 6) + "\n");
        assertThat(agrees()).isFalse();
        Files.writeString(yml, base + "# expect-portfolio: missing-section warning " + message + "\n");
        assertThat(agrees()).isFalse();
    }

    @Test
    void anExpectationWithoutColumnOrSeverityIsRefused() throws IOException {
        write("The date is TBC here. <!-- expect: placeholder -->\n", false);
        assertThatThrownBy(() -> CheckFixtures.expected(dir)).hasMessageContaining("RULE@COLUMN SEVERITY");
    }
}
