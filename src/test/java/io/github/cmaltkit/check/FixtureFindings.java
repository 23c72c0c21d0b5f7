package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.util.List;

/**
 * Prints the findings the checker gives today on fixture portfolios, in the expectation syntax of
 * check-fixtures/README.md, one per line prefixed by where to write it. For writing a new fixture: run it,
 * read each line, and copy the ones you agree with; never paste without reading.
 * <pre>mvn -o -q test-compile -Punit exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.cmaltkit.check.FixtureFindings -Dexec.args="acronym/positive"</pre>
 * With no argument it prints every fixture.
 */
public final class FixtureFindings {

    private FixtureFindings() {
    }

    public static void main(String[] args) {
        List<String> fixtures = args.length == 0 ? CheckFixtures.all() : List.of(args);
        for (String fixture : fixtures) {
            CheckResult result = Checker.check(TestPortfolio.read(CheckFixtures.ROOT.resolve(fixture)), Rules.all(), new CheckOptions(false, new FakeWebLinks()));
            for (Finding f : result.findings()) System.out.println(fixture + "\t" + line(f));
        }
    }

    /** {@code FILE:LINE<tab>expect: RULE@COLUMN SEVERITY}, or {@code -<tab>expect-portfolio: RULE SEVERITY MESSAGE}. */
    static String line(Finding f) {
        if (f.file() == null) return "-\texpect-portfolio: " + f.rule() + " " + f.severity().id() + " " + f.message();
        return f.file() + ":" + (f.line() == null ? "-" : f.line()) + "\texpect: " + f.rule() + "@"
                + (f.column() == null ? "-" : f.column()) + " " + f.severity().id();
    }
}
