package io.github.cmaltkit.draft;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.portfolio.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxImportTest {

    @TempDir
    Path tmp;

    private Path draft() throws Exception {
        try (WordDraft w = new WordDraft()) {
            w.author("Sam Candidate");
            // a heading style of the candidate's own, based on Word's Heading 2
            w.style("ChapterHeading", "Chapter heading", "Heading2", -1);
            w.heading("Title", "My CMALT portfolio");
            XWPFParagraph context = w.heading("Heading1", "Contextual Statement");
            w.bookmark(context, "_Ref_context");
            w.para("I have supported digital education at a college since 2019.");
            w.heading("Heading1", "Core Area 1: Operational Issues");
            w.heading("ChapterHeading", "1a – Choosing a lecture capture tool");
            w.para("Principles: exploring, up to date");
            w.heading("Heading3", "What I did");
            XWPFParagraph p = w.para("In 2023 I compared ");
            WordDraft.run(p, "three tools", true, false);
            WordDraft.run(p, " with ", false, false);
            WordDraft.run(p, "two lecturers", false, true);
            WordDraft.run(p, " and wrote ", false, false);
            WordDraft.link(p, "https://example.org/report", "the report");
            WordDraft.run(p, ".", false, false);
            w.footnote(p, "The comparison followed the college's procurement rules.");
            XWPFParagraph changed = w.para("The pilot ran for a term");
            WordDraft.inserted(changed, " with newly added words");
            WordDraft.deleted(changed, " and a removed phrase");
            w.comment(changed, "Say which term, please.");
            w.item(true, 0, "Agree the criteria");
            w.item(true, 1, "Ask students what matters");
            w.item(false, 2, "Mobile use came first");
            w.item(true, 0, "Test each tool");
            w.heading("Heading3", "Evidence");
            XWPFParagraph ev = w.item(false, 0, "");
            WordDraft.link(ev, "https://example.org/matrix", "Scoring matrix");
            WordDraft.run(ev, ": it shows how each tool scored against the criteria.", false, false);
            XWPFParagraph chart = w.para("");
            WordDraft.image(chart, WordDraft.png(), PictureType.PNG, "chart.png", "Bar chart of the three tools' scores");
            w.table(new String[][] {{"Tool", "Score"}, {"Replay", "75"}, {"H5P | Moodle", "83"}});
            w.heading("Heading3", "What I learnt");
            XWPFParagraph back = w.para("My setting explains the choice (see ");
            WordDraft.anchorLink(back, "_Ref_context", "my contextual statement");
            WordDraft.run(back, ").", false, false);
            w.outlineHeading(2, "Core area 1 b) Technical knowledge and ability in the use of learning technology");
            w.para("I look after the lecture capture integration in 2024.");
            w.heading("Heading2", "3a – UK GDPR and lecture recordings");
            w.para("Recordings hold personal data, so in 2023 I wrote guidance.");
            w.heading("Heading1", "Appendix A: Evidence index");
            XWPFParagraph noAlt = w.para("A photo of the room: ");
            WordDraft.image(noAlt, WordDraft.png(), PictureType.PNG, "room.png", "");
            return w.save(tmp.resolve("drafts/portfolio.docx"));
        }
    }

    @Test
    void wordDocumentBecomesSectionsWithEverythingAReaderSees() throws Exception {
        Path draft = draft();
        String draftListing = listing(draft.getParent());
        Path into = tmp.resolve("portfolio");
        Importer.Result r = Importer.run(draft, new Importer.Options(null, null, into, tmp.resolve("target/import-report.txt")));

        assertThat(r.files()).contains("portfolio.yml", "content/01-contextual-statement.md", "content/02-core-1a.md",
                "content/03-core-1b.md", "content/07-core-3a.md", "content/appendix-a-evidence-index.md");
        assertThat(Files.readString(into.resolve("portfolio.yml"))).contains("candidate: Sam Candidate", "pathway: cmalt");

        String a = Files.readString(into.resolve("content/02-core-1a.md"));
        assertThat(a).startsWith("---\nsection: core-1a\ntitle: \"Choosing a lecture capture tool\"\n")
                .contains("principles: [exploring, up-to-date]")
                .contains("## Description", "## Evidence", "## Reflection")
                .contains("In 2023 I compared **three tools** with *two lecturers* and wrote [the report](https://example.org/report).\\[1\\]")
                .contains("The pilot ran for a term with newly added words")
                .doesNotContain("removed phrase", "Say which term")
                .contains("1. Agree the criteria\n   1. Ask students what matters\n      - Mobile use came first\n1. Test each tool")
                .contains("- [Scoring matrix](https://example.org/matrix): it shows how each tool scored")
                .contains("![Bar chart of the three tools' scores](../assets/images/image1.png)")
                .contains("| Tool | Score |\n| --- | --- |\n| Replay | 75 |\n| H5P \\| Moodle | 83 |")
                .contains("[my contextual statement](01-contextual-statement.md)")
                .endsWith("1. The comparison followed the college's procurement rules.\n");
        assertThat(into.resolve("assets/images/image1.png")).hasBinaryContent(WordDraft.png());

        assertThat(Files.readString(into.resolve("content/03-core-1b.md"))).contains("section: core-1b", "lecture capture integration");
        assertThat(Files.readString(into.resolve("content/07-core-3a.md")))
                .contains("section: core-3a", "topic: \"UK GDPR\"", "kind: legislation", "title: \"UK GDPR and lecture recordings\"");

        String report = Files.readString(tmp.resolve("target/import-report.txt"));
        assertThat(report).contains("1a – Choosing a lecture capture tool  →  content/02-core-1a.md (section core-1a)")
                .contains("What I learnt  →  content/02-core-1a.md as ## Reflection")
                .contains("Appendix A: Evidence index  →  content/appendix-a-evidence-index.md (extra page)")
                .contains("1 comment dropped")
                .contains("links:   3 in the draft, 3 in the portfolio: they agree")
                .contains("images:  2 in the draft, 2 in the portfolio: they agree")
                .containsPattern("words: +\\d+ in the draft, \\d+ in the portfolio: 5 words of \"Principles:\" lines are in front matter");
        assertThat(report).doesNotContain("not in the portfolio");
        assertThat(r.lines()).isEqualTo(List.of(report.split("\n")));

        // the draft's folder is as it was, and check reads the portfolio: the image without alt text is a finding
        assertThat(listing(draft.getParent())).isEqualTo(draftListing);
        List<Finding> findings = Checker.check(Portfolio.read(into), Rules.all(), new CheckOptions(true)).findings();
        assertThat(findings).noneMatch(f -> f.rule().equals("front-matter"));
        assertThat(findings).anyMatch(f -> f.rule().equals("image-alt") && "content/appendix-a-evidence-index.md".equals(f.file()));
    }

    @Test
    void headingStylesOfLibreOfficeAndOtherLanguagesAreHeadings() throws Exception {
        try (WordDraft w = new WordDraft()) {
            w.style("berschrift1", "Überschrift 1", null, -1);
            w.style("Kop2", "kop 2", null, -1);
            w.heading("berschrift1", "Future plans");
            w.para("Next year I will lead a course on accessible design.");
            w.heading("Kop2", "Confirmation");
            w.para("This is my own work.");
            Path d = w.save(tmp.resolve("de.docx"));
            Importer.run(d, new Importer.Options("cmalt", "Jo", tmp.resolve("p"), null));
        }
        assertThat(tmp.resolve("p/content/11-future-plans.md")).content().contains("section: future-plans", "accessible design");
        assertThat(tmp.resolve("p/content/12-confirmation.md")).content().contains("section: confirmation");
    }

    @Test
    void fieldHyperlinksEndnotesAndTableOfContents() throws Exception {
        try (WordDraft w = new WordDraft()) {
            w.style("TOC1", "toc 1", null, -1);
            XWPFParagraph toc = w.para("Future plans ........ 3");
            toc.setStyle("TOC1");
            w.heading("Heading1", "Future plans");
            XWPFParagraph p = w.para("I will follow ");
            // a HYPERLINK field, as older Word versions and some converters write links
            p.createRun().getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(" HYPERLINK \"https://example.org/network\" ");
            p.createRun().getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.SEPARATE);
            p.createRun().setText("the regional network");
            p.createRun().getCTR().addNewFldChar().setFldCharType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
            WordDraft.run(p, " from 2026.", false, false);
            var en = w.doc.createEndnote();
            en.createParagraph().createRun().setText("It meets each term.");
            p.createRun().getCTR().addNewEndnoteReference().setId(en.getId());
            Path d = w.save(tmp.resolve("fields.docx"));
            Importer.Result r = Importer.run(d, new Importer.Options("cmalt", "Jo", tmp.resolve("p"), null));
            assertThat(tmp.resolve("p/content/11-future-plans.md")).content()
                    .contains("I will follow [the regional network](https://example.org/network) from 2026.\\[1\\]")
                    .endsWith("1. It meets each term.\n")
                    .doesNotContain("HYPERLINK", "........");
            assertThat(String.join("\n", r.lines())).contains("links:   1 in the draft, 1 in the portfolio: they agree",
                    "the table of contents (1 line) is left out");
        }
    }

    static String listing(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                b.append(dir.relativize(p)).append(' ').append(Files.isRegularFile(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p) : "").append('\n');
            }
        }
        return b.toString();
    }
}
