package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.OfficialPathways;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A portfolio with nothing written yet, on each pathway: its home page lists every section the pathway
 * asks for, under the assessment form's headings and in its order, as written out from ALT's documents.
 */
@ResourceLock(SharedState.JBAKE)
class PathwayIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"cmalt", "senior", "associate"})
    void anEmptyPortfolioListsEverySectionOfItsPathwayInOfficialOrder(String pathway, @TempDir Path work) throws Exception {
        Path portfolio = TestPortfolio.at(work.resolve("portfolio"))
                .settings("candidate: Alex Example\npathway: " + pathway + "\n").folder("content").dir();
        Path site = work.resolve("site");
        assertThat(TestBaker.bake(portfolio, work.resolve("stage"), site)).isEmpty();

        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> titles = OfficialPathways.sections(pathway).stream().map(OfficialPathways.Section::title).toList();
        assertThat(index.select("main h3").eachText()).containsExactlyElementsOf(titles);
        assertThat(index.select("main .entry-missing h3").eachText()).containsExactlyElementsOf(titles);
        assertThat(index.select("main h2").eachText()).startsWith(
                OfficialPathways.of(pathway).stream().map(OfficialPathways.Group::title).toArray(String[]::new));
    }
}
