package io.github.cmaltkit.check;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.ParsedBody;
import io.github.cmaltkit.markdown.RawHtml;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;

/**
 * A readable section or extra page, parsed once and shared by every rule: its Markdown tree, heading
 * ids and anchors, prose, links and parts, with helpers that turn source spans into file positions.
 */
public final class Page {

    /** The three parts of an assessed section, as their headings are compared (lower case). */
    public static final List<String> PART_NAMES = List.of("description", "evidence", "reflection");

    /** A part of a section: its heading and the blocks up to the next heading of the same or a higher level. */
    public record Part(String name, Heading heading, List<Node> content) {
    }

    /** An element of the page's raw HTML, read with jsoup, and where its tag starts in the file. */
    public record HtmlElement(Element element, Node node, Position at) {
    }

    /** An HTML comment of the page (raw HTML, not code): its text between the markers, where it starts and ends. */
    public record HtmlComment(String text, Position start, Position end) {
    }

    private final SectionFile file;
    private final SourceMap sourceMap;
    private final Optional<SectionSpec> spec;
    private final ParsedBody body;
    private final Node document;
    private final Set<String> anchors = new LinkedHashSet<>();
    private final List<ProseBlock> prose = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<HtmlElement> htmlElements = new ArrayList<>();
    private final List<HtmlComment> htmlComments = new ArrayList<>();

    /** Reads a section file for the rules (and for the site's progress page, which counts words alike). */
    public static Page of(SectionFile file, Pathway pathway) {
        return new Page(file, pathway);
    }

    /**
     * The candidate's words: those of paragraphs, lists, tables and link texts, each code span one
     * word. Headings are not counted (the three part headings and init's are the kit's, and a heading
     * is not writing, as {@link #blank} says), nor markup, link targets, image alt texts and HTML
     * comments: a section not written yet has 0 words. The progress page and {@code word-count} read this.
     */
    public int words() {
        int n = 0;
        for (ProseBlock b : prose) {
            if (b.block() instanceof Heading) continue;
            Matcher m = WORD.matcher(b.text());
            while (m.find()) if (!b.isImageText(m.start())) n++;
        }
        return n;
    }

    /** The items of the lists directly in a part (e.g. each piece of evidence), or none when there is no such part. */
    public List<ListItem> items(String partName) {
        List<ListItem> out = new ArrayList<>();
        part(partName).ifPresent(part -> {
            for (Node n : part.content()) {
                if (!(n instanceof ListBlock list)) continue;
                for (Node i = list.getFirstChild(); i != null; i = i.getNext()) if (i instanceof ListItem li) out.add(li);
            }
        });
        return out;
    }

    /** Whether the section holds nothing but headings and comments yet: {@link ParsedBody#blank}, the file's one answer. */
    public boolean blank() {
        return body.blank();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}" + ProseBlock.CODE + "]+(?:['’.,-][\\p{L}\\p{N}]+)*");

    Page(SectionFile file, Pathway pathway) {
        this.file = file;
        this.sourceMap = new SourceMap(file);
        this.spec = file.sectionId() == null ? Optional.empty() : pathway.spec(file.sectionId());
        // The file's one parse, with its heading ids: the site and print pages render the same tree.
        this.body = file.parsed();
        this.document = body.document();
        anchors.addAll(body.headingIdsInOrder());
        collect();
        findParts();
    }

    public SectionFile file() { return file; }
    /** Path relative to the portfolio folder, e.g. {@code content/core-1a.md}. */
    public String path() { return file.path(); }
    /** The section id, or null for an extra page. */
    public String sectionId() { return file.sectionId(); }
    /** What the pathway says of this section; empty for extra pages and sections not in the pathway. */
    public Optional<SectionSpec> spec() { return spec; }
    /** Whether assessors grade this section (it needs Description, Evidence and Reflection). */
    public boolean assessed() { return spec.map(SectionSpec::assessed).orElse(false); }
    public boolean isSection() { return file.isSection(); }
    public Node document() { return document; }
    public Map<Heading, String> headingIds() { return body.headingIds(); }
    /** The heading ids in the order the headings appear. */
    public List<String> headingIdsInOrder() { return body.headingIdsInOrder(); }
    /** Every id a {@code #fragment} may name in this page: heading ids and HTML {@code id}/{@code name} attributes. */
    public Set<String> anchors() { return Collections.unmodifiableSet(anchors); }
    public List<ProseBlock> prose() { return Collections.unmodifiableList(prose); }
    public List<LinkRef> links() { return Collections.unmodifiableList(links); }
    /** Every element of the page's raw HTML (inline and blocks), in order; commented-out HTML is not there. */
    public List<HtmlElement> htmlElements() { return Collections.unmodifiableList(htmlElements); }
    /** Every closed HTML comment of the page's raw HTML, in order; a comment shown in code is not one. */
    public List<HtmlComment> htmlComments() { return Collections.unmodifiableList(htmlComments); }
    /** The part with this name (description, evidence, reflection), if the page has a heading for it. */
    public Optional<Part> part(String name) { return Optional.ofNullable(parts.get(name)); }

    /** Where a node starts in the file. */
    public Position start(Node node) { return sourceMap.start(node); }

    /** Where character {@code offset} of a node's literal (an HTML node's text) stands in the file. */
    public Position inLiteral(Node node, String literal, int offset) { return sourceMap.inLiteral(node, literal, offset); }

    /** Where the page says what it is: its {@code section:} (or {@code title:}) line, else line 1. */
    public Position declaration() { return sourceMap.declaration(); }

    /** The text of a node for a person: its words and code, and the text of raw HTML without tags. */
    public static String wordsOf(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override public void visit(Text text) { sb.append(text.getLiteral()); }
            @Override public void visit(Code code) { sb.append(code.getLiteral()); }
            @Override public void visit(SoftLineBreak b) { sb.append(' '); }
            @Override public void visit(HardLineBreak b) { sb.append(' '); }
            @Override public void visit(Paragraph p) { sb.append(' '); visitChildren(p); sb.append(' '); }
            @Override public void visit(HtmlBlock h) { sb.append(' ').append(RawHtml.withoutTags(h.getLiteral())).append(' '); }
        });
        return sb.toString();
    }

    // --- building ---

    private void collect() {
        document.accept(new AbstractVisitor() {
            @Override public void visit(Paragraph p) { prose.add(ProseReader.read(p, sourceMap)); visitChildren(p); }
            @Override public void visit(Heading h) { prose.add(ProseReader.read(h, sourceMap)); visitChildren(h); }
            @Override public void visit(CustomNode n) {
                if (n instanceof TableCell) prose.add(ProseReader.read(n, sourceMap));
                visitChildren(n);
            }
            @Override public void visit(Link link) {
                String text = Markdown.plainText(link).strip();
                String d = link.getDestination();
                boolean auto = text.equals(d) || d.equals("mailto:" + text) || d.equals("http://" + text) || d.equals("https://" + text);
                links.add(new LinkRef(auto ? LinkRef.Kind.AUTOLINK : LinkRef.Kind.LINK, d, start(link), link, contextOf(link), LinkTargets.of(path(), d)));
                visitChildren(link);
            }
            @Override public void visit(Image image) {
                links.add(new LinkRef(LinkRef.Kind.IMAGE, image.getDestination(), start(image), image, contextOf(image),
                        LinkTargets.of(path(), image.getDestination())));
                visitChildren(image);
            }
            @Override public void visit(HtmlInline html) { scanHtml(html, html.getLiteral()); }
            @Override public void visit(HtmlBlock html) { scanHtml(html, html.getLiteral()); }
        });
    }

    /** Elements, links, anchors and comments of raw HTML; comments are kept apart (they are not content). */
    private void scanHtml(Node node, String literal) {
        String comment = RawHtml.commentOnly(literal);
        if (comment != null) {
            htmlComments.add(new HtmlComment(comment, inLiteral(node, literal, 0), inLiteral(node, literal, literal.length() - 1)));
            return;
        }
        org.jsoup.nodes.Document html = RawHtml.parse(literal);
        html.traverse((n, depth) -> {
            if (!(n instanceof Comment c) || !n.sourceRange().isTracked()) return;
            int end = n.sourceRange().endPos();
            // An unclosed comment runs to the end of the literal: it says nothing yet.
            if (end < 3 || !literal.startsWith("-->", end - 3)) return;
            htmlComments.add(new HtmlComment(c.getData(), inLiteral(node, literal, n.sourceRange().startPos()), inLiteral(node, literal, end - 1)));
        });
        for (Element e : html.getAllElements()) {
            if (e == html) continue;
            String name = e.normalName();
            htmlElements.add(new HtmlElement(e, node, inLiteral(node, literal, Math.max(0, e.sourceRange().startPos()))));
            for (Attribute attr : e.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                String value = attr.getValue();
                int at = attr.sourceRange().nameRange().startPos();
                Position where = inLiteral(node, literal, Math.max(0, at));
                if (key.equals("id") || key.equals("name") && name.equals("a")) {
                    anchors.add(value);
                } else if (key.equals("href") && (name.equals("a") || name.equals("area"))) {
                    links.add(new LinkRef(LinkRef.Kind.HTML_HREF, value.strip(), where, node, contextOf(node),
                            LinkTargets.of(path(), value.strip())));
                } else if (key.equals("src") && (name.equals("img") || name.equals("source") || name.equals("video")
                        || name.equals("audio") || name.equals("iframe") || name.equals("embed"))) {
                    links.add(new LinkRef(LinkRef.Kind.HTML_SRC, value.strip(), where, node, contextOf(node),
                            LinkTargets.of(path(), value.strip())));
                }
            }
        }
    }

    /** The nearest list item or table row around a node, else its nearest block (paragraph, heading, HTML block). */
    private static Node contextOf(Node node) {
        Node block = null;
        for (Node n = node; n != null && !(n instanceof Document); n = n.getParent()) {
            if (n instanceof ListItem || n instanceof TableRow) return n;
            if (block == null && (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell || n instanceof HtmlBlock)) block = n;
        }
        return block != null ? block : node;
    }

    /** Parts start at top-level headings of level 1 or 2 named Description, Evidence or Reflection (case-insensitive). */
    private void findParts() {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Heading h) || h.getLevel() > 2) continue;
            String name = Markdown.plainText(h).strip().replaceAll("[:.]+$", "").strip().toLowerCase(Locale.ROOT);
            if (!PART_NAMES.contains(name) || parts.containsKey(name)) continue;
            List<Node> content = new ArrayList<>();
            for (Node c = h.getNext(); c != null; c = c.getNext()) {
                if (c instanceof Heading next && next.getLevel() <= h.getLevel()) break;
                content.add(c);
            }
            parts.put(name, new Part(name, h, List.copyOf(content)));
        }
    }
}
