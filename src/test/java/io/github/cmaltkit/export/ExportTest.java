package io.github.cmaltkit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF from a site folder alone (no bake): evidence travels inside while it fits, and what does not is named. */
class ExportTest {

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("kit"));
        Files.createDirectories(site.resolve("evidence"));
        Files.writeString(site.resolve("evidence/comparison.txt"), "Quiz tool A against quiz tool B.\n");
        Files.writeString(site.resolve("kit/print.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Print</title></head><body>
                <header class="title-page"><h1>Sam Rivera: CMALT portfolio</h1>
                <p class="title-version">Version of <time datetime="2026-03-14T09:26:53Z">14 March 2026</time></p></header>
                <section class="print-section" data-page="core-1a.html"><h2 id="core-1a">Core 1a</h2>
                <p>I compared two tools (<a href="../evidence/comparison.txt">comparison</a>).</p></section>
                </body></html>
                """);
    }

    @Test
    void evidenceThatFitsTravelsInside() throws IOException {
        Path pdf = tmp.resolve("portfolio.pdf");
        Export.pdf(site, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("comparison.txt");
        }
        assertThat(firstPage(pdf)).contains("inside this PDF").doesNotContain("Not included");
    }

    @Test
    void evidenceThatDoesNotFitIsListedOnTheFirstPageAsNotIncluded() throws IOException {
        Path pdf = tmp.resolve("small.pdf");
        Export.pdf(site, pdf, 0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
        }
        assertThat(firstPage(pdf)).contains("Not included in this file", "evidence/comparison.txt");
    }

    @Test
    void withoutAPrintPageThereIsNoPdfButOneSentence() {
        Path empty = tmp.resolve("empty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Export.pdf(empty, tmp.resolve("x.pdf")))
                .isInstanceOf(IOException.class).hasMessage(empty.resolve("kit/print.html") + " is missing: bake the site first");
    }

    private static String firstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }
}
