package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The PDF the build wrote beside the site (the sample's, or -Dportfolio=DIR's): every link works from the file. */
class PortfolioPdfIT {

    @Test
    void everyLinkInPortfolioPdfIsAJumpAWebAddressOrAFileBesideIt() throws Exception {
        Path pdf = BakedSite.dir().resolve("portfolio.pdf");
        assertThat(pdf).isRegularFile();
        PdfLinkCheck.Result r = PdfLinkCheck.check(pdf);
        assertThat(r.problems()).isEmpty();
        assertThat(r.internal()).as("jumps inside the PDF (contents, links between sections)").isPositive();
    }

    @Test
    void theContentsHeadingNeverComesBeforeThePagesOwnHeading() {
        for (Path page : BakedSite.kitPages()) {
            Document d = BakedSite.parse(page);
            String order = d.select("h1, h2").stream().map(h -> h.tagName() + ":" + h.text()).toList().toString();
            int h1 = order.indexOf("h1:");
            int contents = order.indexOf("h2:Contents");
            assertThat(h1).as(BakedSite.name(page) + " " + order).isGreaterThanOrEqualTo(0);
            if (contents >= 0) assertThat(contents).as(BakedSite.name(page) + " " + order).isGreaterThan(h1);
        }
    }
}
