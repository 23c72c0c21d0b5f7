package io.github.cmaltkit.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Chooses the reader for a draft by its name, after checking that the content is what the name says. */
final class Readers {

    private Readers() {
    }

    static Draft read(Path path) throws IOException, ImportRefusedException {
        if (Files.isDirectory(path)) return folder(path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Sniff kind = Sniff.of(path);
        if (kind == Sniff.EMPTY) throw new ImportRefusedException(path + " is empty: there is nothing to import");
        switch (ext) {
            case "docx", "docm", "dotx" -> {
                if (kind == Sniff.ENCRYPTED) {
                    throw new ImportRefusedException(path + " is password-protected: open it in Word, remove the password (File → Info → Protect Document), save it, and import it again");
                }
                if (kind == Sniff.OLE2) {
                    throw new ImportRefusedException(path + " is an old binary Word document with a .docx name: open it in Word or LibreOffice and save it as a Word document (.docx)");
                }
                if (kind != Sniff.ZIP) throw notWhatItSays(path, "a Word document", kind);
                return DocxReader.read(path);
            }
            case "doc" -> {
                if (kind == Sniff.ZIP) {
                    throw new ImportRefusedException(path + " holds a .docx document under a .doc name: rename it to end in .docx and import it again");
                }
                throw new ImportRefusedException(path + " is an old binary Word document (.doc), which the kit cannot read: open it in Word or LibreOffice, save it as .docx, and import that");
            }
            case "html", "htm", "xhtml" -> {
                if (kind != Sniff.HTML && kind != Sniff.TEXT) throw notWhatItSays(path, "a web page", kind);
                return HtmlReader.read(List.of(path), path.getParent());
            }
            case "md", "markdown", "mdown", "mkd" -> {
                if (kind != Sniff.TEXT && kind != Sniff.HTML) throw notWhatItSays(path, "a Markdown file", kind);
                return MarkdownDraftReader.read(List.of(path), path.toAbsolutePath().getParent());
            }
            case "xml" -> {
                if (kind != Sniff.TEXT && kind != Sniff.HTML) throw notWhatItSays(path, "an XML file", kind);
                String head;
                try (var in = Files.newInputStream(path)) {
                    head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                }
                if (!head.contains("<rss") || !head.contains("wordpress.org/export")) {
                    throw new ImportRefusedException(path + " is an XML file but not a WordPress export: export your site with WordPress's Tools → Export, or save its pages as .html");
                }
                return HtmlReader.readExport(path);
            }
            case "pdf" -> throw new ImportRefusedException(path + " is a PDF, which keeps no headings to sort by: import the document it was made from (.docx, web pages or Markdown) instead");
            case "odt" -> throw new ImportRefusedException(path + " is an OpenDocument file: in LibreOffice choose File → Save As → Word 2007-365 (.docx), and import that");
            default -> throw new ImportRefusedException(path + " is not a draft the kit reads: name a .docx file, an .html page or a folder of them, a WordPress export (.xml), or a Markdown (.md) file");
        }
    }

    private static ImportRefusedException notWhatItSays(Path path, String named, Sniff kind) {
        return new ImportRefusedException(path + " is named as " + named + " but holds " + kind.what
                + ": check that you exported the right file, or give it the name of what it is");
    }

    /** A folder: its Markdown files (another tool's site or portfolio), else its top-level web pages. */
    private static Draft folder(Path dir) throws IOException, ImportRefusedException {
        List<Path> md = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$"))
                    .filter(p -> !skipped(dir.relativize(p)))
                    .sorted().forEach(md::add);
        }
        if (!md.isEmpty()) return MarkdownDraftReader.read(md, dir.toAbsolutePath());
        List<Path> html = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|xhtml)$"))
                    .sorted().forEach(html::add);
        }
        if (html.isEmpty()) {
            throw new ImportRefusedException(dir + " holds no Markdown files and no web pages (.html) to import: name the folder of your saved pages, or a .docx file");
        }
        // index.html (a site's home page) first, then the pages by name
        html.sort((p, q) -> Boolean.compare(!p.getFileName().toString().startsWith("index."), !q.getFileName().toString().startsWith("index.")));
        return HtmlReader.read(html, dir);
    }

    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_site") || n.equals("node_modules") || n.equals("vendor") || n.equals("public")
                    || n.equalsIgnoreCase("README.md") || n.equalsIgnoreCase("LICENSE.md")) return true;
        }
        return false;
    }
}
