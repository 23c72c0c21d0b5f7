import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A deterministic Word draft for bench/import.sh: N pages (the 12 CMALT sections, then appendices),
 * each a Heading 1 with Description / Evidence / Reflection under it, about 400 words, a link, a
 * list, a table, a picture and a footnote. Run with POI on the class path:
 *   java -cp target/cmalt.jar bench/GenDraft.java N OUT.docx
 */
public class GenDraft {
    private static final String[] SECTIONS = {"Contextual statement", "Core area 1a: Choosing a tool", "Core area 1b: Running the platform",
            "Core area 1c: Rolling out lecture capture", "Core area 2a: Designing assessment", "Core area 2b: Knowing our learners",
            "Core area 3a: Working within UK GDPR", "Core area 3b: Meeting WCAG 2.2", "Core area 4: Working with the library",
            "Specialist option 1: Accessible video", "Future plans", "Confirmation"};
    private static final String[] WORDS = ("learning technology students staff module design feedback video accessible evidence "
            + "workshop colleagues platform evaluation survey assessment practice support deployment policy review").split(" ");
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(23);
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int page = 0; page < n; page++) {
                String title = page < SECTIONS.length ? SECTIONS[page] : "Appendix " + (page - SECTIONS.length + 1) + ": further evidence";
                heading(doc, "Heading1", title);
                for (String part : new String[] {"Description", "Evidence", "Reflection"}) {
                    heading(doc, "Heading2", part);
                    for (int para = 0; para < 2; para++) {
                        XWPFParagraph p = doc.createParagraph();
                        p.createRun().setText("In spring 2024 " + words(random, 30) + " ");
                        XWPFRun b = p.createRun();
                        b.setBold(true);
                        b.setText(words(random, 3));
                        p.createRun().setText(" " + words(random, 25) + " ");
                        p.createHyperlinkRun("https://example.org/evidence/" + page + "/" + para).setText("the " + part.toLowerCase() + " report");
                        p.createRun().setText(".");
                    }
                    XWPFParagraph item = doc.createParagraph();
                    item.setStyle("ListBullet");
                    item.createRun().setText(words(random, 8));
                }
                XWPFTable t = doc.createTable(3, 2);
                for (int r = 0; r < 3; r++) for (int c = 0; c < 2; c++) t.getRow(r).getCell(c).setText(words(random, 2));
                XWPFRun pic = doc.createParagraph().createRun();
                pic.addPicture(new ByteArrayInputStream(PNG), PictureType.PNG, "chart" + page + ".png", Units.toEMU(60), Units.toEMU(30));
                pic.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("Chart of the results on page " + (page + 1));
                XWPFFootnote fn = doc.createFootnote();
                fn.createParagraph().createRun().setText("A note on page " + (page + 1) + ": " + words(random, 6));
                XWPFParagraph last = doc.createParagraph();
                last.createRun().setText(words(random, 12));
                last.createRun().getCTR().addNewFootnoteReference().setId(fn.getId());
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
    }

    private static void heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static String words(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return b.toString();
    }
}
