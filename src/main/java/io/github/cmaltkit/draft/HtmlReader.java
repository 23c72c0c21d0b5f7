package io.github.cmaltkit.draft;

import io.github.cmaltkit.markdown.SitePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Saved web pages (WordPress, Google Sites, PebblePad, a baked site): the main content of each page
 * only, never its menus, footers or scripts.
 */
final class HtmlReader {

    /** Where the page's own text is, most specific first; else the body without its page furniture. */
    private static final List<String> MAIN = List.of("main", "[role=main]", "article", ".entry-content", "#sites-canvas-main-content",
            ".post-content", "#content");
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, form, button, iframe, object, embed, "
            + "footer, [hidden], .screen-reader-text, .skip-link, #comments, .comments-area, .sharedaddy, .wp-block-navigation";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "figure", "figcaption",
            "center", "dl", "dt", "dd", "address", "details", "summary", "ul", "ol", "table", "blockquote", "pre", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "body");

    private final Draft draft;
    private final Path base;
    private Path pageDir;
    private String pageName;
    private final Set<String> pageNames = new HashSet<>();
    private int images;

    private HtmlReader(Draft draft, Path base) {
        this.draft = draft;
        this.base = base;
    }

    static Draft read(List<Path> pages, Path base) throws IOException {
        Draft d = new Draft(pages.size() == 1 ? pages.get(0).getFileName().toString() : base.getFileName() + "/");
        HtmlReader r = new HtmlReader(d, base == null ? Path.of("") : base);
        for (Path p : pages) r.pageNames.add(p.getFileName().toString());
        for (Path p : pages) r.page(p);
        return d;
    }

    private void page(Path file) throws IOException {
        Document doc = Jsoup.parse(file.toFile(), null);
        pageDir = file.toAbsolutePath().getParent();
        pageName = file.getFileName().toString();
        Element author = doc.selectFirst("meta[name=author]");
        if (author != null && !author.attr("content").isBlank()) draft.meta.putIfAbsent("author", author.attr("content").strip());
        Element root = main(doc);
        root.select(FURNITURE).remove();
        if (root.is(".entry-content") && root.selectFirst("h1, h2, h3") == null) {
            Element title = doc.selectFirst(".entry-title, h1");
            if (title != null) root.prependChild(title.clone());
        }
        count(root);
        int before = draft.blocks.size();
        List<String> pending = new ArrayList<>();
        blocks(root, pending);
        flush(pending);
        // the page's first heading is what links to the page point at; a page with none gets its title
        Draft.Heading first = null;
        int at = -1;
        for (int i = before; i < draft.blocks.size(); i++) {
            if (draft.blocks.get(i) instanceof Draft.Heading h) {
                first = h;
                at = i;
                break;
            }
        }
        if (first == null || (at > before && !doc.title().isBlank())) {
            String title = doc.title().isBlank() ? pageName : doc.title().strip();
            draft.blocks.add(before, new Draft.Heading(1, title, List.of(pageName)));
        } else {
            List<String> anchors = new ArrayList<>(first.anchors());
            anchors.add(pageName);
            draft.blocks.set(at, new Draft.Heading(first.level(), first.text(), anchors, first.fields()));
        }
    }

    /**
     * A WordPress export (WXR, Tools → Export): each published page or post is a page of the draft,
     * headed by its title, in the order of the file; links to another item's address go to that item.
     */
    static Draft readExport(Path file) throws IOException {
        Document xml = Jsoup.parse(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        Draft d = new Draft(file.getFileName().toString());
        HtmlReader r = new HtmlReader(d, file.toAbsolutePath().getParent());
        r.pageDir = file.toAbsolutePath().getParent();
        List<Element> items = new ArrayList<>();
        for (Element item : xml.select("item")) {
            String type = text(item, "wp|post_type");
            String status = text(item, "wp|status");
            if ((type.equals("page") || type.equals("post")) && !status.equals("trash") && !status.equals("auto-draft")) items.add(item);
        }
        for (Element item : items) {
            String link = text(item, "link");
            if (!link.isEmpty()) r.pageNames.add(link.replaceAll("/+$", ""));
        }
        Element author = xml.selectFirst("wp|author_display_name");
        if (author != null && !author.text().isBlank()) d.meta.put("author", author.text().strip());
        for (Element item : items) {
            String html = text(item, "content|encoded");
            // WordPress stores classic-editor text without <p>: blank lines separate its paragraphs
            if (!html.matches("(?s).*<(p|h[1-6]|ul|ol|table|div|figure|blockquote)[\\s>].*")) {
                html = "<p>" + String.join("</p><p>", html.strip().split("\\n\\s*\\n")) + "</p>";
            }
            Element root = Jsoup.parseBodyFragment(html).body();
            r.pageName = text(item, "link").replaceAll("/+$", "");
            root.select(FURNITURE).remove();
            r.count(root);
            d.blocks.add(new Draft.Heading(1, text(item, "title"), List.of(r.pageName)));
            List<String> pending = new ArrayList<>();
            r.blocks(root, pending);
            r.flush(pending);
        }
        return d;
    }

    private static String text(Element item, String tag) {
        Element e = item.selectFirst(tag);
        return e == null ? "" : e.text().strip();
    }

    private static Element main(Document doc) {
        for (String sel : MAIN) {
            Elements found = doc.select(sel);
            if (found.size() == 1) return found.first();
        }
        return doc.body();
    }

    /** What a reader of the page sees, counted before conversion: text outside headings, links, images. */
    private void count(Element root) {
        Element c = root.clone();
        draft.counts.links += c.select("a[href]").stream().filter(a -> !a.attr("href").startsWith("javascript:")).count();
        draft.counts.images += c.select("img").size();
        c.select("h1, h2, h3, h4, h5, h6").remove();
        draft.counts.addWords(c.text());
    }

    /** Top level: headings become headings of the draft; the rest Markdown blocks. */
    private void blocks(Element el, List<String> pending) {
        List<Node> inline = new ArrayList<>();
        for (Node n : el.childNodes()) {
            if (n instanceof Element e && e.normalName().matches("h[1-6]")) {
                paragraph(inline, pending);
                flush(pending);
                List<String> anchors = new ArrayList<>();
                if (!e.id().isEmpty()) anchors.add(pageName + "#" + e.id());
                for (Element a : e.select("[id], a[name]")) anchors.add(pageName + "#" + (a.id().isEmpty() ? a.attr("name") : a.id()));
                String text = e.text().strip();
                if (!text.isEmpty()) draft.blocks.add(new Draft.Heading(e.normalName().charAt(1) - '0', text, anchors));
            } else if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
                paragraph(inline, pending);
                if (e.selectFirst("h1, h2, h3, h4, h5, h6") != null && !e.normalName().matches("ul|ol|table|blockquote|li")) {
                    blocks(e, pending);
                } else {
                    String md = block(e, "");
                    if (!md.isBlank()) pending.add(md);
                }
            } else {
                inline.add(n);
            }
        }
        paragraph(inline, pending);
    }

    private void flush(List<String> pending) {
        for (String md : pending) draft.blocks.add(new Draft.Body(md));
        pending.clear();
    }

    private void paragraph(List<Node> inline, List<String> out) {
        if (inline.isEmpty()) return;
        MarkdownText.Inline in = new MarkdownText.Inline();
        for (Node n : inline) inline(n, in, false, false, null, false);
        inline.clear();
        if (!in.isBlank()) out.add(in.markdown());
    }

    /** One block element as Markdown, each line after the first prefixed by {@code indent}. */
    private String block(Element e, String indent) {
        switch (e.normalName()) {
            case "ul", "ol" -> {
                return list(e, indent);
            }
            case "table" -> {
                return table(e);
            }
            case "blockquote" -> {
                List<String> inner = children(e);
                return "> " + String.join("\n>\n", inner).replace("\n", "\n> ").replace("> \n", ">\n");
            }
            case "pre" -> {
                return "```\n" + e.wholeText().replaceAll("\n+$", "").replace("```", "'''") + "\n```";
            }
            case "hr" -> {
                return "";
            }
            default -> {
                if (e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) return String.join("\n\n", children(e));
                MarkdownText.Inline in = new MarkdownText.Inline();
                for (Node n : e.childNodes()) inline(n, in, false, false, null, false);
                return in.markdown();
            }
        }
    }

    private List<String> children(Element e) {
        List<String> out = new ArrayList<>();
        List<Node> inline = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && BLOCKS.contains(c.normalName())) {
                paragraph(inline, out);
                String md = c.normalName().matches("h[1-6]") ? "**" + MarkdownText.escape(c.text(), false) + "**" : block(c, "");
                if (!md.isBlank()) out.add(md);
            } else {
                inline.add(n);
            }
        }
        paragraph(inline, out);
        return out;
    }

    private String list(Element list, String indent) {
        boolean ordered = list.normalName().equals("ol");
        StringBuilder b = new StringBuilder();
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) continue;
            String marker = ordered ? "1. " : "- ";
            String inner = indent + " ".repeat(marker.length());
            MarkdownText.Inline in = new MarkdownText.Inline();
            List<String> nested = new ArrayList<>();
            for (Node n : li.childNodes()) {
                if (n instanceof Element c && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
                    nested.add(list(c, inner));
                } else if (n instanceof Element c && c.normalName().matches("table|pre|blockquote")) {
                    nested.add(inner + block(c, inner).replace("\n", "\n" + inner));
                } else {
                    inline(n, in, false, false, null, false);
                    if (n instanceof Element c && c.normalName().equals("p")) in.text(" ", false, false, null);
                }
            }
            if (b.length() > 0) b.append('\n');
            b.append(indent).append(marker).append(in.markdown());
            for (String s : nested) b.append('\n').append(s);
        }
        return b.toString();
    }

    private String table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) continue;
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().matches("td|th")) continue;
                MarkdownText.Inline in = new MarkdownText.Inline();
                for (Node n : cell.childNodes()) {
                    inline(n, in, false, false, null, true);
                    in.text(" ", false, false, null);
                }
                cells.add(in.markdown());
            }
            if (!cells.isEmpty()) rows.add(cells);
        }
        return Tables.gfm(rows);
    }

    private void inline(Node n, MarkdownText.Inline in, boolean bold, boolean italic, String link, boolean inCell) {
        if (n instanceof TextNode t) {
            in.text(t.text(), bold, italic, link);
            return;
        }
        if (!(n instanceof Element e)) return;
        switch (e.normalName()) {
            case "strong", "b" -> bold = true;
            case "em", "i", "cite" -> italic = true;
            case "br" -> {
                in.raw(inCell ? " " : "\\\n", link);
                return;
            }
            case "code", "kbd", "samp" -> {
                String code = e.text();
                in.raw(code.contains("`") ? "`` " + code + " ``" : "`" + code + "`", link);
                return;
            }
            case "img" -> {
                in.raw(image(e), link);
                return;
            }
            case "a" -> {
                if (e.hasAttr("href")) link = href(e.attr("href"));
            }
            default -> {
            }
        }
        for (Node c : e.childNodes()) inline(c, in, bold, italic, link, inCell);
        if (BLOCKS.contains(e.normalName())) in.text(" ", bold, italic, link);
    }

    private String image(Element img) {
        String src = img.attr("src");
        String alt = img.hasAttr("alt") ? img.attr("alt") : "";
        String dest = LocalFiles.dataImage(draft, src, "image-" + (++images));
        if (dest == null) dest = LocalFiles.copy(draft, base, pageDir, src, true);
        if (dest == null) {
            dest = src;
            if (!SitePaths.isExternal(src)) draft.remarks.add(pageName + ": the image \"" + src + "\" is not beside the draft; its link is kept as written");
        }
        return "![" + MarkdownText.escape(alt.replaceAll("\\s+", " ").strip(), false) + "](" + MarkdownText.destination(dest) + ")";
    }

    private String href(String href) {
        href = href.strip();
        if (href.startsWith("javascript:")) return null;
        if (href.startsWith("#")) return draft.anchorLink(pageName) + (href.length() > 1 ? href : "");
        String file = href.replaceAll("[?#].*$", "");
        if (pageNames.contains(file.replaceAll("/+$", ""))) {
            return draft.anchorLink(file.replaceAll("/+$", "")) + (href.contains("#") ? href.substring(href.indexOf('#')) : "");
        }
        String fileName = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        if (!SitePaths.isExternal(href) && pageNames.contains(fileName)) {
            String frag = href.contains("#") ? href.substring(href.indexOf('#')) : "";
            return draft.anchorLink(fileName) + frag;
        }
        String copied = LocalFiles.copy(draft, base, pageDir, href, false);
        if (copied != null) return copied;
        if (!SitePaths.isExternal(href) && !href.isEmpty() && !href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            draft.remarks.add(pageName + ": the link to \"" + href + "\" names no file beside the draft; it is kept as written");
        }
        return href;
    }
}
