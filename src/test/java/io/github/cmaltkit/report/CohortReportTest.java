package io.github.cmaltkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Portfolio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cohort's output: each report as it comes, then a table padded to its widest cells; in JSON one document. */
class CohortReportTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private static final String NL = System.lineSeparator();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTableHasARowPerFolderColumnsPaddedAndNoTrailingSpaces(@TempDir Path tmp) {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        CheckReport report = CheckReport.of(Fixtures.result(p, Fixtures.findings()), "group/alex");
        CohortReport cohort = new CohortReport(Format.TEXT, false, out);
        cohort.add(report, "group/alex");
        cohort.notChecked("group/a-folder-with-a-long-name");
        cohort.finish();
        String rule = "=".repeat(72);
        String own = Reports.render(Format.TEXT, report, false, "group/alex");
        int required = p.pathway().requiredIds().size();
        String sections = (required - p.missing().size()) + "/" + required;
        assertThat(sections).hasSizeLessThanOrEqualTo("Sections".length());
        String verdict = report.readiness().verdict();
        List<String> table = List.of(
                "  Portfolio                        Pathway  Sections  Errors  Warnings  Verdict",
                "  group/alex                       " + pad(p.pathway().name(), 7) + "  " + pad(sections, 8) + "  "
                        + pad(String.valueOf(report.errors()), 6) + "  " + pad(String.valueOf(report.warnings()), 8) + "  " + verdict,
                "  group/a-folder-with-a-long-name                                       could not be checked");
        assertThat(printed()).isEqualTo(rule + NL + own + NL + rule + NL + "COHORT: 2 portfolios" + NL + String.join("\n", table) + "\n");
    }

    @Test
    void inJsonTheReportsComeAsOneDocumentAtTheEnd(@TempDir Path tmp) {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        CheckReport report = CheckReport.of(Fixtures.result(p, Fixtures.findings()), "alex");
        CohortReport cohort = new CohortReport(Format.JSON, false, out);
        cohort.add(report, "alex");
        cohort.add(report, "alex");
        assertThat(printed()).isEmpty();
        cohort.notChecked("gone");
        cohort.finish();
        String one = JsonReport.render(report).strip();
        assertThat(printed()).isEqualTo("{\"portfolios\": [" + one + ",\n" + one + "]}" + NL);
        assertThat(StrictJson.object(printed())).containsOnlyKeys("portfolios");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
