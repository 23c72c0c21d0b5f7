package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.rules.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry keeps the contract's promises: stable ids and severities, one doc page and fixtures per rule. */
class RulesTest {

    /** Contract §4, plus the extensions settings and personal-data. */
    private static final Map<String, Severity> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("front-matter", Severity.ERROR);
        CONTRACT.put("missing-section", Severity.ERROR);
        CONTRACT.put("pathway-rule", Severity.ERROR);
        CONTRACT.put("missing-part", Severity.ERROR);
        CONTRACT.put("acronym", Severity.WARNING);
        CONTRACT.put("no-date", Severity.WARNING);
        CONTRACT.put("evidence-unexplained", Severity.WARNING);
        CONTRACT.put("broken-link", Severity.ERROR);
        CONTRACT.put("restricted-link", Severity.ERROR);
        CONTRACT.put("link-unverified", Severity.WARNING);
        CONTRACT.put("image-alt", Severity.ERROR);
        CONTRACT.put("placeholder", Severity.WARNING);
        CONTRACT.put("word-count", Severity.WARNING);
        CONTRACT.put("principles", Severity.WARNING);
        CONTRACT.put("heading-order", Severity.WARNING);
        CONTRACT.put("citation", Severity.WARNING);
        CONTRACT.put("link-mismatch", Severity.WARNING);
        CONTRACT.put("evidence-reuse", Severity.WARNING);
        CONTRACT.put("evidence-accessibility", Severity.WARNING);
        CONTRACT.put("settings", Severity.ERROR);
        CONTRACT.put("personal-data", Severity.WARNING);
        CONTRACT.put("submission-size", Severity.WARNING);
        CONTRACT.put("unknown-key", Severity.WARNING);
        CONTRACT.put("section-unwritten", Severity.ERROR);
    }

    @Test
    void everyContractRuleExistsWithItsSeverity() {
        Map<String, Severity> actual = new LinkedHashMap<>();
        for (Rule r : Rules.all()) actual.put(r.id(), r.severity());
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(CONTRACT);
        assertThat(Rules.all()).extracting(Rule::id).doesNotHaveDuplicates();
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
