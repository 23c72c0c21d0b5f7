package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What the stager copies from a portfolio into JBake's input, and what it refuses: files reached by
 * symbolic links leading outside the portfolio, hidden files, and settings the kit owns.
 */
class StagerTest {

    @TempDir
    Path tmp;
    Path portfolio;
    Path outside;
    Path stage;
    Path site;

    @BeforeEach
    void layOut() {
        portfolio = TestPortfolio.at(tmp.resolve("portfolio")).settings("candidate: Alex Example\npathway: cmalt\n")
                .file("content/core-1a.md", "---\nsection: core-1a\n---\n## Description\nIn 2024 I did it.\n").dir();
        outside = tmp.resolve("elsewhere");
        stage = tmp.resolve("stage");
        site = tmp.resolve("site");
        TestPortfolio.write(outside.resolve("secret.md"), "---\ntitle: Private notes\n---\nmy bank details\n");
        TestPortfolio.write(outside.resolve("secret.txt"), "my bank details\n");
        TestPortfolio.write(outside.resolve("folder/other.md"), "---\ntitle: Other\n---\nnot mine to publish\n");
    }

    private List<String> staged() throws IOException {
        try (Stream<Path> s = Files.walk(stage)) {
            return s.filter(Files::isRegularFile).map(p -> stage.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private void stageIt() throws Exception {
        Stager.stage(portfolio, TestBaker.KIT.resolve("templates"), stage, site, Audience.LOCAL);
    }

    @Test
    void linksLeadingOutsideThePortfolioAreNotCopied() throws Exception {
        Files.createSymbolicLink(portfolio.resolve("content/notes.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(portfolio.resolve("content/more"), outside.resolve("folder"));
        Files.createDirectories(portfolio.resolve("templates"));
        Files.createSymbolicLink(portfolio.resolve("templates/page.ftl"), outside.resolve("secret.txt"));
        stageIt();
        assertThat(staged()).contains("content/core-1a.md").doesNotContain("content/notes.md", "content/more/other.md");
        assertThat(Files.readString(stage.resolve("templates/page.ftl"))).isEqualTo(Files.readString(TestBaker.KIT.resolve("templates/page.ftl")));
    }

    @Test
    void aLinkToAFileInsideThePortfolioIsCopiedAsAFile() throws Exception {
        TestPortfolio.write(portfolio.resolve("drafts/core-1b.md"), "---\nsection: core-1b\n---\n## Description\nText.\n");
        Files.createSymbolicLink(portfolio.resolve("content/core-1b.md"), portfolio.resolve("drafts/core-1b.md"));
        stageIt();
        Path copy = stage.resolve("content/core-1b.md");
        assertThat(Files.isSymbolicLink(copy)).isFalse();
        assertThat(Files.readString(copy)).contains("section: core-1b");
    }

    @Test
    void aContentFolderThatIsALinkOutsideCopiesNothing() throws Exception {
        Path content = portfolio.resolve("content");
        Files.delete(content.resolve("core-1a.md"));
        Files.delete(content);
        Files.createSymbolicLink(content, outside.resolve("folder"));
        stageIt();
        assertThat(staged()).noneMatch(f -> f.startsWith("content/"));
    }

    @Test
    void hiddenFilesAndFoldersAreNotCopied() throws Exception {
        TestPortfolio.at(portfolio).file("content/.core-1a.md.swp", "editor swap file")
                .file("content/.obsidian/workspace.md", "---\ntitle: Workspace\n---\n")
                .file("content/.DS_Store", "finder");
        stageIt();
        assertThat(staged()).filteredOn(f -> f.startsWith("content/")).containsExactly("content/core-1a.md");
    }

    @Test
    void aCandidatesSettingsCannotChangeWhatTheKitOwns() throws Exception {
        Files.writeString(portfolio.resolve("jbake.properties"), String.join("\n",
                "template.folder=../evil-templates",
                "content.folder=/etc",
                "destination.folder=" + portfolio.toAbsolutePath(),
                "cmalt.portfolio.dir=/somewhere/else",
                "db.store=plocal",
                "portfolio=/somewhere/else",
                "site.host=https://alex.example.org/cmalt",
                "site.about=Notes, with a comma and a back\\\\slash",
                ""));
        stageIt();
        Properties written = new Properties();
        try (Reader r = Files.newBufferedReader(stage.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            written.load(r);
        }
        assertThat(written.getProperty("template.folder")).isEqualTo("templates");
        assertThat(written.getProperty("content.folder")).isEqualTo("content");
        assertThat(written.getProperty("destination.folder")).isNull();
        assertThat(written.getProperty("db.store")).isEqualTo("memory");
        // The property DirectBake reads Maven's portfolio from: a candidate's line must not redirect the bake.
        assertThat(written.getProperty("portfolio")).isNull();
        assertThat(written.getProperty("cmalt.portfolio.dir")).isEqualTo(portfolio.toAbsolutePath().normalize().toString().replace('\\', '/'));
        // The candidate's other settings pass, escaped for JBake's reader (commas would split the value).
        assertThat(written.getProperty("site.host")).isEqualTo("https://alex.example.org/cmalt");
        assertThat(Files.readString(stage.resolve("jbake.properties"))).contains("site.about=Notes\\, with a comma and a back\\\\slash");
    }

    @Test
    void nothingIsWrittenIntoThePortfolio() throws Exception {
        TestPortfolio.at(portfolio).file("jbake.properties", "site.host=https://alex.example.org/\n").file("assets/report.txt", "evidence");
        List<String> before = listing(portfolio);
        stageIt();
        assertThat(listing(portfolio)).isEqualTo(before);
    }

    @Test
    @ResourceLock(SharedState.JBAKE)
    void aBakedSitePublishesNoFileReachedByALinkOutsideThePortfolio() throws Exception {
        TestPortfolio.write(portfolio.resolve("assets/report.txt"), "evidence");
        Files.createSymbolicLink(portfolio.resolve("assets/leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(portfolio.resolve("assets/more"), outside.resolve("folder"));
        Files.writeString(portfolio.resolve("assets/.hidden.txt"), "not for the site");
        assertThat(TestBaker.bake(portfolio, stage, site)).isEmpty();
        assertThat(site.resolve("report.txt")).hasContent("evidence");
        try (Stream<Path> s = Files.walk(site)) {
            List<String> published = s.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).toList();
            assertThat(published).doesNotContain("leak.txt", "more/other.md", ".hidden.txt");
            for (String f : published) {
                if (f.endsWith(".pdf") || f.endsWith(".png") || f.endsWith(".woff2")) continue;
                assertThat(Files.readString(site.resolve(f), StandardCharsets.ISO_8859_1)).as(f).doesNotContain("my bank details", "not mine to publish");
            }
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> {
                try {
                    return dir.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p) : "dir");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void aNewerKitsSettingAppliesOverTheLineAnOlderInitWroteButNotOverTheCandidatesOwn(@TempDir Path tmp) throws Exception {
        Path portfolio = TestPortfolio.copy(TestBaker.KIT.resolve("src/test/resources/portfolios/senior-partial"), tmp.resolve("portfolio"));
        String old = Files.readString(TestBaker.KIT.resolve("src/test/resources/old-init-jbake.properties"), StandardCharsets.UTF_8);
        assertThat(old).contains("render.sitemap=false", "render.tags=false");
        Files.writeString(portfolio.resolve("jbake.properties"), old.replace("render.tags=false", "render.tags=true") + "site.host=https://rhian.example.org/\n");
        Map<String, String> newer = new java.util.LinkedHashMap<>(Stager.kitSettings());
        newer.put("render.sitemap", "true");
        Map<String, String> settings = Stager.settings(portfolio, TestBaker.KIT.resolve("templates"), Audience.LOCAL, newer);
        assertThat(settings).containsEntry("render.sitemap", "true").containsEntry("render.tags", "true")
                .containsEntry("site.host", "https://rhian.example.org/").containsEntry("template.folder", "templates");
    }
}
