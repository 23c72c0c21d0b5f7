package io.github.cmaltkit.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.site.jbake.Bake;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.testing.SharedState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The preview serves the bake's pages, follows every kind of save, and never writes into the portfolio. */
@ResourceLock(SharedState.JBAKE)
class PreviewTest {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();
    static final Path TEMPLATES = KIT.resolve("templates");

    @TempDir
    Path tmp;
    Path portfolio;
    Preview preview;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void copySample() throws IOException {
        portfolio = tmp.resolve("portfolio");
        TestPortfolio.copy(KIT.resolve("sample-portfolio"), portfolio);
    }

    @AfterEach
    void stop() {
        if (preview != null) preview.close();
    }

    /** What the preview printed (its "Updated in … ms: …" lines). */
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private void start() throws Exception {
        preview = Preview.start(portfolio, TEMPLATES, tmp.resolve("work"), 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] getBytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(preview.url() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** Removes what the preview adds; what is left must be the bake's page. */
    static String withoutPanel(String html) {
        int f = html.indexOf(PreviewPanel.FIRST_BEGIN);
        if (f >= 0) html = html.substring(0, f) + html.substring(html.indexOf(PreviewPanel.FIRST_END) + PreviewPanel.FIRST_END.length());
        int a = html.indexOf(PreviewPanel.BEGIN);
        int b = html.indexOf(PreviewPanel.END);
        assertThat(a).as("the preview's panel is in the page").isGreaterThan(0);
        assertThat(b).isGreaterThan(a);
        return html.substring(0, a) + html.substring(b + PreviewPanel.END.length());
    }

    /** Waits for the next update, as the page's script does: through the wait endpoint. */
    private long awaitUpdate(long since) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            long g = Long.parseLong(get(PreviewServer.WAIT.substring(1) + "?since=" + since).body().strip());
            if (g > since) return g;
        }
        throw new AssertionError("no update within 20 s");
    }

    @Test
    void pagesAreTheBakesPagesByteForByteApartFromThePanel() throws Exception {
        Path site = tmp.resolve("site");
        assertThat(Bake.of(TEMPLATES, tmp.resolve("stage")).run(portfolio, site, Audience.LOCAL).errors()).isEmpty();

        start();
        List<String> baked;
        try (Stream<Path> s = Files.walk(site)) {
            baked = s.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(baked).contains("index.html", "03-core-1b.html", "kit/progress.html");
        assertThat(preview.sources()).hasSize(14);
        for (String page : baked) {
            if (Files.isRegularFile(portfolio.resolve("assets").resolve(page))) {
                // evidence kept as HTML is an asset: copied as it is, served as it is
                assertThat(getBytes(page)).as(page).isEqualTo(Files.readAllBytes(site.resolve(page)));
                continue;
            }
            String served = new String(getBytes(page), StandardCharsets.UTF_8);
            assertThat(withoutPanel(served)).as(page).isEqualTo(Files.readString(site.resolve(page)));
        }
        // Assets come from the portfolio itself, unchanged.
        try (Stream<Path> s = Files.walk(portfolio.resolve("assets"))) {
            Path asset = s.filter(Files::isRegularFile).findFirst().orElseThrow();
            String rel = portfolio.resolve("assets").relativize(asset).toString().replace('\\', '/');
            assertThat(getBytes(rel)).isEqualTo(Files.readAllBytes(site.resolve(rel)));
        }
    }

    @Test
    void aSaveIsServedAndThePanelShowsThePagesFindings() throws Exception {
        start();
        long g = preview.generation();
        String first = get("03-core-1b.html").body();
        assertThat(first).contains("Checker (preview only)", "aria-labelledby=\"cmalt-preview-title\"", "since='+g");
        assertThat(get("index.html").body()).contains("for the whole portfolio");

        // A section with a placeholder: the checker's finding appears in that page's panel, with its line.
        Path file = portfolio.resolve("content/03-core-1b.md");
        Files.writeString(file, Files.readString(file) + "\nMARKER-ONE TODO write more\n");
        long next = awaitUpdate(g);
        String page = get("03-core-1b.html").body();
        assertThat(page).contains("MARKER-ONE").contains("since='+g").contains("var g=" + next + ";");
        int lines = Files.readString(file).split("\n", -1).length - 1;
        assertThat(withPanelOnly(page)).contains("Warning", "placeholder", "line " + lines);
        assertThat(withPanelOnly(get("02-core-1a.html").body())).doesNotContain("placeholder");
    }

    @Test
    void oddSavesEndInOneUpdateAndNewRenamedAndDeletedFilesAreFollowed() throws Exception {
        start();
        Path file = portfolio.resolve("content/03-core-1b.md");
        String text = Files.readString(file);

        // An editor's safe save: write a temporary file beside it, then rename it over the original.
        long g = preview.generation();
        saveThrough(file.resolveSibling(".03-core-1b.md.tmp"), file, text + "\nMARKER-RENAMED\n");
        long after = awaitUpdate(g);
        assertThat(get("03-core-1b.html").body()).contains("MARKER-RENAMED");
        Thread.sleep(Watcher.MAX_WAIT_MS + 200);
        assertThat(preview.generation()).as("one update for one save").isEqualTo(after);

        // Delete and re-create.
        g = preview.generation();
        Files.delete(file);
        Files.writeString(file, text + "\nMARKER-RECREATED\n");
        awaitUpdate(g);
        waitUntil(() -> get("03-core-1b.html").body().contains("MARKER-RECREATED"));

        // A new page, then renamed: the old address goes, the new one comes.
        g = preview.generation();
        Files.writeString(portfolio.resolve("content/notes.md"), "---\ntitle: Notes\n---\nMARKER-NEW\n");
        awaitUpdate(g);
        waitUntil(() -> get("notes.html").statusCode() == 200);
        assertThat(get("notes.html").body()).contains("MARKER-NEW");
        assertThat(get("index.html").body()).contains("href=\"notes.html\"");
        g = preview.generation();
        Files.move(portfolio.resolve("content/notes.md"), portfolio.resolve("content/more-notes.md"));
        awaitUpdate(g);
        waitUntil(() -> get("notes.html").statusCode() == 404);
        assertThat(get("more-notes.html").body()).contains("MARKER-NEW");
        assertThat(get("index.html").body()).doesNotContain("href=\"notes.html\"");

        // A deleted section: its page goes, and the home page shows it as not written.
        g = preview.generation();
        Files.delete(portfolio.resolve("content/more-notes.md"));
        Files.delete(portfolio.resolve("content/12-confirmation.md"));
        awaitUpdate(g);
        waitUntil(() -> get("12-confirmation.html").statusCode() == 404 && get("more-notes.html").statusCode() == 404);

        // portfolio.yml: the candidate's name changes on every page.
        g = preview.generation();
        Path yml = portfolio.resolve("portfolio.yml");
        Files.writeString(yml, Files.readString(yml).replaceFirst("(?m)^candidate:.*$", "candidate: Robin Newname"));
        awaitUpdate(g);
        waitUntil(() -> get("02-core-1a.html").body().contains("Robin Newname"));
    }

    @Test
    void editorsTemporaryFilesAreNoUpdateAndNoLineInTheLog() throws Exception {
        start();
        Path content = portfolio.resolve("content");
        Path file = content.resolve("03-core-1b.md");
        String text = Files.readString(file);

        // sed -i: a temporary file beside the original, renamed over it.
        long g = preview.generation();
        saveThrough(content.resolve("sedSss34C"), file, text + "\nMARKER-SED\n");
        awaitUpdate(g);
        waitUntil(() -> get("03-core-1b.html").body().contains("MARKER-SED"));

        // Vim: its write probe (4913), a backup (~) and a swap file; Emacs: a lock and an auto-save; and a .tmp.
        Thread.sleep(Watcher.MAX_WAIT_MS + 200);
        g = preview.generation();
        for (String name : List.of("4913", "03-core-1b.md~", "03-core-1b.md.swp", ".#03-core-1b.md", "#03-core-1b.md#", "notes.tmp")) {
            Files.writeString(content.resolve(name), "x");
            Files.delete(content.resolve(name));
        }
        Thread.sleep(Watcher.MAX_WAIT_MS + 500);
        assertThat(preview.generation()).as("no update for files nobody wrote").isEqualTo(g);

        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("content/03-core-1b.md");
        for (String name : List.of("sedSss34C", "4913", "~", ".swp", ".#", "#03", ".tmp")) assertThat(printed).doesNotContain(name);
    }

    @Test
    void aBrokenFileShowsItsLocatedProblemAndThePreviewCarriesOn() throws Exception {
        start();
        Path file = portfolio.resolve("content/03-core-1b.md");
        String good = Files.readString(file);
        long g = preview.generation();
        Files.writeString(file, "---\nsection: core-1b\ntitle: [unclosed\n---\n## Description\n");
        awaitUpdate(g);
        HttpResponse<String> broken = get("03-core-1b.html");
        // The file's page may not exist under its old address any more; the home page lists every file's problem.
        String shown = broken.statusCode() == 200 ? broken.body() : get("index.html").body();
        assertThat(withPanelOnly(shown)).contains("front-matter", "content/03-core-1b.md", "line ");

        g = preview.generation();
        Files.writeString(file, good + "\nMARKER-FIXED\n");
        awaitUpdate(g);
        waitUntil(() -> get("03-core-1b.html").body().contains("MARKER-FIXED"));
    }

    /**
     * The closing --- of a section's front matter deleted: the finding that says why the page is empty
     * is the first thing in its main content, with the page's other findings folded under it, and no
     * part is reported missing because of it.
     */
    @Test
    void aBrokenFrontMatterIsExplainedAtTheTopOfItsPage() throws Exception {
        start();
        Path file = portfolio.resolve("content/03-core-1b.md");
        String good = Files.readString(file);
        long g = preview.generation();
        Files.writeString(file, good.replaceFirst("(?m)^rating: adequate\n---\n", "rating: adequate\n"));
        awaitUpdate(g);
        // The watcher may have seen the file half written first: wait for the page of the whole save.
        waitUntil(() -> get("03-core-1b.html").body().contains("id=\"cmalt-preview-first\""));
        String page = get("03-core-1b.html").body();
        int note = page.indexOf("id=\"cmalt-preview-first\"");
        assertThat(note).as("the note at the top").isGreaterThan(page.indexOf("<main")).isLessThan(page.indexOf("<h1"));
        String top = page.substring(note, page.indexOf(PreviewPanel.FIRST_END));
        assertThat(top).contains("front-matter", "never ends", "line 1").doesNotContain("<details>", "missing-part");
        assertThat(withPanelOnly(page)).doesNotContain("missing-part");
        assertThat(withoutPanel(page)).doesNotContain("cmalt-preview");

        // Run on to a later ---: the text after it is read, and its own finding is folded under the cause.
        g = preview.generation();
        Files.writeString(file, good.replaceFirst("(?m)^rating: adequate\n---\n", "rating: adequate\n")
                .replaceFirst("(?m)^## Reflection$", "---\n## Reflection\n\nTODO finish this.\n"));
        awaitUpdate(g);
        waitUntil(() -> get("03-core-1b.html").body().contains("which may follow from it"));
        page = get("03-core-1b.html").body();
        top = page.substring(page.indexOf("id=\"cmalt-preview-first\""), page.indexOf(PreviewPanel.FIRST_END));
        assertThat(top).contains("front-matter", "<details>", "which may follow from it", "placeholder").doesNotContain("missing-part");
        assertThat(top.indexOf("front-matter")).isLessThan(top.indexOf("<details>"));

        // Fixed: the note goes.
        g = preview.generation();
        Files.writeString(file, good);
        awaitUpdate(g);
        waitUntil(() -> !get("03-core-1b.html").body().contains("cmalt-preview-first"));
    }

    @Test
    void nothingIsWrittenIntoThePortfolio() throws Exception {
        Map<String, String> before = snapshot(portfolio);
        start();
        for (String page : List.of("index.html", "03-core-1b.html", "kit/progress.html", "kit/print.html", "no-such.html")) get(page);
        long g = preview.generation();
        Files.writeString(portfolio.resolve("content/03-core-1b.md"), Files.readString(portfolio.resolve("content/03-core-1b.md")) + "\nMORE\n");
        awaitUpdate(g);
        get("03-core-1b.html");
        preview.close();
        preview = null;
        Map<String, String> after = snapshot(portfolio);
        after.remove("content/03-core-1b.md");
        before.remove("content/03-core-1b.md");
        assertThat(after).isEqualTo(before);
    }

    private static String withPanelOnly(String html) {
        return html.substring(html.indexOf(PreviewPanel.BEGIN));
    }

    /** An editor's safe save: {@code text} written to {@code temp} beside {@code file}, then renamed over it. */
    private static void saveThrough(Path temp, Path file, String text) throws IOException {
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** A later save may still be on its way (the watcher batches events): wait for its result, within limits. */
    private static void waitUntil(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!check.ok()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("not reached within 20 s");
            Thread.sleep(50);
        }
    }

    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                m.put(rel, Files.isDirectory(p) ? "dir"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                        + " " + Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

}
