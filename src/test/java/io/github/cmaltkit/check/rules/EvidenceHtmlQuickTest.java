package io.github.cmaltkit.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The evidence-accessibility rule's quick look at an HTML page never passes one that jsoup finds a problem in. */
class EvidenceHtmlQuickTest {

    private static final String BODY = "<head><title>t</title></head><body><p>Text</p></body></html>";

    @Test
    void aPagePassedWithoutParsingIsOneJsoupFindsFine() {
        String[] pages = {
            "<!DOCTYPE html>\n<html lang=\"en\">\n" + BODY,
            "<html lang=\"en-GB\">" + BODY,
            "  <!doctype html><html class=\"x\" lang=\"cy\" dir=\"ltr\">" + BODY,
            "<HTML LANG=\"EN\">" + BODY,
            "<!DOCTYPE html>\n<html lang=\"\">\n" + BODY,
            "<!DOCTYPE html>\n<html lang=\" \">\n" + BODY,
            "<!DOCTYPE html>\n<html lang=\"\" lang=\"en\">\n" + BODY,
            "<!DOCTYPE html>\n<html>\n" + BODY,
            "<!DOCTYPE html>\n<html xml:lang=\"en\">\n" + BODY,
            "<!DOCTYPE html>\n<html lang=en>\n" + BODY,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<body><img src=\"a.png\"></body></html>",
            "<!DOCTYPE html>\n<html lang=\"en\">\n<body><image src=\"a.png\"></body></html>",
            "<!DOCTYPE html>\n<html lang=\"en\">\n<body><IMG src=\"a.png\" alt=\"\"></body></html>",
            "<!-- <html lang=\"en\"> -->\n<html>" + BODY,
            "<p>before</p><html lang=\"en\">" + BODY,
            "\uFEFF<html lang=\"en\">" + BODY,
            "<html data-note=\"a &amp; b\" lang=\"en\">" + BODY,
            "<html lang=\"en\" data-x='y'>" + BODY,
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html lang=\"en\">" + BODY,
        };
        int quick = 0;
        for (String page : pages) {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            if (!EvidenceAccessibilityRule.plainlyFine(bytes)) continue;
            quick++;
            Document doc = Jsoup.parse(page);
            for (Element img : doc.getElementsByTag("img")) assertThat(img.hasAttr("alt")).as(page).isTrue();
            assertThat(doc.getElementsByTag("html").first().attr("lang")).as(page).isNotBlank();
        }
        // The first four: a plain start and no image.
        assertThat(quick).isEqualTo(4);
    }
}
