package io.github.cmaltkit.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document (as Word, LibreOffice and Google Docs write it), read with Apache POI: headings by
 * their style or outline level, and the text as a reader sees it, with tracked changes accepted as
 * shown and comments left out.
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?iu)^(?:heading|kop|titre|überschrift|titolo|encabezado|rubrik)\\s*([1-9])$");
    private static final Pattern LIST_STYLE = Pattern.compile("(?i)^list\\s*(bullet|number)\\s*([2-9])?$");
    private static final Pattern QUOTE_STYLE = Pattern.compile("(?i)(intense )?quote|block text|quotation");
    private static final Pattern FIELD_LINK = Pattern.compile("(?i)HYPERLINK\\s");
    private static final Pattern HYPERLINK_FIELD = Pattern.compile("(?i)^\\s*HYPERLINK\\s+(?:\\\\l\\s+)?\"([^\"]+)\"");

    private final Draft draft;
    private final XWPFDocument doc;
    private final Path file;
    private int imagesWithoutAlt;
    private int embedded;
    private int tocParagraphs;
    /** Complex field state (fldChar begin … separate … end), which spans runs. */
    private final StringBuilder instr = new StringBuilder();
    private boolean inInstr;
    private String fieldLink;

    private DocxReader(Draft draft, XWPFDocument doc, Path file) {
        this.draft = draft;
        this.doc = doc;
        this.file = file;
    }

    static Draft read(Path file) throws IOException, ImportRefusedException {
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException(file + " is damaged or is not a Word document (" + brief(e)
                    + "): open it in Word or LibreOffice, save it again as .docx, and import that");
        }
        try (doc) {
            Draft d = new Draft(file.getFileName().toString());
            DocxReader r = new DocxReader(d, doc, file);
            r.meta();
            r.body(doc.getBodyElements());
            r.notes();
            try {
                d.commentsDropped = doc.getComments() == null ? 0 : doc.getComments().length;
            } catch (RuntimeException e) {
                d.commentsDropped = 0;
            }
            if (r.imagesWithoutAlt > 0) {
                d.remarks.add(r.imagesWithoutAlt + " image" + (r.imagesWithoutAlt == 1 ? " has" : "s have")
                        + " no alt text, which `check` reports (image-alt): say what each shows between the brackets of its ![](…)");
            }
            if (r.tocParagraphs > 0) d.remarks.add("the table of contents (" + r.tocParagraphs + (r.tocParagraphs == 1 ? " line" : " lines") + ") is left out: the site makes its own");
            if (r.embedded > 0) d.remarks.add(r.embedded + " embedded file" + (r.embedded == 1 ? " is" : "s are") + " in assets/evidence, each linked where it was");
            return d;
        } catch (RuntimeException e) {
            throw new ImportRefusedException(file + " could not be read as a Word document (" + brief(e)
                    + "): open it in Word or LibreOffice, save it again as .docx, and import that");
        }
    }

    private static String brief(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    private void meta() {
        try {
            var core = doc.getProperties().getCoreProperties();
            if (core.getCreator() != null && !core.getCreator().isBlank()) draft.meta.put("author", core.getCreator().strip());
            if (core.getTitle() != null && !core.getTitle().isBlank()) draft.meta.put("title", core.getTitle().strip());
        } catch (RuntimeException e) {
            // no document properties: nothing to take from them
        }
    }

    private void body(List<IBodyElement> elements) {
        ListBuilder list = new ListBuilder();
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                String style = styleName(p.getStyleID());
                if (style != null && style.toLowerCase(Locale.ROOT).startsWith("toc")) {
                    tocParagraphs++;
                    continue;
                }
                int level = headingLevel(p);
                if (level > 0) {
                    list.flush();
                    List<String> anchors = new ArrayList<>();
                    String text = plainText(p.getCTP().getDomNode(), anchors).replaceAll("\\s+", " ").strip();
                    if (!text.isEmpty()) draft.blocks.add(new Draft.Heading(level, text, anchors));
                    continue;
                }
                countParagraph(p.getCTP().getDomNode());
                String md = inline(p, false);
                ListLevel li = listLevel(p, style);
                if (li != null) {
                    if (!md.isBlank()) list.add(li.level, li.ordered, md);
                    continue;
                }
                list.flush();
                if (md.isBlank()) continue;
                if (style != null && QUOTE_STYLE.matcher(style).matches()) md = "> " + md.replace("\n", "\n> ");
                draft.blocks.add(new Draft.Body(md));
            } else if (el instanceof XWPFTable t) {
                list.flush();
                String md = table(t);
                if (!md.isBlank()) draft.blocks.add(new Draft.Body(md));
            } else if (el instanceof XWPFSDT sdt) {
                list.flush();
                String text = sdt.getContent().getText().strip();
                if (!text.isEmpty()) {
                    draft.counts.addWords(text);
                    draft.blocks.add(new Draft.Body(MarkdownText.escape(text, true)));
                }
            }
        }
        list.flush();
    }

    /** Consecutive list paragraphs as one Markdown list, nested by their list level. */
    private final class ListBuilder {
        private final StringBuilder b = new StringBuilder();
        private final int[] widths = new int[10];

        void add(int level, boolean ordered, String md) {
            level = Math.min(level, 8);
            String marker = ordered ? "1. " : "- ";
            widths[level] = marker.length();
            int indent = 0;
            for (int i = 0; i < level; i++) indent += widths[i] == 0 ? 2 : widths[i];
            String pad = " ".repeat(indent);
            if (b.length() > 0) b.append('\n');
            b.append(pad).append(marker).append(md.replace("\n", "\n" + pad + " ".repeat(marker.length())));
        }

        void flush() {
            if (b.length() > 0) draft.blocks.add(new Draft.Body(b.toString()));
            b.setLength(0);
            java.util.Arrays.fill(widths, 0);
        }
    }

    /** A list paragraph's nesting level and whether its list is numbered. */
    private record ListLevel(int level, boolean ordered) {
    }

    private ListLevel listLevel(XWPFParagraph p, String style) {
        if (p.getNumID() != null) {
            int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            String fmt = p.getNumFmt();
            return new ListLevel(level, fmt != null && !fmt.equals("bullet") && !fmt.equals("none"));
        }
        if (style != null) {
            Matcher m = LIST_STYLE.matcher(style);
            if (m.matches()) return new ListLevel(m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1, m.group(1).equalsIgnoreCase("number"));
        }
        return null;
    }

    private String styleName(String id) {
        if (id == null) return null;
        XWPFStyles styles = doc.getStyles();
        XWPFStyle s = styles == null ? null : styles.getStyle(id);
        return s != null && s.getName() != null ? s.getName() : id;
    }

    /** 1–6 for a heading (by its style, the style it is based on, or its outline level), else 0. */
    private int headingLevel(XWPFParagraph p) {
        Integer outline = outline(p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getOutlineLvl());
        if (outline != null) return outline;
        String id = p.getStyleID();
        XWPFStyles styles = doc.getStyles();
        for (int depth = 0; id != null && depth < 10; depth++) {
            XWPFStyle s = styles == null ? null : styles.getStyle(id);
            String name = s == null || s.getName() == null ? id : s.getName();
            for (String n : List.of(name, id)) {
                Matcher m = HEADING_STYLE.matcher(n.strip());
                if (m.matches()) return Math.min(6, Integer.parseInt(m.group(1)));
                if (n.equalsIgnoreCase("title")) return 1;
            }
            if (s == null) break;
            if (s.getCTStyle().getPPr() != null) {
                Integer o = outline(s.getCTStyle().getPPr().getOutlineLvl());
                if (o != null) return o;
            }
            id = s.getBasisStyleID();
        }
        return 0;
    }

    private static Integer outline(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber lvl) {
        if (lvl == null || lvl.getVal() == null) return null;
        int v = lvl.getVal().intValue();
        return v >= 0 && v < 6 ? v + 1 : null;
    }

    private String table(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> parts = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    countParagraph(p.getCTP().getDomNode());
                    String md = inline(p, true);
                    if (!md.isBlank()) parts.add(md);
                }
                for (XWPFTable inner : cell.getTables()) {
                    for (XWPFTableRow r : inner.getRows()) for (XWPFTableCell c : r.getTableCells()) for (XWPFParagraph p : c.getParagraphs()) {
                        countParagraph(p.getCTP().getDomNode());
                        String md = inline(p, true);
                        if (!md.isBlank()) parts.add(md);
                    }
                }
                cells.add(String.join(" ", parts));
            }
            rows.add(cells);
        }
        return Tables.gfm(rows);
    }

    private void notes() {
        List<XWPFAbstractFootnoteEndnote> all = new ArrayList<>();
        try {
            if (doc.getFootnotes() != null) all.addAll(doc.getFootnotes());
        } catch (RuntimeException e) {
            // no footnotes part
        }
        int footnotes = all.size();
        try {
            if (doc.getEndnotes() != null) all.addAll(doc.getEndnotes());
        } catch (RuntimeException e) {
            // no endnotes part
        }
        for (int i = 0; i < all.size(); i++) {
            XWPFAbstractFootnoteEndnote n = all.get(i);
            var type = n.getCTFtnEdn().getType();
            if (type != null && type.toString().toLowerCase(Locale.ROOT).contains("separator")) continue;
            String key = (i < footnotes ? "f" : "e") + n.getId();
            List<String> parts = new ArrayList<>();
            for (XWPFParagraph p : n.getParagraphs()) {
                countParagraph(p.getCTP().getDomNode());
                String md = inline(p, true);
                if (!md.isBlank()) parts.add(md);
            }
            draft.notes.put(key, String.join(" ", parts));
        }
    }

    // ---- one paragraph's text ----

    private String inline(XWPFParagraph p, boolean inCell) {
        MarkdownText.Inline in = new MarkdownText.Inline();
        walk(p.getCTP().getDomNode(), in, p.getPart(), false, false, null, inCell);
        return in.markdown();
    }

    private void walk(Node node, MarkdownText.Inline in, POIXMLDocumentPart part, boolean bold, boolean italic, String link, boolean inCell) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String name = e.getLocalName();
            if (!W.equals(e.getNamespaceURI())) {
                if ("oMath".equals(name) || "oMathPara".equals(name)) in.text(textOf(e), bold, italic, link);
                continue;
            }
            switch (name) {
                case "r" -> run(e, in, part, link, inCell);
                case "hyperlink" -> walk(e, in, part, bold, italic, hyperlink(e, part), inCell);
                case "fldSimple" -> {
                    Matcher m = HYPERLINK_FIELD.matcher(e.getAttributeNS(W, "instr"));
                    walk(e, in, part, bold, italic, m.find() ? target(m.group(1), e.getAttributeNS(W, "instr").contains("\\l")) : link, inCell);
                }
                case "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "dir", "bdo" -> walk(e, in, part, bold, italic, link, inCell);
                default -> {
                    // del, moveFrom (tracked deletions: not shown), comment marks, bookmarks, properties
                }
            }
        }
    }

    private String hyperlink(Element e, POIXMLDocumentPart part) {
        String id = e.getAttributeNS(R, "id");
        if (!id.isEmpty()) {
            try {
                PackageRelationship rel = part.getPackagePart().getRelationship(id);
                if (rel != null) {
                    String url = rel.getTargetURI().toString();
                    String anchor = e.getAttributeNS(W, "anchor");
                    return target(anchor.isEmpty() ? url : url + "#" + anchor, false);
                }
            } catch (RuntimeException ex) {
                // a broken relationship: keep the text
            }
        }
        String anchor = e.getAttributeNS(W, "anchor");
        return anchor.isEmpty() ? null : draft.anchorLink(anchor);
    }

    /** A link's destination: a bookmark of the draft, a file beside it (copied), or as written. */
    private String target(String url, boolean bookmark) {
        if (bookmark) return draft.anchorLink(url);
        String copied = LocalFiles.copy(draft, file.toAbsolutePath().getParent(), file.toAbsolutePath().getParent(), url, false);
        if (copied != null) return copied;
        if (!io.github.cmaltkit.markdown.SitePaths.isExternal(url) && !url.startsWith("#")) {
            draft.remarks.add("the link to \"" + url + "\" names no file beside the draft; it is kept as written");
        }
        return url;
    }

    private void run(Element r, MarkdownText.Inline in, POIXMLDocumentPart part, String link, boolean inCell) {
        boolean bold = false;
        boolean italic = false;
        Element rPr = child(r, "rPr");
        if (rPr != null) {
            bold = on(child(rPr, "b"));
            italic = on(child(rPr, "i"));
            Element rStyle = child(rPr, "rStyle");
            if (rStyle != null) {
                String s = String.valueOf(styleName(rStyle.getAttributeNS(W, "val"))).toLowerCase(Locale.ROOT);
                bold |= s.equals("strong");
                italic |= s.equals("emphasis");
            }
        }
        String l = fieldLink != null && !inInstr ? fieldLink : link;
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "t" -> {
                    if (!inInstr) in.text(textOf(e), bold, italic, l);
                }
                case "tab", "ptab" -> in.text(" ", bold, italic, l);
                case "br", "cr" -> {
                    if ("page".equals(e.getAttributeNS(W, "type")) || inCell) in.text(" ", bold, italic, l);
                    else in.raw("\\\n", l);
                }
                case "noBreakHyphen" -> in.text("-", bold, italic, l);
                case "drawing", "pict" -> in.raw(image(e, part), l);
                case "object" -> in.raw(embeddedObject(e, part), l);
                case "footnoteReference" -> in.raw(Draft.noteRef("f" + e.getAttributeNS(W, "id")), l);
                case "endnoteReference" -> in.raw(Draft.noteRef("e" + e.getAttributeNS(W, "id")), l);
                case "fldChar" -> {
                    switch (e.getAttributeNS(W, "fldCharType")) {
                        case "begin" -> {
                            inInstr = true;
                            instr.setLength(0);
                            fieldLink = null;
                        }
                        case "separate" -> {
                            inInstr = false;
                            Matcher m = HYPERLINK_FIELD.matcher(instr);
                            if (m.find()) fieldLink = target(m.group(1), instr.toString().contains("\\l"));
                        }
                        case "end" -> {
                            inInstr = false;
                            fieldLink = null;
                        }
                        default -> {
                        }
                    }
                    l = fieldLink != null && !inInstr ? fieldLink : link;
                }
                case "instrText" -> instr.append(textOf(e));
                default -> {
                    // delText (a tracked deletion), comment references, rendering hints
                }
            }
        }
    }

    private static boolean on(Element toggle) {
        if (toggle == null) return false;
        String v = toggle.getAttributeNS(W, "val");
        return v.isEmpty() || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    private String image(Element drawing, POIXMLDocumentPart part) {
        Element blip = first(drawing, "blip");
        String id = blip != null ? blip.getAttributeNS(R, "embed") : "";
        if (id.isEmpty()) {
            Element imagedata = first(drawing, "imagedata");
            if (imagedata != null) id = imagedata.getAttributeNS(R, "id");
        }
        Element docPr = first(drawing, "docPr");
        String alt = docPr == null ? "" : docPr.getAttribute("descr");
        if (alt.isBlank() && docPr != null) alt = docPr.getAttribute("title");
        Element shape = first(drawing, "shape");
        if (alt.isBlank() && shape != null) alt = shape.getAttribute("alt");
        POIXMLDocumentPart rel = id.isEmpty() ? null : part.getRelationById(id);
        if (!(rel instanceof XWPFPictureData pic)) {
            if (!id.isEmpty()) draft.remarks.add("an image whose file the document does not hold (a linked picture) is left out");
            return "";
        }
        String name = pic.getFileName() == null ? "image" : pic.getFileName();
        String target = draft.assetPath("assets/images", name, null);
        draft.assets.put(target, new Draft.Asset(null, pic.getData()));
        if (alt.isBlank()) imagesWithoutAlt++;
        return "![" + MarkdownText.escape(alt.replaceAll("\\s+", " ").strip(), false) + "](../" + target + ")";
    }

    private String embeddedObject(Element object, POIXMLDocumentPart part) {
        Element ole = first(object, "OLEObject");
        String id = ole == null ? "" : ole.getAttributeNS(R, "id");
        if (id.isEmpty()) return "";
        try {
            PackageRelationship rel = part.getPackagePart().getRelationship(id);
            var target = part.getPackagePart().getRelatedPart(rel);
            String name = target.getPartName().getName();
            name = name.substring(name.lastIndexOf('/') + 1);
            byte[] bytes;
            try (InputStream in = target.getInputStream()) {
                bytes = in.readAllBytes();
            }
            String path = draft.assetPath("assets/evidence", name, null);
            draft.assets.put(path, new Draft.Asset(null, bytes));
            embedded++;
            draft.counts.links++;
            return " [embedded file " + MarkdownText.escape(name, false) + "](../" + path + ") ";
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            draft.remarks.add("an embedded object could not be taken out of the document and is left out");
            return "";
        }
    }

    // ---- counting the draft as Word shows it, apart from the conversion ----

    private void countParagraph(Node p) {
        StringBuilder text = new StringBuilder();
        countWalk(p, text);
        draft.counts.addWords(text.toString());
    }

    private void countWalk(Node node, StringBuilder text) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String name = e.getLocalName();
            if (W.equals(e.getNamespaceURI()) && (name.equals("del") || name.equals("moveFrom") || name.equals("instrText"))) continue;
            if (W.equals(e.getNamespaceURI()) && name.equals("hyperlink")) draft.counts.links++;
            if (W.equals(e.getNamespaceURI()) && name.equals("fldSimple") && HYPERLINK_FIELD.matcher(e.getAttributeNS(W, "instr")).find()) draft.counts.links++;
            if (W.equals(e.getNamespaceURI()) && name.equals("object")) continue;
            if (name.equals("blip") && !e.getAttributeNS(R, "embed").isEmpty() || name.equals("imagedata")) draft.counts.images++;
            if (W.equals(e.getNamespaceURI()) && name.equals("t")) text.append(textOf(e));
            else if (W.equals(e.getNamespaceURI()) && (name.equals("tab") || name.equals("br") || name.equals("cr"))) text.append(' ');
            else if ("docPr".equals(name) || "txbxContent".equals(name)) continue;
            else countWalk(e, text);
        }
        if (node.getLocalName() != null && node.getLocalName().equals("p")) countFieldLinks(node);
    }

    /** HYPERLINK fields (fldChar … instrText) are links too. */
    private void countFieldLinks(Node p) {
        StringBuilder all = new StringBuilder();
        collect(p, "instrText", all);
        if (all.length() == 0) return;
        Matcher m = FIELD_LINK.matcher(all);
        while (m.find()) draft.counts.links++;
    }

    private static void collect(Node n, String local, StringBuilder out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (local.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) out.append(textOf(e)).append(' ');
                else if (!"del".equals(e.getLocalName())) collect(e, local, out);
            }
        }
    }

    /** The text of a paragraph as shown (insertions in, deletions out); its bookmarks go to {@code anchors}. */
    private String plainText(Node p, List<String> anchors) {
        StringBuilder b = new StringBuilder();
        plain(p, b, anchors);
        return b.toString();
    }

    private static void plain(Node node, StringBuilder b, List<String> anchors) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "t" -> b.append(textOf(e));
                case "tab", "br" -> b.append(' ');
                case "bookmarkStart" -> {
                    String name = e.getAttributeNS(W, "name");
                    if (!name.isEmpty() && !name.equals("_GoBack")) anchors.add(name);
                }
                case "del", "moveFrom", "instrText", "rPr", "pPr" -> {
                }
                default -> plain(e, b, anchors);
            }
        }
    }

    /** An element's text (XmlBeans' DOM has no getTextContent). */
    private static String textOf(Node e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) b.append(n.getNodeValue());
            else if (n.getNodeType() == Node.ELEMENT_NODE) b.append(textOf(n));
        }
        return b.toString();
    }

    private static Element child(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) return c;
        }
        return null;
    }

    private static Element first(Node e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (local.equals(c.getLocalName())) return c;
                Element f = first(c, local);
                if (f != null) return f;
            }
        }
        return null;
    }
}
