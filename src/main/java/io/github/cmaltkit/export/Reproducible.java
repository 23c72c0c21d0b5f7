package io.github.cmaltkit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Takes the clock out of a PDF: every date becomes the portfolio's version date and the document id
 * comes from the content, so the same portfolio gives the same bytes (PDFBox would otherwise stamp
 * the time of the bake and an id made from it).
 */
final class Reproducible {

    private static final Pattern XMP_DATE = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)|((?:xmp:(?:CreateDate|ModifyDate|MetadataDate))=\")[^\"]*(\")");

    private Reproducible() {
    }

    static void fix(PDDocument doc, Instant date, byte[] id) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer(Export.PRODUCER);
        java.util.Map<String, PDComplexFileSpecification> attached = new java.util.TreeMap<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a.getCOSObject().containsKey(COSName.M)) a.setModifiedDate(when);
                if (a instanceof PDAnnotationFileAttachment fa && fa.getFile() instanceof PDComplexFileSpecification spec) {
                    PDEmbeddedFile f = spec.getEmbeddedFile();
                    if (f != null) {
                        f.setModDate(when);
                        f.setCreationDate(when);
                        attached.putIfAbsent(spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFile(), spec);
                    }
                }
            }
        }
        if (!attached.isEmpty()) {
            // Listed in the document's own list too, so every reader's attachments panel shows them.
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(attached);
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null) names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        }
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta != null) {
            // XMP here is a small packet the renderer wrote; only its date values change.
            String xmp = new String(meta.toByteArray(), StandardCharsets.UTF_8);
            String stamp = date.toString();
            Matcher m = XMP_DATE.matcher(xmp);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(1) != null ? m.group(1) + stamp + m.group(2) : m.group(3) + stamp + m.group(4);
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            if (!sb.toString().equals(xmp)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                bytes.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
                PDMetadata fresh = new PDMetadata(doc, new java.io.ByteArrayInputStream(bytes.toByteArray()));
                doc.getDocumentCatalog().setMetadata(fresh);
            }
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
