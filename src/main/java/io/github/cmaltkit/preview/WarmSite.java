package io.github.cmaltkit.preview;

import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.CommonmarkEngine;
import io.github.cmaltkit.site.SiteExtractor;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * JBake kept warm for the preview: one content store for the whole session, where a bake would start
 * and stop one per run. An update hands only the changed files to JBake's crawler (its own per-file
 * step: hash, compare, parse, store), and changes only their entries of the page list; pages are
 * rendered by JBake's own {@link Renderer} with the kit's templates, one at a time when they are
 * asked for, so what the browser gets is what the bake writes.
 *
 * <p>Over 300 lines: the store's life cycle, the whole and the per-file crawl and the page list share
 * the same state (store, stage, page list, rendered pages).
 *
 * <p>Not thread-safe: {@link Preview} calls it under one lock.
 */
final class WarmSite implements AutoCloseable {

    /** What a page of the site is rendered from. */
    private sealed interface Source permits Doc, Index, Kit {
    }

    private record Doc(String sourceUri, String file) implements Source {
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

    private DefaultJBakeConfiguration config;
    private Utensils utensils;
    /** The documents' pages by page URI, kept up to date file by file. */
    private final Map<String, Doc> docs = new LinkedHashMap<>();
    private final Map<String, Source> pages = new LinkedHashMap<>();
    private final Map<String, Rendered> rendered = new HashMap<>();
    private String crawlProblem;

    /** @param work a folder of the preview's own (under target/ or a temporary folder), never in the portfolio */
    WarmSite(Path portfolio, Path kitTemplates, Path work) {
        this.portfolio = portfolio.toAbsolutePath().normalize();
        this.kitTemplates = kitTemplates.toAbsolutePath().normalize();
        this.stage = work.resolve("stage").toAbsolutePath().normalize();
        this.out = work.resolve("pages").toAbsolutePath().normalize();
    }

    /** Stages the whole portfolio and starts JBake afresh: at start, and when templates or JBake settings change. */
    void restart() throws IOException, Stager.RefusedException {
        close();
        Stager.stage(portfolio, kitTemplates, stage, out, Audience.LOCAL);   // the preview is the workspace: always local
        Stager.refuseOverlap(portfolio, out, "The preview's output folder");
        Files.createDirectories(out);
        // JBake may list its own Markdown engine after ours: choose ours, as the bake's plugin order does.
        CommonmarkEngine engine = new CommonmarkEngine();
        Engines.register("md", engine);
        Engines.register("markdown", engine);
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(stage.toFile(), out.toFile(), true);
        utensils = new Oven(config).getUtensils();
        ContentStore db = utensils.getContentStore();
        // What Oven.bake() does before crawling, without the shutdown at its end.
        db.startup();
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) DocumentTypes.addDocumentType(type);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
        db.updateSchema();
        db.updateAndClearCacheIfNeeded(true, config.getTemplateFolder());
        crawl();
    }

    /** Copies changed content files into the stage (or removes them), then re-parses what changed. */
    void updateContent(Set<Path> changed) throws IOException {
        List<Path> staged = new ArrayList<>();
        for (Path p : changed) mirror(p, staged);
        // After a failed crawl, files other than these may still wait to be parsed: the whole crawl finds them.
        if (!FileCrawl.available() || crawlProblem != null || staged.stream().anyMatch(Files::isDirectory)) crawl();
        else crawlFiles(staged);
    }

    /** portfolio.yml changed: every document depends on it (pathway, glossary, titles), so all are parsed again. */
    void updateSettings() throws IOException {
        Path yml = portfolio.resolve("portfolio.yml");
        Path staged = stage.resolve("portfolio.yml");
        if (Files.isRegularFile(yml)) Files.copy(yml, staged, StandardCopyOption.REPLACE_EXISTING);
        else Files.deleteIfExists(staged);
        ContentStore db = utensils.getContentStore();
        for (String type : DocumentTypes.getDocumentTypes()) db.deleteAllByDocType(type);
        crawl();
    }

    /** An asset changed: nothing to parse, but pages and findings may show it differently. */
    void touch() {
        SiteExtractor.forget(utensils.getContentStore());
        KitPage.forget(utensils.getContentStore());
        rendered.clear();
    }

    /** The page at {@code uri} (e.g. {@code kit/plan.html}), rendering it if a change made it stale; null if there is none. */
    Rendered page(String uri) {
        Rendered r = rendered.get(uri);
        if (r != null) return r;
        Source source = pages.get(uri);
        if (source == null) return null;
        if (crawlProblem != null) return new Rendered(null, crawlProblem, null);
        Renderer renderer = utensils.getRenderer();
        long t0 = System.nanoTime();
        String sourceFile = source instanceof Doc d ? d.file() : null;
        try {
            if (source instanceof Doc d) {
                var found = utensils.getContentStore().getDocumentByUri(d.sourceUri());
                if (found.isEmpty()) return null;
                DocumentModel doc = found.get(0);
                doc.setNextContent(null);
                doc.setPreviousContent(null);
                renderer.render(doc);
                rendered.put(uri, read(uri, sourceFile));
            } else if (source instanceof Index i) {
                renderer.renderIndex(i.name());
                rendered.put(uri, read(uri, null));
            } else if (source instanceof Kit k) {
                k.page().render(renderer, utensils.getContentStore(), config);
                rendered.put(uri, read(uri, null));
            }
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
        return pages.get(uri) instanceof Doc d ? d.file() : null;
    }

    @Override
    public void close() {
        if (utensils != null) {
            ContentStore db = utensils.getContentStore();
            SiteExtractor.forget(db);
            KitPage.forget(db);
            try {
                db.close();
                db.shutdown();
            } catch (RuntimeException e) {
                // The store is in memory and being thrown away: nothing is lost if it does not close cleanly.
            }
            utensils = null;
        }
        docs.clear();
        pages.clear();
        rendered.clear();
    }

    private Rendered read(String uri, String sourceFile) throws IOException {
        return new Rendered(Files.readAllBytes(out.resolve(uri)), null, sourceFile);
    }

    /** The whole crawl: at start, after portfolio.yml changed, and when a folder came or went. */
    private void crawl() throws IOException {
        ContentStore db = utensils.getContentStore();
        forgetPages(db);
        long t0 = System.nanoTime();
        try {
            utensils.getCrawler().crawl();
            utensils.getCrawler().crawlDataFiles();
        } catch (RuntimeException e) {
            crawlProblem = message(e);
        }
        Trace.of("crawl", t0);
        // The crawler re-parses a document that is not marked rendered; mark the new ones, so the next
        // update parses only files whose hash changed.
        for (DocumentModel doc : db.getUnrenderedContent()) db.markContentAsRendered(doc);
        docs.clear();
        for (String type : DocumentTypes.getDocumentTypes()) {
            if (type.equals(config.getDataFileDocType())) continue;
            for (DocumentModel doc : db.getAllContent(type)) {
                if (!new File(doc.getFile()).isFile()) {
                    // Deleted or renamed since it was parsed: JBake's crawler never forgets a file.
                    db.deleteContent(doc.getSourceuri());
                    deleteQuietly(out.resolve(doc.getUri()));
                    continue;
                }
                docs.put(doc.getUri(), new Doc(doc.getSourceuri(), relative(doc)));
            }
        }
        Trace.of("crawl+list", t0);
        listPages();
    }

    /**
     * Crawls only {@code files} (staged content files, changed, new or deleted: no folders), as the
     * whole crawl would find them, and changes only their entries of the page list.
     */
    private void crawlFiles(List<Path> files) throws IOException {
        ContentStore db = utensils.getContentStore();
        forgetPages(db);
        long t0 = System.nanoTime();
        Crawler crawler = utensils.getCrawler();
        FileFilter filter = FileUtil.getFileFilter(config);
        Path content = config.getContentFolder().toPath().toAbsolutePath().normalize();
        Set<String> gone = new HashSet<>();
        Set<String> parsed = new HashSet<>();
        try {
            for (Path f : files) {
                String rel = PortfolioPath.relative(stage, f);
                if (Files.isRegularFile(f) && FileCrawl.crawled(f, content, filter)) {
                    parsed.add(rel);
                    FileCrawl.crawl(crawler, f.toFile());
                } else {
                    gone.add(rel);
                }
            }
        } catch (RuntimeException e) {
            crawlProblem = message(e);
        }
        Trace.of("crawl", t0);
        Map<String, Doc> fresh = new LinkedHashMap<>();
        for (DocumentModel doc : db.getUnrenderedContent()) {
            db.markContentAsRendered(doc);
            if (!doc.getType().equals(config.getDataFileDocType())) fresh.put(doc.getUri(), new Doc(doc.getSourceuri(), relative(doc)));
        }
        for (var it = docs.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Doc d = e.getValue();
            if (fresh.containsKey(e.getKey())) continue;
            // Deleted or renamed (JBake's crawler never forgets a file), or parsed again into nothing (no longer a page).
            if (goneIn(d.file(), gone)) db.deleteContent(d.sourceUri());
            else if (!parsed.contains(d.file()) || !db.getDocumentStatus(d.sourceUri()).isEmpty()) continue;
            deleteQuietly(out.resolve(e.getKey()));
            it.remove();
        }
        docs.putAll(fresh);
        Trace.of("crawl+list", t0);
        listPages();
    }

    /** Whether {@code file} is one of the paths gone, or inside one (a folder deleted or renamed away). */
    private static boolean goneIn(String file, Set<String> gone) {
        for (String g : gone) if (file.equals(g) || file.startsWith(g + "/")) return true;
        return false;
    }

    private String relative(DocumentModel doc) {
        return PortfolioPath.relative(stage, Path.of(doc.getFile()).toAbsolutePath().normalize());
    }

    private void forgetPages(ContentStore db) {
        SiteExtractor.forget(db);
        KitPage.forget(db);
        rendered.clear();
        crawlProblem = null;
    }

    /** The site's pages: the documents', the index, and the kit pages this site makes. */
    private void listPages() {
        ContentStore db = utensils.getContentStore();
        long t0 = System.nanoTime();
        pages.clear();
        pages.putAll(docs);
        if (config.getRenderIndex()) pages.put(config.getIndexFileName(), new Index(config.getIndexFileName()));
        for (KitPage page : KitPage.all()) {
            boolean made;
            try {
                made = page.madeIn(db, config);
            } catch (RenderingException e) {
                made = !page.entry().workspace(); // the page itself will show what cannot be read
            }
            if (made) pages.put(page.entry().href(), new Kit(page));
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
