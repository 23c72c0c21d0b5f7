package io.github.cmaltkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

    @TempDir
    Path tmp;

    private String render(List<Finding> findings, boolean colour) {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        return TextReport.render(CheckReport.of(Fixtures.result(p, findings), "my-portfolio"), Style.of(colour));
    }

    @Test
    void findingsAreGroupedBySectionInPathwayOrderThenTheReadinessSummary() {
        assertThat(render(Fixtures.findings(), false)).isEqualTo("""
                CMALT check of my-portfolio (CMALT pathway, 3 files)

                Whole portfolio
                warning [principles] no section claims "disseminate" (see docs/rules/principles.md)

                core-1a  An understanding of the constraints and benefits of different technologies
                content/core-1a.md:5:1: error [missing-part] the Reflection part is missing (see docs/rules/missing-part.md)

                core-1c  Supporting the deployment of learning technologies
                content/core-1c.md:6:14: warning [acronym] "VLE" is used before it is expanded (see docs/rules/acronym.md)

                core-2b  An understanding of your target learners
                error [missing-section] there is no file for core-2b (see docs/rules/missing-section.md)

                Extra page content/appendix.md  Appendix A
                content/appendix.md:4:1: warning [placeholder] "TODO" is left in (see docs/rules/placeholder.md)

                READINESS, section by section as on the assessment form
                Contextual statement
                  Not written yet  contextual-statement  Contextual statement
                Core area 1: Operational issues
                  Needs work       core-1a               An understanding of the constraints and benefits of different technologies (1 error, 0 warnings; marked draft)
                  Not written yet  core-1b               Technical knowledge and ability in the use of learning technology
                  Nearly there     core-1c               Supporting the deployment of learning technologies (0 errors, 1 warning)
                Core area 2: Learning, teaching and assessment
                  Not written yet  core-2a               An understanding of teaching, learning and/or assessment processes
                  Not written yet  core-2b               An understanding of your target learners (1 error, 0 warnings)
                Core area 3: The wider context
                  Not written yet  core-3a               Wider context: legislation
                  Not written yet  core-3b               Wider context: legislation, policy or standard
                Core area 4: Communication and working with others
                  Not written yet  core-4                Communication and working with others
                Specialist option(s)
                  Not written yet  specialist-1          Specialist option
                Future plans
                  Not written yet  future-plans          Future plans
                Confirmation
                  Not written yet  confirmation          Confirmation
                Core principles (claimed with "principles:" in a section's front matter)
                  Exploring and understanding the interplay between technology and learning [exploring]: claimed by 2 sections: core-1a, core-1c
                  Keeping up to date with new technologies [up-to-date]: claimed by no section
                  Empathy with, and willingness to learn from, colleagues of other backgrounds and specialisms [empathy]: claimed by 1 section: core-1a
                  Communicating and disseminating effective practice [disseminate]: claimed by no section

                2 errors, 3 warnings in 3 files — not ready to submit
                """);
    }

    @Test
    void aSectionWithNoFindingIsReady() {
        String text = render(List.of(), false);
        assertThat(text).contains("\n  Ready            core-1c               Supporting the deployment of learning technologies\n");
        assertThat(text).contains("\n  Ready            core-1a               An understanding of the constraints and benefits of different technologies (marked draft)\n");
    }

    @Test
    void verdictLines() {
        assertThat(render(List.of(), false)).endsWith("\n\nNo problems found — ready to submit\n");
        assertThat(render(List.of(Fixtures.findings().get(0)), false))
                .endsWith("\n0 errors, 1 warning in 3 files — ready to submit, but read the warnings first\n");
        assertThat(render(List.of(new Finding("x", Severity.INFO, null, null, null, null, "fyi")), false))
                .endsWith("\nNo problems found (1 note) — ready to submit\n");
    }

    @Test
    void multiLineMessagesAreIndentedAndAnExistingDocLinkIsNotRepeated() {
        Finding f = new Finding("front-matter", Severity.ERROR, "portfolio.yml", 2, 10, null,
                "unknown pathway.\nUse one of:\r\ncmalt (see docs/rules/front-matter.md)");
        assertThat(TextReport.line(f, Style.PLAIN)).isEqualTo(
                "portfolio.yml:2:10: error [front-matter] unknown pathway.\n    Use one of:\n    cmalt (see docs/rules/front-matter.md)");
        // portfolio.yml is not a content file: its findings belong to the whole portfolio
        assertThat(render(List.of(f), false)).contains("\nWhole portfolio\nportfolio.yml:2:10: error [front-matter]");
    }

    @Test
    void aFileWithoutLineOrColumnShowsOnlyWhatItHas() {
        assertThat(TextReport.line(new Finding("r", Severity.WARNING, "content/a.md", null, null, null, "m"), Style.PLAIN))
                .isEqualTo("content/a.md: warning [r] m (see docs/rules/r.md)");
        assertThat(TextReport.line(new Finding("r", Severity.WARNING, "content/a.md", 3, null, null, "m"), Style.PLAIN))
                .isEqualTo("content/a.md:3: warning [r] m (see docs/rules/r.md)");
    }

    @Test
    void aFindingWithoutSectionInASectionFileGoesUnderThatSection() {
        Finding f = new Finding("heading-order", Severity.WARNING, "content/core-1c.md", 8, 1, null, "a heading skips a level");
        assertThat(render(List.of(f), false)).contains(
                "\ncore-1c  Supporting the deployment of learning technologies\ncontent/core-1c.md:8:1: warning [heading-order]");
    }

    @Test
    void aSectionOutsideThePathwayComesAfterThePathwaysSections() {
        Finding adv = new Finding("front-matter", Severity.ERROR, "content/adv.md", 2, 10, "advanced-1", "not a section of CMALT");
        Finding core = Fixtures.findings().get(1);
        String text = render(List.of(adv, core), false);
        assertThat(text).contains("advanced-1  (not a section of the CMALT pathway)\ncontent/adv.md:2:10: error");
        assertThat(text.indexOf("\ncore-1c  ")).isLessThan(text.indexOf("\nadvanced-1  "));
    }

    @Test
    void coloursOnlyWhenAsked() {
        assertThat(render(Fixtures.findings(), false)).doesNotContain("\u001b[");
        String coloured = render(Fixtures.findings(), true);
        assertThat(coloured).contains("\u001b[1m\u001b[31merror\u001b[0m [missing-part]");
        assertThat(coloured).contains("\u001b[33mwarning\u001b[0m [acronym]");
        // without the escape codes it is the plain report, line for line
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(render(Fixtures.findings(), false));
    }
}
