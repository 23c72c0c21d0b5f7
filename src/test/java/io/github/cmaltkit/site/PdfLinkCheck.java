package io.github.cmaltkit.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * What an assessor clicking through a PDF meets: every link annotation must be a jump to a page of
 * the same PDF, an absolute web address, or a file that exists beside the PDF; every attachment must
 * hold its file.
 */
final class PdfLinkCheck {

    /** What was found, for assertions beyond "no problem". */
    record Result(List<String> problems, int internal, int web, int besides, int attachments) {
    }

    private PdfLinkCheck() {
    }

    static Result check(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        int internal = 0;
        int web = 0;
        int besides = 0;
        int attachments = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                for (PDAnnotation a : page.getAnnotations()) {
                    String where = "page " + n + ": ";
                    if (a instanceof PDAnnotationFileAttachment fa) {
                        if (fa.getFile() instanceof PDComplexFileSpecification spec && spec.getEmbeddedFile() != null
                                && spec.getEmbeddedFile().toByteArray().length > 0) {
                            attachments++;
                        } else {
                            problems.add(where + "an attachment with no file inside");
                        }
                        continue;
                    }
                    if (!(a instanceof PDAnnotationLink link)) continue;
                    PDDestination dest = link.getDestination();
                    PDAction action = link.getAction();
                    if (dest == null && action instanceof PDActionGoTo goTo) dest = goTo.getDestination();
                    if (dest != null) {
                        PDPageDestination pd = dest instanceof PDNamedDestination named
                                ? doc.getDocumentCatalog().findNamedDestinationPage(named) : (PDPageDestination) dest;
                        if (pd == null || pd.retrievePageNumber() < 0) problems.add(where + "a jump to a place that is not in the PDF");
                        else internal++;
                    } else if (action instanceof PDActionURI uri) {
                        String target = uri.getURI();
                        URI u;
                        try {
                            u = URI.create(target);
                        } catch (IllegalArgumentException e) {
                            problems.add(where + "a link that is not an address: " + target);
                            continue;
                        }
                        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                        if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null || scheme.equals("mailto")) {
                            web++;
                        } else if (u.getScheme() == null && u.getPath() != null && !u.getPath().isEmpty()
                                && Files.exists(pdf.toAbsolutePath().getParent().resolve(u.getPath()).normalize())) {
                            besides++;
                        } else {
                            problems.add(where + "a link that leads nowhere from the PDF: " + target);
                        }
                    } else {
                        problems.add(where + "a link with no destination (" + (action == null ? "none" : action.getType()) + ")");
                    }
                }
            }
        }
        return new Result(problems, internal, web, besides, attachments);
    }
}
