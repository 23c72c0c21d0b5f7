package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.OfficialPathways;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The structure the issue promises for every baked site: language, one h1, landmarks, a working
 * skip link, links that resolve inside the site, nothing from other hosts, no script, the whole
 * pathway on the index, and the three parts of every written assessed section.
 */
class SiteStructureIT {

    private static final Pattern WEB_URL = Pattern.compile("^(?i)(https?:)?//.*");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern CSS_WEB_URL = Pattern.compile("(?i)(url\\(\\s*['\"]?|@import\\s+['\"])\\s*(https?:)?//");

    private static Portfolio portfolio;
    private static Pathway pathway;

    @BeforeAll
    static void readPortfolio() throws Exception {
        portfolio = Portfolio.read(BakedSite.portfolioDir());
        pathway = Pathways.get(portfolio.settings().pathwayId());
    }

    @TestFactory
    Stream<DynamicTest> everyKitPageHasLanguageOneH1LandmarksAndASkipLink() {
        List<Path> pages = BakedSite.kitPages();
        assertThat(pages).as("pages made by the kit's templates").isNotEmpty();
        return pages.stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> {
            Document doc = BakedSite.parse(page);
            String name = BakedSite.name(page);
            assertThat(doc.selectFirst("html").attr("lang")).as(name + ": <html lang>").isNotBlank();
            assertThat(doc.select("h1")).as(name + ": h1 elements").hasSize(1);
            for (String landmark : List.of("header", "nav", "main", "footer")) {
                assertThat(doc.select(landmark)).as(name + ": <" + landmark + "> landmark").isNotEmpty();
            }
            assertThat(doc.select("main")).as(name + ": <main>").hasSize(1);

            Element first = doc.body().selectFirst("a[href]");
            assertThat(first).as(name + ": a first link").isNotNull();
            String href = first.attr("href");
            assertThat(href).as(name + ": the first link must be the skip link to an id on the page, but it is " + first.outerHtml())
                    .startsWith("#").hasSizeGreaterThan(1);
            assertThat(first.text().toLowerCase(Locale.ROOT)).as(name + ": skip link text").contains("skip");
            Element target = doc.getElementById(decode(href.substring(1)));
            assertThat(target).as(name + ": the skip link's target " + href).isNotNull();
            assertThat(target.closest("main")).as(name + ": the skip link's target " + href + " is in <main>").isNotNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLocalHrefAndSrcResolvesInsideTheSite() {
        return BakedSite.htmlPages().stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> {
            List<String> broken = new ArrayList<>();
            for (Element e : BakedSite.parse(page).select("[href], [src]")) {
                for (String attr : List.of("href", "src")) {
                    if (e.hasAttr(attr)) brokenReason(page, e.attr(attr)).ifPresent(why -> broken.add("<" + e.tagName() + " " + attr + "=\""
                            + e.attr(attr) + "\">: " + why));
                }
            }
            assertThat(broken).as(BakedSite.name(page) + ": local links that do not resolve in the site").isEmpty();
        }));
    }

    /** Why a link of {@code page} is broken, or empty when it resolves (or is not local). */
    private static Optional<String> brokenReason(Path page, String link) {
        String url = link.strip();
        if (url.isEmpty()) return Optional.of("empty link");
        if (WEB_URL.matcher(url).matches() || SCHEME.matcher(url).matches()) return Optional.empty();
        int hash = url.indexOf('#');
        String pathPart = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
        int query = pathPart.indexOf('?');
        if (query >= 0) pathPart = pathPart.substring(0, query);
        if (pathPart.startsWith("/")) return Optional.of("root-relative links break under a GitHub Pages project path and file://");

        Path site = BakedSite.dir();
        Path target = pathPart.isEmpty() ? page : page.getParent().resolve(decode(pathPart)).normalize();
        if (!target.startsWith(site)) return Optional.of("points outside the site");
        if (Files.isDirectory(target)) return Optional.of("points to a folder, which file:// cannot show as a page");
        if (!Files.isRegularFile(target)) return Optional.of("no such file " + BakedSite.dir().relativize(target));
        if (fragment != null && !fragment.isEmpty() && target.getFileName().toString().endsWith(".html")) {
            Document doc = BakedSite.parse(target);
            if (doc.getElementById(fragment) == null && doc.selectFirst("a[name=" + fragment.replace("\"", "") + "]") == null) {
                return Optional.of("no id \"" + fragment + "\" in " + BakedSite.name(target));
            }
        }
        return Optional.empty();
    }

    @TestFactory
    Stream<DynamicTest> noPageLoadsAnythingFromAnotherHostOrRunsScript() {
        return BakedSite.htmlPages().stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> {
            Document doc = BakedSite.parse(page);
            String name = BakedSite.name(page);
            assertThat(doc.select("script")).as(name + ": <script> elements (the site must need no JavaScript)").isEmpty();
            List<String> outside = new ArrayList<>();
            for (Element e : doc.select("link[href], img[src], script[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]")) {
                for (String attr : List.of("href", "src", "data")) {
                    if (e.hasAttr(attr) && WEB_URL.matcher(e.attr(attr).strip()).matches()) outside.add(e.outerHtml());
                }
            }
            for (Element e : doc.select("style, [style]")) {
                String css = e.tagName().equals("style") ? e.data() : e.attr("style");
                if (CSS_WEB_URL.matcher(css).find()) outside.add("<" + e.tagName() + "> loading CSS url() or @import from the web");
            }
            assertThat(outside).as(name + ": resources loaded from other hosts (privacy, and the site must work offline)").isEmpty();
        }));
    }

    @Test
    void indexShowsEverySectionOfThePathwayInOfficialOrderWithPlaceholdersForMissingOnes() {
        Document index = BakedSite.parse(BakedSite.dir().resolve("index.html"));
        List<SectionSpec> slots = pathway.slots(portfolio.writtenIds());
        List<String> shown = index.select("main h3").eachText();
        // The expectation is written out from ALT's documents (OfficialPathways), not taken from the pathway data.
        List<String> official = OfficialPathways.sections(pathway.id()).stream().map(OfficialPathways.Section::title).toList();
        List<String> officialIds = OfficialPathways.sections(pathway.id()).stream().map(OfficialPathways.Section::id).toList();
        long extras = portfolio.writtenIds().stream().filter(id -> !officialIds.contains(id) && pathway.spec(id).isPresent()).count();
        if (extras == 0) {
            assertThat(shown).as("section titles on the index, in order (pathway " + pathway.id() + ")").containsExactlyElementsOf(official);
        } else {
            // Optional sections the candidate added (core-3c, specialist-2…) join their group: the official ones keep their order.
            assertThat(shown).as("section titles on the index, in order (pathway " + pathway.id() + ")")
                    .containsSubsequence(official).hasSize(official.size() + (int) extras);
        }
        assertThat(shown).as("the site and the pathway data agree").containsExactlyElementsOf(slots.stream().map(SectionSpec::title).toList());

        // The groups of the assessment form (core areas…) head the sections, also in official order.
        List<String> groups = OfficialPathways.of(pathway.id()).stream().map(OfficialPathways.Group::title).toList();
        assertThat(index.select("main h2").eachText()).as("group headings on the index").startsWith(groups.toArray(String[]::new));

        List<Element> entries = index.select("main h3");
        for (int i = 0; i < slots.size(); i++) {
            SectionSpec slot = slots.get(i);
            Element heading = entries.get(i);
            Optional<SectionFile> file = portfolio.section(slot.id());
            String entryText = heading.parent().text();
            if (file.isPresent() && file.get().written()) {
                Element link = heading.selectFirst("a[href]");
                assertThat(link).as("index: " + slot.id() + " is written, so its title links to its page").isNotNull();
                assertThat(link.attr("href")).as("index link of " + slot.id()).isEqualTo(SitePaths.pageOf(file.get().path()));
            } else {
                assertThat(heading.selectFirst("a")).as("index: missing " + slot.id() + " must not link anywhere").isNull();
                assertThat(entryText).as("index: placeholder of missing " + slot.id()).containsIgnoringCase("not written yet");
            }
        }
    }

    @Test
    void everyWrittenAssessedSectionPageHasDescriptionEvidenceAndReflection() {
        List<String> problems = new ArrayList<>();
        for (SectionFile file : portfolio.sections()) {
            if (!file.written()) continue;
            Optional<SectionSpec> spec = pathway.spec(file.sectionId());
            if (spec.isEmpty() || !spec.get().assessed()) continue;
            Path page = BakedSite.dir().resolve(SitePaths.pageOf(file.path()));
            if (!Files.isRegularFile(page)) {
                problems.add(file.path() + ": no page " + SitePaths.pageOf(file.path()));
                continue;
            }
            List<String> h2 = BakedSite.parse(page).select("main h2").eachText().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
            for (String part : List.of("description", "evidence", "reflection")) {
                if (!h2.contains(part)) problems.add(BakedSite.name(page) + " (" + file.sectionId() + "): no h2 " + part + " (h2s: " + h2 + ")");
            }
        }
        assertThat(problems).as("assessed section pages without their three parts").isEmpty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

}
