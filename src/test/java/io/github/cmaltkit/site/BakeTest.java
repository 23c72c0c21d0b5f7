package io.github.cmaltkit.site;

import io.github.cmaltkit.KitCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.portfolio.OfficialPathways;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(SharedState.JBAKE)
class BakeTest {

    static final Path DRAFT = TestBaker.KIT.resolve("src/test/resources/portfolios/cmalt-draft");

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void bakeDraft() throws Exception {
        site = work.resolve("site");
        assertThat(TestBaker.bake(DRAFT, work.resolve("stage"), site)).isEmpty();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void indexShowsEveryRequiredHeadingInOfficialOrderWithPlaceholders() throws IOException {
        Document index = page("index.html");
        List<String> h3 = index.select("main h3").eachText();
        // Written out from ALT's documents, not computed by the pathway code that builds the page.
        List<String> required = OfficialPathways.sections("cmalt").stream().map(OfficialPathways.Section::title).toList();
        assertThat(h3).containsExactlyElementsOf(required);
        List<String> missing = index.select("main .entry-missing h3").eachText();
        assertThat(missing).hasSize(required.size() - 2).doesNotContain("Contextual statement");
        assertThat(index.select("main .entry-missing").first().text()).contains("Not written yet");
        assertThat(index.select("main h2").eachText()).startsWith(
                OfficialPathways.CMALT.stream().map(OfficialPathways.Group::title).toArray(String[]::new));
    }

    @Test
    void kitPagesShowThePlanProgressGlossaryAndEvidence() throws IOException {
        Document plan = page("kit/plan.html");
        assertThat(plan.select("main").text()).contains("Set target: YYYY-MM-DD");
        assertThat(plan.select("table.plan tbody tr")).hasSize(16);

        Document progress = page("kit/progress.html");
        assertThat(progress.select("svg[role=img] title").eachText()).contains("Sections by status", "Words per section");
        assertThat(progress.select("table").last().select("tbody tr")).hasSize(12);
        assertThat(progress.select("table").last().select("tbody tr").get(1).text())
                .contains("An understanding of the constraints", "Draft");

        Document glossary = page("kit/glossary.html");
        assertThat(glossary.select("#glossary-VLE dd").text()).isEqualTo("virtual learning environment");
        assertThat(glossary.select("#glossary-DEB dd").text()).startsWith("Digital Education Board").contains("spelt out in");

        assertThat(page("operations.html").select("main a.glossary-term").eachAttr("href"))
                .containsExactly("kit/glossary.html#glossary-VLE");
        assertThat(page("operations.html").select("main abbr[title=virtual learning environment]").text()).isEqualTo("VLE");
        assertThat(page("appendices/pilot-notes.html").select("main a.glossary-term").eachAttr("href"))
                .containsExactly("../kit/glossary.html#glossary-VLE");

        Document evidence = page("kit/evidence.html");
        assertThat(evidence.select("main a[href=../evidence/comparison.txt]")).hasSize(1);
        assertThat(evidence.select("main tbody tr").first().text()).contains("File in the portfolio", "criteria we used");

        Document principles = page("kit/principles.html");
        assertThat(principles.select(".notice li").eachText()).hasSize(3);
        assertThat(page("kit/self-assessment.html").select("tbody th[scope=row]").eachText())
                .contains("Contextual statement (required, not assessed)", "Keeping up to date with new technologies");
        assertThat(page("kit/print.html").select("section.print-section h2").eachText())
                .containsExactly("Contextual statement", "Comparing two quiz tools", "Pilot notes");
        assertThat(page("kit/print.html").select("section.print-section h3").eachAttr("id")).contains("p-operations-description");
    }

    @Test
    void sectionPageHasItsPartsAndOneH1() throws IOException {
        Document p = page("operations.html");
        assertThat(p.select("h1")).hasSize(1);
        assertThat(p.select("h1").text()).isEqualTo("Comparing two quiz tools");
        assertThat(p.select("main h2").eachAttr("id")).containsExactly("description", "evidence", "reflection");
        assertThat(p.select(".section-label").text()).contains("Core area 1").contains("constraints and benefits");
        assertThat(p.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void editorLinksBecomeWorkingRelativeSiteLinks() throws IOException {
        Document p = page("operations.html");
        assertThat(p.select("main a").eachAttr("href"))
                .contains("evidence/comparison.txt", "appendices/pilot-notes.html#what-we-tried");
        assertThat(site.resolve("evidence/comparison.txt")).exists();
        Document notes = page("appendices/pilot-notes.html");
        assertThat(notes.select("main a").eachAttr("href")).contains("../operations.html#evidence");
        assertThat(notes.select("a.skip-link + header a, .site-title a").attr("href")).isEqualTo("../index.html");
    }

    @Test
    void everyPageStartsWithASkipLinkAndHasLandmarks() throws IOException {
        for (Path html : htmlPages()) {
            Document d = Jsoup.parse(html.toFile(), "UTF-8");
            Element first = d.selectFirst("body a");
            assertThat(first).as(html.toString()).isNotNull();
            assertThat(first.attr("href")).isEqualTo("#main");
            assertThat(d.getElementById("main").tagName()).isEqualTo("main");
            assertThat(d.select("header, nav, main, footer").eachAttr("class")).isNotEmpty();
            assertThat(d.select("h1")).as(html.toString()).hasSize(1);
            assertThat(d.select("script")).isEmpty();
            assertThat(d.select("[href^=http], [src^=http]").eachAttr("href")).as(html.toString()).isEmpty();
        }
    }

    @Test
    void theSameInputBakesToByteIdenticalOutput() throws Exception {
        Path again = work.resolve("again");
        assertThat(TestBaker.bake(DRAFT, work.resolve("stage2"), again)).isEmpty();
        assertThat(contents(again)).isEqualTo(contents(site));
    }

    @Test
    void anotherLocaleAndTimeZoneBakeTheSameBytes() throws Exception {
        java.util.Locale locale = java.util.Locale.getDefault();
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        Path other = work.resolve("other-locale");
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(TestBaker.bake(DRAFT, work.resolve("stage-locale"), other)).isEmpty();
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
        assertThat(contents(other)).isEqualTo(contents(site));
    }

    @Test
    void bakingWritesNothingInsideThePortfolio() throws Exception {
        Map<String, String> before = snapshot(DRAFT);
        TestBaker.bake(DRAFT, work.resolve("stage3"), work.resolve("site3"));
        assertThat(snapshot(DRAFT)).isEqualTo(before);
    }

    @Test
    void outputInsideOrAroundThePortfolioIsRefused() {
        assertThatThrownBy(() -> Stager.stage(DRAFT, TestBaker.KIT.resolve("templates"), work.resolve("s"), DRAFT))
                .isInstanceOf(Stager.RefusedException.class).hasMessageContaining("is the portfolio folder itself");
        assertThatThrownBy(() -> Stager.stage(DRAFT, TestBaker.KIT.resolve("templates"), DRAFT.resolve("target"), work.resolve("x")))
                .isInstanceOf(Stager.RefusedException.class).hasMessageContaining("inside the portfolio folder");
        assertThatThrownBy(() -> Stager.stage(DRAFT, TestBaker.KIT.resolve("templates"), work.resolve("s"), DRAFT.getParent()))
                .isInstanceOf(Stager.RefusedException.class).hasMessageContaining("contains the portfolio folder");
        assertThat(DRAFT.resolve("target")).doesNotExist();
    }

    @Test
    void candidatesCanOverrideASingleTemplate(@TempDir Path tmp) throws Exception {
        Path mine = tmp.resolve("mine");
        TestPortfolio.copy(DRAFT, mine);
        Files.createDirectories(mine.resolve("templates"));
        Files.writeString(mine.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">OWN PAGE ${content.title}");
        assertThat(TestBaker.bake(mine, tmp.resolve("stage"), tmp.resolve("site"))).isEmpty();
        assertThat(Files.readString(tmp.resolve("site/appendices/pilot-notes.html"))).isEqualTo("OWN PAGE Pilot notes");
        assertThat(Files.readString(tmp.resolve("site/operations.html"))).contains("<main id=\"main\"");
    }

    @Test
    void theStagerKnowsEveryLineAnOlderInitWrote() throws IOException {
        // src/test/resources/old-init-jbake.properties is the file `cmalt init` wrote until the kit kept its settings.
        Map<String, String> written = new TreeMap<>();
        for (String line : Files.readAllLines(TestBaker.KIT.resolve("src/test/resources/old-init-jbake.properties"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            written.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip());
        }
        assertThat(new TreeMap<>(Stager.initWrittenSettings())).isEqualTo(written);
        assertThat(TestBaker.KIT.resolve("sample-portfolio/jbake.properties")).doesNotExist();
    }

    @Test
    void summaryVerifiesEveryPageAndNamesMissingSections(@TempDir Path tmp) throws Exception {
        Portfolio draft = Portfolio.read(DRAFT);
        BakeSummary.verify(draft, site);
        List<String> lines = BakeSummary.lines(draft, site, Path.of("my-portfolio"));
        assertThat(lines.get(0)).startsWith("Baked 4 pages of Sam Rivera's CMALT portfolio");
        assertThat(String.join("\n", lines)).contains("10 required section(s) not written yet", "core-2b",
                KitCommand.LAUNCHER + " check my-portfolio");
        // The candidate's own portfolio/ is every command's default: the commands need no folder.
        List<String> own = BakeSummary.lines(draft, site, Path.of("portfolio"));
        assertThat(own.get(own.size() - 1)).isEqualTo("Before you submit: " + KitCommand.LAUNCHER + " check");
        assertThat(own).noneMatch(l -> l.contains("kit's sample"));

        Path broken = tmp.resolve("broken");
        TestPortfolio.copy(site, broken);
        Files.writeString(broken.resolve("context.html"), "");
        Files.delete(broken.resolve("operations.html"));
        assertThatThrownBy(() -> BakeSummary.verify(draft, broken))
                .isInstanceOf(BakeSummary.IncompleteBakeException.class)
                .hasMessageContaining("context.html was not made by the kit's templates")
                .hasMessageContaining("operations.html was not written");
    }

    @Test
    void exportsAPdfWithEverySectionsTextAndBookmarksAndAReproducibleZip(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("portfolio.pdf");
        Export.pdf(site, pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("I support digital education in a further education college",
                    "In autumn 2023 I compared two quiz tools", "Short notes from the pilot");
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new java.util.ArrayList<>();
            outline.children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).containsExactly("Contextual statement", "Comparing two quiz tools", "Pilot notes");
        }
        Export.zip(site, tmp.resolve("a.zip"));
        Export.zip(site, tmp.resolve("b.zip"));
        assertThat(Files.readAllBytes(tmp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.zip")));
        try (var zip = new java.util.zip.ZipFile(tmp.resolve("a.zip").toFile())) {
            assertThat(zip.getEntry("index.html")).isNotNull();
            assertThat(zip.getEntry("kit/print.html")).isNotNull();
            assertThat(zip.getEntry("evidence/comparison.txt")).isNotNull();
        }
        assertThat(Export.sizeWarning(pdf)).isNull();
    }

    @Test
    void anIncompleteBakeLeavesThePreviousSiteIntactAndACompleteOneReplacesIt(@TempDir Path tmp) throws Exception {
        Path current = tmp.resolve("site");
        TestPortfolio.copy(site, current);
        Files.writeString(current.resolve("stale-page.html"), "from an older bake");
        Path baked = tmp.resolve("bake-output");
        TestPortfolio.copy(site, baked);
        Files.delete(baked.resolve("operations.html"));
        var err = new java.io.ByteArrayOutputStream();
        String[] args = {"summary", DRAFT.toString(), "--site", current.toString(), "--baked", baked.toString()};
        int status = io.github.cmaltkit.build.BuildStep.run(args, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("operations.html was not written", "previous site").doesNotContain("Exception");
        assertThat(current.resolve("operations.html")).exists();
        assertThat(current.resolve("stale-page.html")).exists();

        Files.copy(site.resolve("operations.html"), baked.resolve("operations.html"));
        assertThat(io.github.cmaltkit.build.BuildStep.run(args, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err))).isZero();
        assertThat(current.resolve("operations.html")).exists();
        assertThat(current.resolve("stale-page.html")).doesNotExist();
        assertThat(baked).doesNotExist();
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html") && !p.startsWith(site.resolve("evidence"))).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(dir.relativize(p).toString(), t + " " + (Files.isRegularFile(p) ? Files.size(p) : -1));
            }
        }
        return out;
    }

}
