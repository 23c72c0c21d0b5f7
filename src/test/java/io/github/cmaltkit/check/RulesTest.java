package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry keeps the contract's promises: one id per rule, the documented severities, one doc page and fixtures per rule. */
class RulesTest {

    /**
     * Rule ids name the doc page, the fixture folder and the portfolio.yml setting: two rules with one id
     * would share them. (The contract's ids and severities are kept by the docs table below: changing
     * one means changing docs/rules/README.md too.)
     */
    @Test
    void everyRuleHasItsOwnId() {
        assertThat(Rules.all()).extracting(Rule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    }

    /** The table of docs/rules/README.md is made from each rule's {@link RuleInfo}: same rules, order, severity and summary. */
    @Test
    void theDocsTableSaysWhatEachRuleInfoSays() throws Exception {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| \\[`([a-z-]+)`\\]\\(([a-z-]+)\\.md\\) \\| ([^|]+) \\| ([^|]+) \\|$");
        List<String> rows = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(CheckFixtures.KIT.resolve("docs/rules/README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.matches()) rows.add(m.group(1) + " | " + m.group(2) + " | " + m.group(3).split(" ")[0] + " | " + m.group(4));
        }
        List<String> expected = Rules.all().stream()
                .map(r -> r.id() + " | " + r.id() + " | " + r.severity().id() + " | " + r.summary()).toList();
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void everyRuleHasASummaryAndADocPage() {
        for (Rule r : Rules.all()) {
            assertThat(r.summary()).as(r.id()).isNotBlank().doesNotContain("\n");
            Path doc = CheckFixtures.KIT.resolve(r.doc());
            assertThat(doc).as("doc page of " + r.id()).isRegularFile();
        }
    }

    @Test
    void everyRuleHasAPositiveAndANegativeFixture() throws Exception {
        for (Rule r : Rules.all()) {
            Path folder = CheckFixtures.ROOT.resolve(r.id());
            assertThat(folder).as("fixtures of " + r.id()).isDirectory();
            List<String> cases = CheckFixtures.all().stream().filter(f -> f.startsWith(r.id() + "/")).toList();
            boolean positive = false;
            boolean negative = false;
            for (String c : cases) {
                boolean expects = CheckFixtures.expected(CheckFixtures.ROOT.resolve(c)).stream().anyMatch(k -> k.startsWith(r.id() + " "));
                boolean off = Files.readString(CheckFixtures.ROOT.resolve(c).resolve("portfolio.yml")).contains(r.id() + ": off");
                positive |= expects;
                negative |= !expects && !off;
            }
            assertThat(positive).as("a fixture where " + r.id() + " fires").isTrue();
            assertThat(negative).as("a fixture where " + r.id() + " stays quiet").isTrue();
        }
    }
}
