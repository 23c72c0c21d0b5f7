package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.portfolio.Problem;
import io.github.cmaltkit.portfolio.Settings;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The PDF an assessor receives when the candidate sends a file: links, title page, attachments, dates. */
@ResourceLock(SharedState.JBAKE)
class PdfExportTest {

    @TempDir
    static Path work;
    static Path site;
    static Path pdf;

    @BeforeAll
    static void bakeAndExportTheDraft() throws Exception {
        site = work.resolve("site");
        assertThat(TestBaker.bake(BakeTest.DRAFT, work.resolve("stage"), site)).isEmpty();
        pdf = site.resolve("portfolio.pdf");
        Export.pdf(site, pdf);
    }

    private static String text(Path file, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(from);
            s.setEndPage(Math.min(to, doc.getNumberOfPages()));
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyLinkWorksFromThePdfAloneAndEvidenceTravelsInside() throws IOException {
        PdfLinkCheck.Result r = PdfLinkCheck.check(pdf);
        assertThat(r.problems()).isEmpty();
        // The contents, and the link from core 1a to the pilot notes, are jumps inside the PDF.
        assertThat(r.internal()).isGreaterThanOrEqualTo(4);
        assertThat(r.attachments()).isPositive();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("comparison.txt");
        }
        assertThat(text(pdf, 1, 1)).contains("inside this PDF").doesNotContain("Not included");
    }

    @Test
    void theTitlePageNamesCandidatePathwayVersionAndContentsWithPageNumbers() throws IOException {
        String first = text(pdf, 1, 1);
        assertThat(first).contains("Sam Rivera: CMALT portfolio", "Certified Member of the Association for Learning Technology",
                "Version of ", "Contents");
        assertThat(first).containsPattern("Comparing two quiz tools \\.+ ?[0-9]+");
        assertThat(first).doesNotContain("for printing or saving as PDF", "Skip to main content");
    }

    @Test
    void withThePublishedAddressEvidenceLinksGoToTheSite(@TempDir Path tmp) throws Exception {
        Path portfolio = copyOfDraft(tmp.resolve("portfolio"));
        Files.writeString(portfolio.resolve("portfolio.yml"), "url: https://sam.example.org/cmalt\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path s = tmp.resolve("site");
        assertThat(TestBaker.bake(portfolio, tmp.resolve("stage"), s)).isEmpty();
        Path out = s.resolve("portfolio.pdf");
        Export.pdf(s, out);
        PdfLinkCheck.Result r = PdfLinkCheck.check(out);
        assertThat(r.problems()).isEmpty();
        assertThat(r.attachments()).isZero();
        assertThat(uris(out)).contains("https://sam.example.org/cmalt/evidence/comparison.txt");
        assertThat(text(out, 1, 1)).contains("Published at https://sam.example.org/cmalt/");
    }

    @Test
    void aBadUrlSettingIsALocatedProblemAndAGoodOneEndsInASlash() {
        List<Problem> problems = new ArrayList<>();
        assertThat(Settings.parse("pathway: cmalt\nurl: https://a.example/cv\n", problems).url()).isEqualTo("https://a.example/cv/");
        assertThat(problems).isEmpty();
        assertThat(Settings.parse("pathway: cmalt\nurl: my site\n", problems).url()).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.located()).startsWith("portfolio.yml:2:");
            assertThat(p.message()).contains("full address");
        });
    }

    static List<String> uris(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (var page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) out.add(u.getURI());
                }
            }
        }
        return out;
    }


    static Path copyOfDraft(Path to) {
        return TestPortfolio.copy(BakeTest.DRAFT, to);
    }
}
