package io.github.cmaltkit.draft;

import io.github.cmaltkit.markdown.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Writes portfolio pages into a Word document as a candidate drafting in Word would have them: a
 * heading per page, sub-headings in heading styles, real lists, tables, pictures and hyperlinks,
 * cross-references as links to bookmarks.
 */
final class SampleAsWord {

    private final WordDraft w;
    private final Path contentDir;
    private String file;
    private Map<Heading, String> ids;

    SampleAsWord(WordDraft w, Path contentDir) {
        this.w = w;
        this.contentDir = contentDir;
    }

    /** One page: its heading, a "Principles:" line when it claims any, then its body. */
    void page(String fileName, String heading, String principles, String body) {
        file = fileName;
        XWPFParagraph h = w.heading("Heading1", heading);
        w.bookmark(h, fileName);
        if (principles != null && !principles.isBlank()) w.para("Principles: " + principles);
        Node doc = Markdown.parse(body);
        ids = Markdown.headingIds(doc);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) block(n, 0);
    }

    private void block(Node n, int depth) {
        if (n instanceof Heading h) {
            XWPFParagraph p = w.heading("Heading" + Math.min(6, h.getLevel()), Markdown.plainText(h));
            w.bookmark(p, file + "#" + ids.get(h));
        } else if (n instanceof Paragraph) {
            inline(w.para(""), n);
        } else if (n instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                boolean first = true;
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (first && c instanceof Paragraph) {
                        inline(w.item(list instanceof OrderedList, depth, ""), c);
                    } else if (c instanceof ListBlock) {
                        block(c, depth + 1);
                    } else {
                        block(c, depth);
                    }
                    first = false;
                }
            }
        } else if (n instanceof BlockQuote) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                XWPFParagraph p = w.para("");
                p.setStyle("Quote");
                inline(p, c);
            }
        } else if (n instanceof TableBlock) {
            int rows = 0;
            int cols = 0;
            for (Node part = n.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    rows++;
                    int c = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) c++;
                    cols = Math.max(cols, c);
                }
            }
            XWPFTable t = w.doc.createTable(rows, cols);
            int r = 0;
            for (Node part = n.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext(), r++) {
                    int c = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), c++) {
                        if (row instanceof TableRow && cell instanceof TableCell) inline(t.getRow(r).getCell(c).getParagraphs().get(0), cell);
                    }
                }
            }
        } else {
            w.para(Markdown.plainText(n));
        }
    }

    private void inline(XWPFParagraph p, Node parent) {
        inline(p, parent, false, false);
    }

    private void inline(XWPFParagraph p, Node parent, boolean bold, boolean italic) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                WordDraft.run(p, t.getLiteral(), bold, italic);
            } else if (n instanceof Code c) {
                WordDraft.run(p, c.getLiteral(), bold, italic);
            } else if (n instanceof SoftLineBreak) {
                WordDraft.run(p, " ", bold, italic);
            } else if (n instanceof HardLineBreak) {
                XWPFRun r = p.createRun();
                r.addBreak();
            } else if (n instanceof Emphasis) {
                inline(p, n, bold, true);
            } else if (n instanceof StrongEmphasis) {
                inline(p, n, true, italic);
            } else if (n instanceof Link l) {
                String dest = l.getDestination();
                String text = Markdown.plainText(l);
                if (dest.matches("(?i)[a-z][a-z0-9+.-]*:.*") || dest.startsWith("../")) {
                    WordDraft.link(p, dest, text);
                } else {
                    String name = dest.startsWith("#") ? file + dest : dest;
                    WordDraft.anchorLink(p, name, text);
                }
            } else if (n instanceof Image img) {
                try {
                    byte[] bytes = Files.readAllBytes(contentDir.resolve(img.getDestination()).normalize());
                    String name = Path.of(img.getDestination()).getFileName().toString();
                    PictureType type = name.endsWith(".svg") ? PictureType.SVG : name.endsWith(".png") ? PictureType.PNG : PictureType.JPEG;
                    WordDraft.image(p, bytes, type, name, Markdown.plainText(img));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                inline(p, n, bold, italic);
            }
        }
    }
}
