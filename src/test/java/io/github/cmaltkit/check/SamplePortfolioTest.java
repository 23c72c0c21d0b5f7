package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kit's own sample portfolio is the model candidates copy: it must pass clean, without a single warning. */
class SamplePortfolioTest {

    @Test
    void theSamplePortfolioHasNoFinding() {
        Path sample = CheckFixtures.KIT.resolve("sample-portfolio");
        // The only proof that the sample is clean: it may never pass by being skipped.
        Prerequisites.require(Files.isDirectory(sample.resolve("content")), "the sample portfolio has no content folder at " + sample);
        CheckResult result = Checker.check(TestPortfolio.read(sample), Rules.all(), new CheckOptions(true));
        assertThat(result.findings())
                .as("findings on the sample portfolio:%n%s", result.findings().stream()
                        .map(f -> "  " + f.rule() + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.message())
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
