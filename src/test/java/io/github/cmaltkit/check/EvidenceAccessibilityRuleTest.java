package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What evidence-accessibility says about each file: the fixtures pin where and how serious, these pin the words. */
class EvidenceAccessibilityRuleTest {

    private static final String FIX = ". Fix the file itself (the tool that made it can usually do so), or add an accessible version beside it";
    private static final String INTRO = " is hard to use with a screen reader or without sound: ";

    @TempDir
    Path tmp;

    private static List<Finding> findings(Path dir) {
        return Checker.check(TestPortfolio.read(dir), Rules.all(), CheckOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("evidence-accessibility")).toList();
    }

    private static Finding at(Severity severity, int line, int column, String file, String problems) {
        return new Finding("evidence-accessibility", severity, "content/evidence.md", line, column, null, file + INTRO + problems + FIX);
    }

    @Test
    void eachFileIsReportedWithEveryProblemSeriousFirst() {
        String noTitle = "the PDF has no title (set it in the document's properties)";
        String noPdfLang = "the PDF does not say its language (set it in the document's properties)";
        String noHtmlLang = "the page does not say its language (add lang=\"en\" to <html>)";
        String alt = " no alt attribute (add alt=\"what it shows\", or alt=\"\" for decoration)";
        assertThat(findings(CheckFixtures.ROOT.resolve("evidence-accessibility/positive"))).containsExactly(
                at(Severity.WARNING, 4, 7, "assets/untagged.pdf", "the PDF has no tags, so screen readers cannot tell headings, lists and "
                        + "tables apart (export it again with \"tagged PDF\" or \"accessibility\" switched on); " + noTitle + "; " + noPdfLang),
                at(Severity.INFO, 6, 5, "assets/no-title.pdf", noTitle),
                at(Severity.WARNING, 7, 7, "assets/survey.html", "1 image has" + alt + "; " + noHtmlLang),
                at(Severity.WARNING, 7, 52, "assets/notes.html", "2 images have" + alt),
                at(Severity.INFO, 8, 5, "assets/no-lang.html", noHtmlLang),
                at(Severity.WARNING, 9, 7, "assets/video/talk.mp4", "the video has no captions file beside it (save the captions as talk.vtt "
                        + "in the same folder, or link to a captioned copy)"),
                at(Severity.WARNING, 9, 53, "assets/video/talk-2.webm", "the video has no captions file beside it (save the captions as "
                        + "talk-2.vtt in the same folder, or link to a captioned copy)"));
    }

    @Test
    void aFileThatStartsAsAPdfButCannotBeReadIsLeftAlone() {
        Path dir = TestPortfolio.at(tmp.resolve("p"))
                .settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n")
                .file("content/evidence.md", "---\ntitle: Evidence\n---\nThe [damaged report](../assets/damaged.pdf).\n")
                .file("assets/damaged.pdf", "%PDF-1.7\nthe rest of the file was lost\n").dir();
        assertThat(findings(dir)).isEmpty();
    }

    @Test
    void anEvidencePageEditedBetweenTwoChecksIsReadAgain() throws Exception {
        // The rule keeps each page's findings while its bytes stay the same (the preview checks after every save).
        Path dir = TestPortfolio.at(tmp.resolve("edited"))
                .settings("candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off}\n")
                .file("content/evidence.md", "---\ntitle: Evidence\n---\nThe [survey](../assets/survey.html).\n")
                .file("assets/survey.html", "<!doctype html><html lang=en><title>Survey</title><img src=a.png>").dir();
        assertThat(findings(dir)).singleElement().extracting(Finding::message).asString().contains("1 image has no alt attribute");
        java.nio.file.Files.writeString(dir.resolve("assets/survey.html"), "<!doctype html><html lang=en><title>Survey</title><img src=a.png alt=\"Chart\">");
        assertThat(findings(dir)).isEmpty();
        java.nio.file.Files.writeString(dir.resolve("assets/survey.html"), "<!doctype html><html><title>Survey</title><img src=a.png alt=\"Chart\">");
        assertThat(findings(dir)).singleElement().extracting(Finding::message).asString().contains("does not say its language");
    }
}
