package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.LinkTarget;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.Position;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An evidence file that an assessor opens and that is hard to use with assistive technology. Each file of
 * the portfolio that a page links to is read once, at its first link:
 * <ul>
 *   <li>a PDF without tags (warning), or with no title or no language (a note);</li>
 *   <li>an HTML file with images that have no alt attribute (warning), or with no {@code lang} (a note);</li>
 *   <li>a video (mp4, webm, mov, m4v, ogv, mkv, avi) with no captions file (.vtt or .srt of the same name,
 *       e.g. {@code talk.vtt} or {@code talk.en.vtt}) beside it, unless raw HTML gives it a
 *       {@code <track>} (warning).</li>
 * </ul>
 * A file that cannot be read as what its name says (a damaged or encrypted PDF) is left alone: that is
 * not an accessibility finding.
 */
final class EvidenceAccessibilityRule extends BaseRule {

    private static final Set<String> VIDEO = Set.of("mp4", "webm", "mov", "m4v", "ogv", "mkv", "avi");

    /** What is wrong with one file: the problems, and whether any of them is serious (a warning). */
    private record Problems(List<String> serious, List<String> minor) {
        Problems() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        boolean none() {
            return serious.isEmpty() && minor.isEmpty();
        }

        String text() {
            List<String> all = new ArrayList<>(serious);
            all.addAll(minor);
            return String.join("; ", all);
        }
    }

    EvidenceAccessibilityRule() {
        super("evidence-accessibility", Severity.WARNING,
                "an evidence file is hard to use with assistive technology: an untagged PDF, HTML images without alt text, a video without captions");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Path dir = context.portfolio().dir();
        Set<String> seen = new HashSet<>();
        for (Page page : context.pages()) {
            for (LinkRef link : page.links()) {
                if (!(link.target() instanceof LinkTarget.LocalFile file) || file.resolved() == null) continue;
                String kind = extension(file.resolved());
                if (!kind.equals("pdf") && !kind.equals("html") && !kind.equals("htm") && !VIDEO.contains(kind)) continue;
                Path path = dir.resolve(file.resolved()).normalize();
                if (!path.startsWith(dir) || !Files.isRegularFile(path) || !seen.add(file.resolved())) continue;
                Problems p = kind.equals("pdf") ? pdf(path) : VIDEO.contains(kind) ? video(path, link.node()) : html(path);
                if (p.none()) continue;
                report(sink, page, link.at(), file.resolved(), p);
            }
        }
    }

    private static void report(FindingSink sink, Page page, Position at, String file, Problems p) {
        String message = file + " is hard to use with a screen reader or without sound: " + p.text()
                + ". Fix the file itself (the tool that made it can usually do so), or add an accessible version beside it";
        if (p.serious().isEmpty()) sink.note(page, at, message);
        else sink.report(page, at, message);
    }

    private static Problems pdf(Path path) {
        Problems p = new Problems();
        if (!startsWithPdfHeader(path)) return p;
        try (PDDocument doc = Loader.loadPDF(path.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMarkInfo mark = catalog.getMarkInfo();
            if (mark == null || !mark.isMarked() || catalog.getStructureTreeRoot() == null) {
                p.serious().add("the PDF has no tags, so screen readers cannot tell headings, lists and tables apart (export it "
                        + "again with \"tagged PDF\" or \"accessibility\" switched on)");
            }
            String title = doc.getDocumentInformation().getTitle();
            if (title == null || title.isBlank()) p.minor().add("the PDF has no title (set it in the document's properties)");
            String lang = catalog.getLanguage();
            if (lang == null || lang.isBlank()) p.minor().add("the PDF does not say its language (set it in the document's properties)");
        } catch (IOException | RuntimeException e) {
            // Not readable as a PDF: a broken or encrypted file is not an accessibility finding.
            return new Problems();
        }
        return p;
    }

    /** Whether the file starts as a PDF does; anything else is not handed to PDFBox (which would log its complaints). */
    private static boolean startsWithPdfHeader(Path path) {
        try (var in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An HTML evidence page, read once per check (the {@code seen} set of {@link #check} holds each file
     * once, however many pages link it). Nothing is kept from one check to the next: a check's facts
     * live no longer than the check.
     */
    private static Problems html(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new Problems();
        }
        return htmlProblems(path, bytes);
    }

    /**
     * Whether an HTML evidence page plainly has neither problem, seen without parsing it: it starts with
     * {@code <html lang="…">} (after an optional doctype), and it holds no {@code <img} or {@code <image}
     * anywhere (jsoup makes an img of both). Anything less plain is parsed; EvidenceHtmlQuickTest
     * holds this to what jsoup finds.
     */
    static boolean plainlyFine(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<img") || lower.contains("<image")) return false;
        return PLAIN_START.matcher(text).lookingAt();
    }

    /** An optional doctype, then an html start tag whose attributes are plain and whose lang is a language tag. */
    private static final Pattern PLAIN_START = Pattern.compile(
            "(?i)[ \\t\\r\\n]*(?:<!doctype html>[ \\t\\r\\n]*)?<html(?:[ \\t\\r\\n]+(?!lang=)[a-z-]+=\"[^\"<>&]*\")*[ \\t\\r\\n]+lang=\"[a-z]{2,3}(?:-[a-z0-9]{1,8})*\"(?:[ \\t\\r\\n]+[a-z-]+=\"[^\"<>&]*\")*[ \\t\\r\\n]*>");

    private static Problems htmlProblems(Path path, byte[] bytes) {
        Problems p = new Problems();
        if (plainlyFine(bytes)) return p;
        Document doc;
        try {
            // As Jsoup.parse(file, null) reads it: charset from the bytes, the file's path as base.
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, path.toFile().getAbsolutePath());
        } catch (IOException e) {
            return p;
        }
        int missing = 0;
        // By tag name rather than a CSS query: the same elements, without loading jsoup's selector parser for two plain tag names.
        for (Element img : doc.getElementsByTag("img")) if (!img.hasAttr("alt")) missing++;
        if (missing > 0) {
            p.serious().add(missing + (missing == 1 ? " image has" : " images have") + " no alt attribute (add alt=\"what it shows\","
                    + " or alt=\"\" for decoration)");
        }
        Element html = doc.getElementsByTag("html").first();
        if (html == null || html.attr("lang").isBlank()) p.minor().add("the page does not say its language (add lang=\"en\" to <html>)");
        return p;
    }

    private static Problems video(Path path, Node linkNode) {
        Problems p = new Problems();
        for (Node n = linkNode; n != null; n = n.getParent()) {
            if (n instanceof HtmlBlock b && b.getLiteral().toLowerCase(Locale.ROOT).contains("<track")) return p;
        }
        String name = path.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(path.getParent())) {
            for (Path s : siblings) {
                String n = s.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".vtt") || lower.endsWith(".srt")) && n.startsWith(base + ".")) return p;
            }
        } catch (IOException e) {
            return p;
        }
        p.serious().add("the video has no captions file beside it (save the captions as " + base + ".vtt in the same folder, "
                + "or link to a captioned copy)");
        return p;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
