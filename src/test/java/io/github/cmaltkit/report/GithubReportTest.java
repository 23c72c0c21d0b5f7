package io.github.cmaltkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReportTest {

    @TempDir
    Path tmp;

    @Test
    void oneAnnotationPerFindingThenThePlainTextReport() {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        CheckReport report = CheckReport.of(Fixtures.result(p, Fixtures.findings()), "sample-portfolio");
        String out = GithubReport.render(report, "sample-portfolio");
        assertThat(out).startsWith("""
                ::warning title=principles::no section claims "disseminate" (see docs/rules/principles.md)
                ::error file=sample-portfolio/content/core-1a.md,line=5,col=1,title=missing-part::the Reflection part is missing (see docs/rules/missing-part.md)
                ::warning file=sample-portfolio/content/core-1c.md,line=6,col=14,title=acronym::"VLE" is used before it is expanded (see docs/rules/acronym.md)
                ::error title=missing-section::there is no file for core-2b (see docs/rules/missing-section.md)
                ::warning file=sample-portfolio/content/appendix.md,line=4,col=1,title=placeholder::"TODO" is left in (see docs/rules/placeholder.md)

                CMALT check of sample-portfolio""");
        assertThat(out).endsWith(TextReport.render(report, Style.PLAIN));
        assertThat(out).doesNotContain("\u001b[");
    }

    @Test
    void messagesAndPropertiesAreEscapedAsGithubRequires() {
        Finding f = new Finding("odd,rule:x", Severity.WARNING, "content/a,b:c%d.md", 3, null, null,
                "100% sure:\r\nline two, with comma (see docs/rules/x.md)");
        assertThat(GithubReport.command(f, "docs/my portfolio")).isEqualTo(
                "::warning file=docs/my portfolio/content/a%2Cb%3Ac%25d.md,line=3,title=odd%2Crule%3Ax"
                        + "::100%25 sure:%0D%0Aline two, with comma (see docs/rules/x.md)");
    }

    @Test
    void infoBecomesANotice() {
        Finding f = new Finding("r", Severity.INFO, "content/a.md", 1, 2, null, "m");
        assertThat(GithubReport.command(f, "")).isEqualTo("::notice file=content/a.md,line=1,col=2,title=r::m (see docs/rules/r.md)");
    }

    @Test
    void thePrefixIsCleanedUp() {
        assertThat(Paths.join("./sample-portfolio/", "content/a.md")).isEqualTo("sample-portfolio/content/a.md");
        assertThat(Paths.join(".", "content/a.md")).isEqualTo("content/a.md");
        assertThat(Paths.join("", "content/a.md")).isEqualTo("content/a.md");
        assertThat(Paths.join("portfolios\\alex", "content/a.md")).isEqualTo("portfolios/alex/content/a.md");
        assertThat(Paths.join("/", "content/a.md")).isEqualTo("/content/a.md");
    }
}
