package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every rule on the kit's own labelled portfolios: each expectation of a fixture is
 * a labelled true finding, the sample portfolio is labelled clean, and a finding is counted true when it
 * matches a label exactly (rule, severity, file, line, column; the message for whole-portfolio findings).
 * The table is written to target/rule-scores.md (docs/checker.md quotes it). The four newest rules must
 * also stay silent on the test portfolios under src/test/resources/portfolios.
 */
class RuleScoresTest {

    private static final List<String> NEW_RULES = List.of("citation", "link-mismatch", "evidence-reuse", "evidence-accessibility");

    /** True positives, false positives and false negatives of one rule. */
    private static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int fixtures;
    }

    @Test
    void everyRuleFindsItsLabelsAndNothingElse() throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Rule r : Rules.all()) scores.put(r.id(), new Score());
        List<String> cases = new ArrayList<>(CheckFixtures.all());
        for (String fixture : cases) {
            Path dir = CheckFixtures.ROOT.resolve(fixture);
            List<Finding> findings = Checker.check(TestPortfolio.read(dir), Rules.all(), new CheckOptions(false, new FakeWebLinks())).findings();
            tally(scores, CheckFixtures.expected(dir), CheckFixtures.actual(findings, dir));
            String rule = fixture.substring(0, fixture.indexOf('/'));
            if (scores.containsKey(rule)) scores.get(rule).fixtures++;
        }
        Path sample = CheckFixtures.KIT.resolve("sample-portfolio");
        tally(scores, List.of(), CheckFixtures.actual(Checker.check(TestPortfolio.read(sample), Rules.all(), new CheckOptions(true)).findings(), sample));

        StringBuilder table = new StringBuilder("| rule | fixtures | labelled findings | true | false alarms | missed | precision | recall |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        scores.forEach((id, s) -> table.append("| `").append(id).append("` | ").append(s.fixtures).append(" | ")
                .append(s.truePositives + s.falseNegatives).append(" | ").append(s.truePositives).append(" | ").append(s.falsePositives)
                .append(" | ").append(s.falseNegatives).append(" | ").append(ratio(s.truePositives, s.truePositives + s.falsePositives))
                .append(" | ").append(ratio(s.truePositives, s.truePositives + s.falseNegatives)).append(" |\n"));
        Path out = CheckFixtures.KIT.resolve("target/rule-scores.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());

        scores.forEach((id, s) -> {
            assertThat(s.falsePositives).as("false alarms of " + id + "\n" + table).isZero();
            assertThat(s.falseNegatives).as("misses of " + id + "\n" + table).isZero();
            assertThat(s.truePositives).as("labelled findings of " + id).isPositive();
        });
    }

    @Test
    void theNewestRulesAreSilentOnTheTestPortfolios() throws IOException {
        List<Path> portfolios;
        try (Stream<Path> s = Files.list(CheckFixtures.KIT.resolve("src/test/resources/portfolios"))) {
            portfolios = s.filter(p -> Files.isRegularFile(p.resolve("portfolio.yml"))).sorted().toList();
        }
        assertThat(portfolios).isNotEmpty();
        for (Path p : portfolios) {
            List<Finding> findings = Checker.check(TestPortfolio.read(p), Rules.all(), new CheckOptions(true)).findings();
            assertThat(findings).as("findings of the newest rules on " + p.getFileName())
                    .filteredOn(f -> NEW_RULES.contains(f.rule())).isEmpty();
        }
    }

    private static void tally(Map<String, Score> scores, List<String> expected, List<String> actual) {
        List<String> pending = new ArrayList<>(expected);
        for (String key : actual) {
            Score s = scores.computeIfAbsent(ruleOf(key), k -> new Score());
            if (pending.remove(key)) s.truePositives++;
            else s.falsePositives++;
        }
        for (String key : pending) scores.computeIfAbsent(ruleOf(key), k -> new Score()).falseNegatives++;
    }

    private static String ruleOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.2f", (double) a / b);
    }
}
