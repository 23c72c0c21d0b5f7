package io.github.cmaltkit.preview;

import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.jbake.WarmBake;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The preview's site: the portfolio staged, JBake kept warm on the stage ({@link WarmBake}: one content
 * store for the whole preview, where a bake would start and stop one per run), and the pages rendered
 * one at a time when they are asked for, so what the browser gets is what the bake writes. An update
 * mirrors only the changed files into the stage and hands only those to JBake's crawler. One
 * {@link BakeSession} for the preview, forgotten at every change: each generation reads the portfolio
 * again, lending it the last reading of every unchanged file.
 *
 * <p>Not thread-safe: {@link Preview} calls it under one lock.
 */
final class WarmSite implements AutoCloseable {

    /** What a page of the site is rendered from. */
    private sealed interface Source permits Doc, Index, Kit {
    }

    private record Doc(WarmBake.Doc doc) implements Source {
    }

    private record Index(String name) implements Source {
    }

    private record Kit(KitPage page) implements Source {
    }

    /** A rendered page, or the reason it could not be rendered. */
    record Rendered(byte[] html, String problem, String sourceFile) {
    }

    private final Path portfolio;
    private final Path kitTemplates;
    private final Path stage;
    private final Path out;

    private final BakeSession session;
    private WarmBake jbake;
    private final Map<String, Source> pages = new LinkedHashMap<>();
    private final Map<String, Rendered> rendered = new HashMap<>();
    private String crawlProblem;

    /** @param work a folder of the preview's own (under target/ or a temporary folder), never in the portfolio */
    WarmSite(Path portfolio, Path kitTemplates, Path work) {
        this.portfolio = portfolio.toAbsolutePath().normalize();
        this.kitTemplates = kitTemplates.toAbsolutePath().normalize();
        this.stage = work.resolve("stage").toAbsolutePath().normalize();
        this.out = work.resolve("pages").toAbsolutePath().normalize();
        this.session = BakeSession.of(this.portfolio, Audience.LOCAL, KitPage.entries());   // the preview is the workspace: always local
    }

    /** What this generation of the preview knows: the model, the findings, the site view. */
    BakeSession session() {
        return session;
    }

    /** Stages the whole portfolio and starts JBake afresh: at start, and when templates or JBake settings change. */
    void restart() throws IOException, Stager.RefusedException {
        close();
        Stager.stage(portfolio, kitTemplates, stage, out, Audience.LOCAL);   // the preview is the workspace: always local
        Stager.refuseOverlap(portfolio, out, "The preview's output folder");
        Files.createDirectories(out);
        jbake = WarmBake.start(stage, out, session);
        crawl();
    }

    /** Copies changed content files into the stage (or removes them), then re-parses what changed. */
    void updateContent(Set<Path> changed) throws IOException {
        List<Path> staged = new ArrayList<>();
        for (Path p : changed) mirror(p, staged);
        // After a failed crawl, files other than these may still wait to be parsed: the whole crawl finds them.
        if (!WarmBake.crawlsFiles() || crawlProblem != null || staged.stream().anyMatch(Files::isDirectory)) crawl();
        else crawlFiles(staged);
    }

    /** portfolio.yml changed: every document depends on it (pathway, glossary, titles), so all are parsed again. */
    void updateSettings() throws IOException {
        Path yml = portfolio.resolve("portfolio.yml");
        Path staged = stage.resolve("portfolio.yml");
        if (Files.isRegularFile(yml)) Files.copy(yml, staged, StandardCopyOption.REPLACE_EXISTING);
        else Files.deleteIfExists(staged);
        jbake.forgetDocuments();
        crawl();
    }

    /** An asset changed: nothing to parse, but pages and findings may show it differently. */
    void touch() {
        forget();
    }

    /** The page at {@code uri} (e.g. {@code kit/plan.html}), rendering it if a change made it stale; null if there is none. */
    Rendered page(String uri) {
        Rendered r = rendered.get(uri);
        if (r != null) return r;
        Source source = pages.get(uri);
        if (source == null) return null;
        if (crawlProblem != null) return new Rendered(null, crawlProblem, null);
        long t0 = System.nanoTime();
        String sourceFile = source instanceof Doc d ? file(d) : null;
        try {
            if (source instanceof Doc d) {
                if (!jbake.render(d.doc())) return null;
            } else if (source instanceof Index i) {
                jbake.renderIndex(i.name());
            } else if (source instanceof Kit k) {
                jbake.render(k.page(), session);
            }
            rendered.put(uri, read(uri, sourceFile));
        } catch (Exception e) {
            Trace.of("render failed " + uri, t0);
            Rendered failed = new Rendered(null, message(e), sourceFile);
            rendered.put(uri, failed);
            return failed;
        }
        Trace.of("render " + uri, t0);
        return rendered.get(uri);
    }

    /** Every page the site has now, in JBake's order. */
    Set<String> pageUris() {
        return pages.keySet();
    }

    /** The portfolio-relative source file of a page ({@code content/03-core-1b.md}), or null. */
    String sourceOf(String uri) {
        return pages.get(uri) instanceof Doc d ? file(d) : null;
    }

    @Override
    public void close() {
        if (jbake != null) {
            forget();
            jbake.close();
            jbake = null;
        }
        pages.clear();
        rendered.clear();
    }

    /** A document's source file, relative to the portfolio (the stage holds it at the same path). */
    private static String file(Doc d) {
        return d.doc().file();
    }

    private Rendered read(String uri, String sourceFile) throws IOException {
        return new Rendered(Files.readAllBytes(out.resolve(uri)), null, sourceFile);
    }

    /** The whole crawl: at start, after portfolio.yml changed, and when a folder came or went. */
    private void crawl() throws IOException {
        forget();
        crawlProblem = null;
        long t0 = System.nanoTime();
        done(jbake.crawl());
        Trace.of("crawl+list", t0);
        listPages();
    }

    /**
     * Crawls only {@code files} (staged content files, changed, new or deleted: no folders), as the
     * whole crawl would find them, and changes only their entries of the page list.
     */
    private void crawlFiles(List<Path> files) throws IOException {
        forget();
        crawlProblem = null;
        long t0 = System.nanoTime();
        done(jbake.crawlFiles(files));
        Trace.of("crawl+list", t0);
        listPages();
    }

    /** Takes in what a crawl did: its problem, and the pages of documents gone. */
    private void done(WarmBake.Crawl crawl) throws IOException {
        if (crawl.problem() != null) crawlProblem = message(crawl.problem());
        for (String uri : crawl.gone()) deleteQuietly(out.resolve(uri));
    }

    /** The portfolio or the kit changed: the next page reads it again (the session's one forget). */
    private void forget() {
        session.forget();
        rendered.clear();
    }

    /** The site's pages: the documents', the index, and the kit pages this site makes. */
    private void listPages() {
        long t0 = System.nanoTime();
        pages.clear();
        for (var e : jbake.docs().entrySet()) pages.put(e.getKey(), new Doc(e.getValue()));
        String index = jbake.indexPage();
        if (index != null) pages.put(index, new Index(index));
        for (KitPage page : KitPage.all()) {
            if (jbake.makes(page, session)) pages.put(page.entry().href(), new Kit(page));
        }
        Trace.of("kit pages listed", t0);
    }

    /**
     * Makes the staged copy of {@code changed} (a path inside the portfolio's content folder) match it,
     * and adds the staged paths it touched to {@code staged}.
     */
    private void mirror(Path changed, List<Path> staged) throws IOException {
        Path content = portfolio.resolve("content");
        Path abs = changed.toAbsolutePath().normalize();
        if (!abs.startsWith(content)) return;
        Path rel = content.relativize(abs);
        if (PortfolioPath.ignored(rel)) return; // editors' swap and backup files, as the stager skips them
        Path target = stage.resolve("content").resolve(rel.toString()).toAbsolutePath().normalize();
        staged.add(target);
        if (Files.isRegularFile(abs)) {
            Files.createDirectories(target.getParent());
            Files.copy(abs, target, StandardCopyOption.REPLACE_EXISTING);
        } else if (Files.isDirectory(abs)) {
            try (Stream<Path> s = Files.walk(abs)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) mirror(p, staged);
            }
        } else {
            deleteQuietly(target);
        }
    }

    private static void deleteQuietly(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) t = t.getCause();
        String m = t.getMessage();
        return (m == null || m.isBlank() ? t.getClass().getSimpleName() : m).strip();
    }
}
