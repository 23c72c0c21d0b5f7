package io.github.cmaltkit.site;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.portfolio.Scaffold;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.report.CheckReport;
import io.github.cmaltkit.report.Format;
import io.github.cmaltkit.report.Reports;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * One question, one answer: a section's readiness reads the same in the checker's text, JSON and
 * SARIF and on the kit's progress and self-assessment pages, a page's title is the same on its own
 * page and on the print page, and a core principle has the same words in the checker and on the site.
 */
@ResourceLock(SharedState.JBAKE)
class OneAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** The progress page's opening sentence, of the last portfolio {@link #agree} baked. */
    private String progressLede;

    @Test
    void theSampleSaysTheSameEverywhere() throws Exception {
        Map<String, Readiness> seen = agree(TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("sample")));
        assertThat(seen.values()).containsOnly(Readiness.READY);
        // The checker calls every section ready: so does the progress page's count.
        assertThat(progressLede).contains("Of the " + seen.size() + " sections, by the checker's measure: " + seen.size() + " ready.");
    }

    @Test
    void aPartialPortfolioWithInitsPromptsSaysTheSameEverywhere() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("src/test/resources/portfolios/senior-partial"), tmp.resolve("partial"));
        // init adds a file of prompts for every section that has none: files that are not written yet.
        assertThat(Scaffold.init(dir, null, null)).isNotEmpty();
        // A warning in one section (leftover TODO), an error in another (an image with no alt text).
        Files.writeString(dir.resolve("content/02-core-2b.md"), "\nTODO: one more example.\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("content/03-core-3a.md"), "\n![](../assets/none.png)\n", StandardOpenOption.APPEND);
        Map<String, Readiness> seen = agree(dir);
        assertThat(seen).containsEntry("core-1a", Readiness.READY).containsEntry("core-1b", Readiness.NOT_WRITTEN)
                .containsEntry("core-2b", Readiness.NEARLY_THERE).containsEntry("core-3a", Readiness.NEEDS_WORK);
        // The PDF is made from the print page: a section of init's prompts is marked there as on its page.
        Path pdf = tmp.resolve("partial.pdf");
        Export.pdf(tmp.resolve("partial-site"), pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        var portfolio = PortfolioModel.read(dir).portfolio();
        long unwritten = seen.entrySet().stream().filter(e -> e.getValue() == Readiness.NOT_WRITTEN
                && portfolio.section(e.getKey()).isPresent()).count();
        assertThat(unwritten).isGreaterThan(3);
        assertThat(text.split("Not written yet\\.", -1).length - 1).as("sections marked not written in the PDF").isEqualTo((int) unwritten);
    }

    @Test
    void anUnclaimedPrincipleHasTheSameWordsInTheCheckerAndOnThePrinciplesPage() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("src/test/resources/portfolios/senior-partial"), tmp.resolve("unclaimed"));
        for (String f : List.of("content/04-specialist-1.md", "content/05-advanced-1.md")) {
            Path file = dir.resolve(f);
            Files.writeString(file, Files.readString(file).replaceFirst("principles: \\[(exploring, )?disseminate\\]", "principles: [exploring]"));
        }
        CheckResult check = Checker.check(PortfolioModel.read(dir), Rules.all(), new CheckOptions(true));
        List<String> messages = check.findings().stream().filter(f -> f.rule().equals("principles")).map(Finding::message).toList();
        String label = Principle.DISSEMINATE.label();
        assertThat(messages).singleElement().asString().contains("\"" + label + "\"");
        Path site = tmp.resolve("unclaimed-site");
        assertThat(TestBaker.bake(dir, tmp.resolve("unclaimed-stage"), site)).isEmpty();
        String page = Jsoup.parse(site.resolve("kit/principles.html").toFile()).text();
        for (Principle p : Principle.all()) assertThat(page).as("principles page").contains(p.label());
    }

    /** Checks and bakes {@code dir}, asserts every output agrees, and returns each section's readiness. */
    private Map<String, Readiness> agree(Path dir) throws Exception {
        PortfolioModel model = PortfolioModel.read(dir);
        CheckResult check = Checker.check(model, Rules.all(), new CheckOptions(true));
        CheckReport report = CheckReport.of(check, "p");
        String text = Reports.render(Format.TEXT, report, false, "");
        JsonNode json = JSON.readTree(Reports.render(Format.JSON, report, false, ""));
        JsonNode sarif = JSON.readTree(Reports.render(Format.SARIF, report, false, ""));
        Path site = tmp.resolve(dir.getFileName() + "-site");
        assertThat(TestBaker.bake(dir, tmp.resolve(dir.getFileName() + "-stage"), site)).isEmpty();
        Document progressPage = Jsoup.parse(site.resolve("kit/progress.html").toFile());
        List<String> progress = cells(progressPage, 5);
        // The count of the progress page is the checker summary's, in its words.
        progressLede = progressPage.selectFirst("p.lede").text();
        String tally = Reports.summary(report, false, 0).lines().filter(l -> l.startsWith("Sections: ")).findFirst().orElseThrow()
                .substring("Sections: ".length());
        assertThat(progressLede).as("progress page's count").contains("by the checker's measure: " + tally + ".");
        List<String> selfAssessment = column(Jsoup.parse(site.resolve("kit/self-assessment.html").toFile()), "table.assessment tr:not(.group-row)", 1);

        Map<String, Readiness> seen = new LinkedHashMap<>();
        List<SectionSpec> slots = model.portfolio().slots();
        for (int i = 0; i < slots.size(); i++) {
            String id = slots.get(i).id();
            Readiness r = check.readiness(id);
            seen.put(id, r);
            assertThat(text).as("text row of " + id).containsPattern("(?m)^  " + r.label() + " +" + id + " ");
            JsonNode row = find(json.get("sections"), "id", id);
            assertThat(row.get("readiness").asText()).as("JSON of " + id).isEqualTo(r.id());
            assertThat(row.get("readinessLabel").asText()).as("JSON of " + id).isEqualTo(r.label());
            JsonNode bag = find(sarif.get("runs").get(0).get("properties").get("readiness"), "section", id);
            assertThat(bag.get("label").asText()).as("SARIF of " + id).isEqualTo(r.label());
            assertThat(progress.get(i)).as("progress page row of " + id).isEqualTo(r.label());
            assertThat(cells(progressPage, 3).get(i)).as("errors of " + id).isEqualTo(row.get("errors").asText());
            assertThat(cells(progressPage, 4).get(i)).as("warnings of " + id).isEqualTo(row.get("warnings").asText());
            assertThat(selfAssessment.get(i)).as("self-assessment row of " + id).isEqualTo(r.label());
            // Words are the candidate's, counted as word-count counts them: none in a file of init's headings and prompts.
            SectionFile f = model.portfolio().section(id).orElse(null);
            int words = f == null || !f.readable() ? 0 : check.page(f).words();
            if (r == Readiness.NOT_WRITTEN) assertThat(words).as("words of " + id + ", not written yet").isZero();
            assertThat(cells(progressPage, 1).get(i)).as("progress page's words of " + id).isEqualTo(String.valueOf(words));
        }
        assertThat(progress).hasSize(slots.size());

        Document print = Jsoup.parse(site.resolve("kit/print.html").toFile());
        for (SectionFile f : model.files()) {
            if (!f.readable()) continue;
            String title = model.title(f);
            Document own = Jsoup.parse(site.resolve(SitePaths.pageOf(f.path())).toFile());
            assertThat(own.selectFirst("main h1, h1").text()).as("own page of " + f.path()).isEqualTo(title);
            Element heading = print.getElementById("p-" + f.baseName().replaceAll("[^A-Za-z0-9_-]", "-"));
            assertThat(heading).as("print page section of " + f.path()).isNotNull();
            assertThat(heading.text()).as("print page of " + f.path()).isEqualTo(title);
            // Not written yet: said on the print page as on the section's own page, instead of init's bare headings.
            Element body = heading.parent().selectFirst(".print-body");
            boolean unwritten = f.isSection() && !f.written();
            assertThat(body.select(".tag-missing").text()).as("print page of " + f.path()).isEqualTo(unwritten ? "Not written yet." : "");
            assertThat(own.select("article .tag-missing").text()).as("own page of " + f.path()).isEqualTo(unwritten ? "Not written yet." : "");
            if (unwritten) assertThat(body.select("h3, h4")).as("print page of " + f.path()).isEmpty();
        }
        return seen;
    }

    /** Cell {@code td} (0-based, among td cells) of each body row of the table with a Readiness column. */
    private static List<String> cells(Document page, int td) {
        Element table = page.select("table:has(th:containsOwn(Readiness))").last();
        List<String> out = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) out.add(tr.select("td").get(td).text());
        return out;
    }

    /** The text of cell {@code td} (0-based, among td cells) of each row matching {@code rows} that has one. */
    private static List<String> column(Document page, String rows, int td) {
        List<String> out = new ArrayList<>();
        for (Element tr : page.select(rows)) {
            if (tr.select("td").size() > td && tr.closest("tbody") != null) out.add(tr.select("td").get(td).text());
        }
        return out;
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode n : array) if (value.equals(n.get(key).asText())) return n;
        throw new AssertionError("no " + key + "=" + value + " in " + array);
    }

}
