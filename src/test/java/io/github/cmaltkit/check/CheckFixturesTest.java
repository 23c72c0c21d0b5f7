package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the checker on every fixture portfolio under check-fixtures/ (with a fake web-link checker) and
 * asserts that the findings are exactly those written inline as expectations; see {@link CheckFixtures}.
 * A fixture with no expectation asserts that nothing is reported.
 */
class CheckFixturesTest {

    static List<String> fixtures() {
        return CheckFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyWhatTheFixtureExpects(String fixture) {
        Path dir = CheckFixtures.ROOT.resolve(fixture);
        Portfolio portfolio = TestPortfolio.read(dir);
        CheckResult result = Checker.check(portfolio, Rules.all(), new CheckOptions(false, new FakeWebLinks()));
        List<String> expected = CheckFixtures.expected(dir);
        List<String> actual = CheckFixtures.actual(result.findings(), dir);
        assertThat(actual)
                .as("findings of %s:%n%s", fixture, result.findings().stream()
                        .map(f -> "  " + f.rule() + " " + f.severity().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.message())
                        .collect(Collectors.joining("\n")))
                .isEqualTo(expected);
    }
}
