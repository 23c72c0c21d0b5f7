package io.github.cmaltkit.site;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a candidate sends when they do not send a link: the whole portfolio as one PDF (made from the
 * print page, with a bookmark per section and real text) and the site as one zip. ALT accepts one
 * file of at most 10 MB.
 */
public final class Export {

    /** ALT's limit for a portfolio sent as a file. */
    public static final long ALT_LIMIT_BYTES = 10L * 1024 * 1024;
    private static final FileTime FIXED_TIME = FileTime.fromMillis(1_767_225_600_000L); // 2026-01-01, for reproducible zips

    // Held so the setting lasts: PDFBox's notes about fallback fonts are not for candidates.
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private Export() {
    }

    /** Writes {@code pdf} from the site's print page. */
    public static void pdf(Path site, Path pdf) throws IOException {
        Path print = site.resolve(KitPages.FOLDER).resolve("print.html");
        if (!Files.isRegularFile(print)) throw new IOException(print + " is missing: bake the site first");
        Document html = Jsoup.parse(print.toFile(), "UTF-8");
        // The PDF is for reading on its own: the site's navigation has no place in it.
        html.select(".skip-link, nav.contents, .pager, .site-footer, nav.print-contents").remove();
        Element bookmarks = html.head().appendElement("bookmarks");
        for (Element h : html.select("section.print-section > h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
        }
        html.head().appendElement("style").text("@page { size: A4; margin: 18mm 16mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }"
                + " .print-section { page-break-before: always; } img { max-width: 100%; }");
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        // PDFBox keeps a font cache in the user's home; keep it in the build's folder instead.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", pdf.toAbsolutePath().getParent().toString());
        }
        try (OutputStream out = Files.newOutputStream(pdf)) {
            XRLog.setLoggingEnabled(false);
            PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (String font : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
                Path f = Path.of("/usr/share/fonts/truetype/dejavu", font);
                if (Files.isRegularFile(f)) {
                    builder.useFont(f.toFile(), "DejaVu Sans", font.contains("Bold") ? 700 : 400,
                            PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(html), print.getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        }
    }

    /** Writes the whole site folder into {@code zip}, entries sorted and dated alike, so two runs agree. */
    public static void zip(Path site, Path zip) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                ZipEntry e = new ZipEntry(site.relativize(f).toString().replace('\\', '/'));
                e.setLastModifiedTime(FIXED_TIME);
                e.setCreationTime(FIXED_TIME);
                e.setLastAccessTime(FIXED_TIME);
                out.putNextEntry(e);
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    /** A warning when {@code file} is over ALT's 10 MB, or null. */
    public static String sizeWarning(Path file) throws IOException {
        long size = Files.size(file);
        if (size <= ALT_LIMIT_BYTES) return null;
        return String.format(Locale.ROOT, "warning: %s is %.1f MB, over ALT's 10 MB limit for a portfolio sent as a file: "
                + "publish the site and send its link, or make large evidence files smaller", file, size / (1024.0 * 1024.0));
    }
}
