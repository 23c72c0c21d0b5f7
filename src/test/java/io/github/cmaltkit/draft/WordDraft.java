package io.github.cmaltkit.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds Word documents for the tests with Apache POI, the way Word, LibreOffice and Google Docs shape them. */
final class WordDraft implements AutoCloseable {

    final XWPFDocument doc = new XWPFDocument();
    private final XWPFStyles styles = doc.createStyles();
    private BigInteger bullets;
    private BigInteger numbers;
    private XWPFComments comments;
    private int bookmarks;

    WordDraft() {
        for (int i = 1; i <= 6; i++) style("Heading" + i, "heading " + i, null, i - 1);
        style("Title", "Title", null, -1);
        style("Quote", "Quote", null, -1);
    }

    /** A paragraph style; {@code outline} ≥ 0 gives it an outline level (as Word's heading styles have). */
    WordDraft style(String id, String name, String basedOn, int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) s.addNewBasedOn().setVal(basedOn);
        if (outline >= 0) s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        styles.addStyle(new XWPFStyle(s));
        return this;
    }

    /** A heading paragraph in a paragraph style, e.g. "Heading1". */
    XWPFParagraph heading(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return p;
    }

    /** A heading made only by an outline level on the paragraph itself (no heading style). */
    XWPFParagraph outlineHeading(int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        p.createRun().setText(text);
        return p;
    }

    void bookmark(XWPFParagraph p, String name) {
        var b = p.getCTP().addNewBookmarkStart();
        b.setName(name);
        b.setId(BigInteger.valueOf(++bookmarks));
        p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarks));
    }

    XWPFParagraph para(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) p.createRun().setText(text);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    static void link(XWPFParagraph p, String url, String text) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(url);
        r.setText(text);
    }

    static void anchorLink(XWPFParagraph p, String bookmark, String text) {
        CTHyperlink h = p.getCTP().addNewHyperlink();
        h.setAnchor(bookmark);
        h.addNewR().addNewT().setStringValue(text);
    }

    /** A list item: level 0, 1 … of a bulleted or a numbered list. */
    XWPFParagraph item(boolean ordered, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(ordered ? numbering(true) : numbering(false));
        p.setNumILvl(BigInteger.valueOf(level));
        if (!text.isEmpty()) p.createRun().setText(text);
        return p;
    }

    private BigInteger numbering(boolean ordered) {
        if (ordered && numbers != null) return numbers;
        if (!ordered && bullets != null) return bullets;
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(ordered ? 1 : 0));
        for (int i = 0; i < 3; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (i + 1) + "." : "•");
        }
        BigInteger id = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
        if (ordered) numbers = id;
        else bullets = id;
        return id;
    }

    XWPFTable table(String[][] cells) {
        XWPFTable t = doc.createTable(cells.length, cells[0].length);
        for (int r = 0; r < cells.length; r++) for (int c = 0; c < cells[r].length; c++) t.getRow(r).getCell(c).setText(cells[r][c]);
        return t;
    }

    static void image(XWPFParagraph p, byte[] bytes, PictureType type, String name, String alt) {
        try {
            XWPFRun r = p.createRun();
            r.addPicture(new ByteArrayInputStream(bytes), type, name, Units.toEMU(120), Units.toEMU(60));
            r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(alt == null ? "" : alt);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    void footnote(XWPFParagraph p, String text) {
        XWPFFootnote fn = doc.createFootnote();
        fn.createParagraph().createRun().setText(text);
        p.createRun().getCTR().addNewFootnoteReference().setId(fn.getId());
    }

    static void inserted(XWPFParagraph p, String text) {
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.valueOf(900));
        ins.setAuthor("Reviewer");
        ins.addNewR().addNewT().setStringValue(text);
    }

    static void deleted(XWPFParagraph p, String text) {
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(901));
        del.setAuthor("Reviewer");
        del.addNewR().addNewDelText().setStringValue(text);
    }

    void comment(XWPFParagraph p, String text) {
        if (comments == null) comments = doc.createComments();
        XWPFComment c = comments.createComment(BigInteger.valueOf(comments.getComments().size()));
        c.setAuthor("Mentor");
        c.createParagraph().createRun().setText(text);
        p.getCTP().addNewCommentRangeStart().setId(c.getCtComment().getId());
        p.getCTP().addNewCommentRangeEnd().setId(c.getCtComment().getId());
        p.getCTP().addNewR().addNewCommentReference().setId(c.getCtComment().getId());
    }

    void author(String name) {
        doc.getProperties().getCoreProperties().setCreator(name);
    }

    Path save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** A small PNG (one red pixel). */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    }
}
