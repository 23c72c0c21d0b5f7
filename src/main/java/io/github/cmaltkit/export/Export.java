package io.github.cmaltkit.export;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.KitPages;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a candidate sends when they do not send a link: the whole portfolio as one PDF (made from the
 * print page, with a bookmark per section, real text and links that work from the file) and the site as one zip. ALT accepts one
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

    /**
     * Writes {@code pdf} from the site's print page: a title page with contents and page numbers,
     * links that work from the file alone, evidence attached while it fits, and the same bytes for
     * the same portfolio (dates from the version date on the print page, the id from the content).
     */
    public static void pdf(Path site, Path pdf) throws IOException {
        // Room for attachments: ALT's limit less a margin for the text, fonts and page structure.
        pdf(site, pdf, ALT_LIMIT_BYTES - PDF_TEXT_ALLOWANCE);
    }

    static void pdf(Path site, Path pdf, long attachmentBudget) throws IOException {
        Path print = site.resolve(KitPages.FOLDER).resolve("print.html");
        if (!Files.isRegularFile(print)) throw new IOException(print + " is missing: bake the site first");
        Document html = Jsoup.parse(print.toFile(), "UTF-8");
        PdfContent content = PdfContent.prepare(site.toAbsolutePath().normalize(), html, attachmentBudget);
        Element h1 = html.selectFirst("h1");
        if (h1 != null) html.title(h1.text());
        // PDF/UA asks for a description; the reader shows it in the document's properties.
        html.head().appendElement("meta").attr("name", "description").attr("content",
                "The whole portfolio in the pathway's order, with its evidence" + (content.siteUrl == null ? "" : " on " + content.siteUrl) + ".");
        Element bookmarks = html.head().appendElement("bookmarks");
        for (Element h : html.select("section.print-section > h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", h.text()).attr("href", "#" + h.id());
        }
        html.head().appendElement("style").text(PDF_STYLE);
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        // PDFBox keeps a font cache in the user's home; keep it in the build's folder instead.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", pdf.toAbsolutePath().getParent().toString());
        }
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        builder.useSVGDrawer(new BatikSVGDrawer());
        for (String[] font : FONTS) {
            Path f = Path.of(FONT_DIR, font[0]);
            if (Files.isRegularFile(f)) {
                builder.useFont(f.toFile(), font[1], Integer.parseInt(font[2]),
                        font[3].equals("italic") ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
            }
        }
        // Files come from the site folder only: nothing is fetched from the network while exporting.
        Path root = site.toAbsolutePath().normalize();
        java.util.function.BiPredicate<String, com.openhtmltopdf.outputdevice.helper.ExternalResourceType> local = (uri, type) -> {
            if (!uri.contains(":")) return true; // relative: checked again once resolved
            if (!uri.startsWith("file:")) return false;
            try {
                return Path.of(java.net.URI.create(uri)).normalize().startsWith(root);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return false;
            }
        };
        builder.useExternalResourceAccessControl(local, com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(local, com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(html), print.getParent().toUri().toString());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); OutputStream out = Files.newOutputStream(pdf)) {
            PDDocument doc = renderer.createPDFKeepOpen();
            Reproducible.fix(doc, content.date == null ? FIXED_TIME.toInstant() : content.date, content.contentId());
            doc.save(out);
            doc.close();
        }
    }

    static final String PRODUCER = "CMALT portfolio kit (openhtmltopdf)";
    private static final long PDF_TEXT_ALLOWANCE = 1536L * 1024;
    private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu";
    private static final String[][] FONTS = {
        {"DejaVuSans.ttf", "DejaVu Sans", "400", "normal"}, {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "normal"},
        {"DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "italic"}, {"DejaVuSans-BoldOblique.ttf", "DejaVu Sans", "700", "italic"},
        {"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400", "normal"}, {"DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", "700", "normal"},
    };
    private static final String PDF_STYLE = String.join(" ",
            "@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: 'Page ' counter(page) ' of ' counter(pages);",
            " font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #4a4a4a; } }",
            "@page :first { @bottom-center { content: none; } }",
            "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }",
            "code, pre { font-family: 'DejaVu Sans Mono', monospace; }",
            ".layout, main { display: block; padding: 0; max-width: none; }",
            ".title-page h1 { font-size: 24pt; margin: 30mm 0 4mm; }",
            ".title-pathway { font-size: 13pt; margin: 0 0 2mm; } .title-version, .title-url { margin: 0 0 2mm; }",
            ".print-contents ol { padding-left: 2.4em; } .print-contents li { margin: 0 0 1.5mm; }",
            ".print-contents a { text-decoration: none; color: #1b1b1b; }",
            ".print-contents a::after { content: leader('.') target-counter(attr(href), page); }",
            ".title-note { color: #4a4a4a; }",
            ".not-included { border-left: 4px solid #7a3b00; padding: 0 0 0 4mm; margin: 6mm 0 0; }",
            ".not-included h2 { font-size: 13pt; margin: 0 0 2mm; }",
            "a[download]::after { content: ' (attached)'; font-size: 0.85em; }",
            ".print-section { page-break-before: always; } img { max-width: 100%; }");

    /** Writes the whole site folder into {@code zip}, entries sorted and dated alike, so two runs agree. */
    public static void zip(Path site, Path zip) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path f : files) {
                ZipEntry e = new ZipEntry(PortfolioPath.relative(site, f));
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
