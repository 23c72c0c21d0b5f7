package io.github.cmaltkit.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import io.github.cmaltkit.export.Export;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's {@code export} step: the PDF from the print page, the site as a zip, and ALT's 10 MB limit. */
class ExportCommandTest {

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(tmp.resolve("site/kit"));
        site = tmp.resolve("site");
        Files.writeString(site.resolve("kit/print.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Print</title></head><body>
                <nav class="contents">Contents</nav>
                <section class="print-section"><h2 id="core-1a">Core 1a</h2><p>In 2024 I chose a platform.</p></section>
                </body></html>
                """);
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
    }

    private static CommandRun export(String... args) {
        return CommandRun.with(BuildStep::run, List.of("export"), args);
    }

    @Test
    void writesThePdfAndTheZipAndSaysWhere() throws Exception {
        Path pdf = tmp.resolve("out/portfolio.pdf");
        Path zip = tmp.resolve("out/site.zip");
        CommandRun r = export("--site", site.toString(), "--pdf", pdf.toString(), "--zip", zip.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("Wrote " + pdf + " and " + zip + System.lineSeparator());
        assertThat(r.err()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(entries(zip)).containsExactly("index.html", "kit/print.html");
    }

    @Test
    void aSiteOverTenMegabytesIsWarnedAbout() throws Exception {
        // Evidence that does not compress: the zip is as large as the file.
        byte[] noise = new byte[11 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(site.resolve("recording.bin"), noise);
        Path pdf = tmp.resolve("out/portfolio.pdf");
        Path zip = tmp.resolve("out/site.zip");
        CommandRun r = export("--site", site.toString(), "--pdf", pdf.toString(), "--zip", zip.toString());
        assertThat(r.status()).isEqualTo(0);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("warning: " + zip + " is 11.0 MB, over ALT's 10 MB limit")
                .contains("publish the site and send its link");
    }

    @Test
    void theLimitIsTenMebibytesExactly() throws Exception {
        Path file = tmp.resolve("f.pdf");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Export.ALT_LIMIT_BYTES);
        }
        assertThat(Export.sizeWarning(file)).isNull();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(Export.ALT_LIMIT_BYTES + 1);
        }
        assertThat(Export.sizeWarning(file)).isEqualTo("warning: " + file + " is 10.0 MB, over ALT's 10 MB limit for a portfolio "
                + "sent as a file: publish the site and send its link, or make large evidence files smaller");
    }

    @Test
    void aSiteThatWasNotBakedIsExit2WithAHint() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("nothing"));
        CommandRun r = export("--site", empty.toString(), "--pdf", tmp.resolve("p.pdf").toString(), "--zip", tmp.resolve("s.zip").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("print.html is missing: bake the site first").doesNotContain("\tat ");
        assertThat(tmp.resolve("s.zip")).doesNotExist();
    }

    @Test
    void aMissingOptionIsExit2() {
        CommandRun r = export("--site", site.toString(), "--pdf", tmp.resolve("p.pdf").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("cmalt export: ").contains("--zip");
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) names.add(e.getName());
        }
        return names;
    }
}
