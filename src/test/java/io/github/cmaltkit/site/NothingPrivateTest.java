package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.portfolio.Scaffold;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A comment is a note to oneself: {@code init}'s prompts, a candidate's private reminder. None reaches
 * any output of either audience (every page, the print page, the PDF's text, every entry of the zip),
 * wherever Markdown allows a comment; and the published bake carries none of the kit's hints to the
 * candidate (file names, what to type where).
 */
@ResourceLock(SharedState.JBAKE)
class NothingPrivateTest {

    /** Comments in every place Markdown allows one, each with a word that must not be published. */
    static final String COMMENTS = "\n<!-- private note: ask my line manager before naming the vendor SECRET1 -->\n\n"
            + "A sentence with a note <!-- SECRET2 inline --> in it, written in 2023.\n\n"
            + "- an item <!-- SECRET3 in an item -->\n  <!-- SECRET4 own line in a list -->\n- another item\n\n"
            + "<!-- SECRET5 over\nseveral\nlines -->\n\n"
            + "<div class=\"note\">\n<!-- SECRET6 inside raw HTML -->\n<p>Shown in a box.</p>\n</div>\n\n"
            + "> A quotation <!-- SECRET7 in a quote -->\n\n"
            + "| Year | Note <!-- SECRET8 in a cell --> |\n|---|---|\n| 2023 | done |\n\n"
            + "<!-- SECRET9 at the end, never closed\n";

    /** What the kit says only to the candidate, in their own bake. */
    static final List<String> HINTS = List.of("holds only headings and writing prompts", "in its front matter", "java -jar",
            "portfolio.yml", "content/");

    @TempDir
    Path tmp;

    @Test
    void noCommentInAnyOutputOfEitherAudienceAndNoHintInThePublicOne() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("src/test/resources/portfolios/senior-partial"), tmp.resolve("p"));
        // init's files for the sections not yet written: headings and prompts, the prompts being comments.
        assertThat(Scaffold.init(dir, null, null)).isNotEmpty();
        Files.writeString(dir.resolve("content/01-core-1a.md"), COMMENTS, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("content/90-notes.md"), "---\ntitle: Notes\n---\n" + COMMENTS);

        for (Audience audience : Audience.values()) {
            Path site = tmp.resolve("site-" + audience);
            assertThat(TestBaker.bake(dir, tmp.resolve("stage-" + audience), site, audience)).isEmpty();
            Map<String, String> outputs = new LinkedHashMap<>();
            try (Stream<Path> s = Files.walk(site)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    outputs.put(site.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
                }
            }
            Path pdf = tmp.resolve("portfolio-" + audience + ".pdf");
            Export.pdf(site, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                outputs.put("PDF text", new PDFTextStripper().getText(doc));
            }
            Path zip = tmp.resolve("site-" + audience + ".zip");
            Export.zip(site, zip);
            outputs.putAll(zipEntries(zip));

            assertThat(outputs).containsKeys("index.html", "01-core-1a.html", "90-notes.html", "kit/print.html", "zip: kit/print.html");
            assertThat(outputs.get("01-core-1a.html")).contains("Shown in a box.", "A sentence with a note");
            List<String> leaks = new ArrayList<>();
            for (var e : outputs.entrySet()) {
                for (String word : List.of("<!--", "SECRET", "line manager")) {
                    if (e.getValue().contains(word)) leaks.add(audience + " " + e.getKey() + ": " + around(e.getValue(), word));
                }
                if (audience == Audience.PUBLIC) {
                    for (String hint : HINTS) if (e.getValue().contains(hint)) leaks.add(audience + " " + e.getKey() + ": hint " + around(e.getValue(), hint));
                }
            }
            assertThat(leaks).as("private words and hints in the outputs").isEmpty();
        }
    }

    /** The first use of {@code word} in {@code text}, with a little of what is around it. */
    private static String around(String text, String word) {
        int at = text.indexOf(word);
        return "\"" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + word.length() + 60)).replace('\n', ' ') + "\"";
    }

    private static Map<String, String> zipEntries(Path zip) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                z.transferTo(bytes);
                out.put("zip: " + e.getName(), bytes.toString(StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
