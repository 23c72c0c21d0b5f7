package io.github.cmaltkit.report;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;

/**
 * The reports' test portfolio (a {@link TestPortfolio}) and hand-made findings on it: the reports are
 * tested on these, independently of the rules.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code my-portfolio/} under {@code tmp}: core-1a (draft), core-1c and an appendix. */
    public static Path writePortfolio(Path tmp) {
        return TestPortfolio.at(tmp.resolve("my-portfolio"))
                .settings("candidate: Alex Example\npathway: cmalt\n")
                .file("content/core-1a.md", """
                        ---
                        section: core-1a
                        status: draft
                        principles: [exploring, empathy]
                        ---
                        ## Description
                        In 2023 I chose a lecture-capture platform.
                        """)
                .file("content/core-1c.md", """
                        ---
                        section: core-1c
                        principles: [exploring]
                        ---
                        ## Description
                        We moved the VLE in spring 2022.
                        """)
                .file("content/appendix.md", """
                        ---
                        title: Appendix A
                        ---
                        TODO
                        """)
                .dir();
    }

    public static Portfolio read(Path dir) {
        return TestPortfolio.read(dir);
    }

    /** Findings in a deliberately scrambled order: the report must sort them. */
    public static List<Finding> findings() {
        return List.of(
                new Finding("placeholder", Severity.WARNING, "content/appendix.md", 4, 1, null, "\"TODO\" is left in"),
                new Finding("acronym", Severity.WARNING, "content/core-1c.md", 6, 14, "core-1c",
                        "\"VLE\" is used before it is expanded"),
                new Finding("missing-section", Severity.ERROR, null, null, null, "core-2b", "there is no file for core-2b"),
                new Finding("missing-part", Severity.ERROR, "content/core-1a.md", 5, 1, "core-1a", "the Reflection part is missing"),
                new Finding("principles", Severity.WARNING, null, null, null, null, "no section claims \"disseminate\""));
    }

    public static CheckResult result(Portfolio p, List<Finding> findings) {
        return new CheckResult(p, findings);
    }
}
