package io.github.cmaltkit.site.jbake;

import com.orientechnologies.orient.core.Orient;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.File;
import java.io.FileFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * JBake kept warm (for the preview): one content store for many updates, where a bake starts and
 * stops one per run. It crawls the whole stage or only given files (JBake's own per-file step: hash,
 * compare, parse, store), keeps the documents' page list, and renders one page at a time with JBake's
 * own renderer and the kit's templates, so a page is what the bake writes. Its session is the
 * caller's: the caller forgets it when the portfolio changed.
 *
 * <p>Not thread-safe; its JBake work takes turns with other bakes in the JVM ({@link Bake#LOCK}).
 */
public final class WarmBake implements AutoCloseable {

    /** A document's page: its JBake source URI and its file, relative to the stage. */
    public record Doc(String sourceUri, String file) {
    }

    private final Path stage;
    private final DefaultJBakeConfiguration config;
    private final Utensils utensils;
    /** The documents' pages by page URI, kept up to date file by file. */
    private final Map<String, Doc> docs = new LinkedHashMap<>();

    private WarmBake(Path stage, Path out, BakeSession session) {
        this.stage = stage;
        synchronized (Bake.LOCK) {
            Bake.registerEngine();
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(stage.toFile(), out.toFile(), true);
            Sessions.use(config, session);
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
        }
    }

    /** Starts JBake on the staged {@code stage}, rendering into {@code out}, for {@code session}. Nothing is crawled yet. */
    public static WarmBake start(Path stage, Path out, BakeSession session) {
        return new WarmBake(stage.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), session);
    }

    /**
     * OrientDB (JBake's store) closes its databases in a shutdown hook of its own, under a start-up or an
     * update still using them: Ctrl+C then printed its stack traces. A warm store is closed by its owner.
     */
    public static void closeStoresYourself() {
        Orient.instance().removeShutdownHook();
    }

    /** The documents' pages, by page URI, in JBake's order. */
    public Map<String, Doc> docs() {
        return docs;
    }

    /** Whether updates can crawl single files ({@link #crawlFiles}); if not, they crawl the whole stage. */
    public static boolean crawlsFiles() {
        return FileCrawl.available();
    }

    /** The result of a crawl: what failed (null if nothing did), and the pages of documents gone since (to delete). */
    public record Crawl(RuntimeException problem, List<String> gone) {
    }

    /** The whole crawl: every file of the stage. */
    public Crawl crawl() {
        synchronized (Bake.LOCK) {
            return crawlAll();
        }
    }

    private Crawl crawlAll() {
        ContentStore db = utensils.getContentStore();
        RuntimeException problem = null;
        try {
            utensils.getCrawler().crawl();
            utensils.getCrawler().crawlDataFiles();
        } catch (RuntimeException e) {
            problem = e;
        }
        // The crawler re-parses a document that is not marked rendered; mark the new ones, so the next
        // update parses only files whose hash changed.
        for (DocumentModel doc : db.getUnrenderedContent()) db.markContentAsRendered(doc);
        docs.clear();
        List<String> gone = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            if (type.equals(config.getDataFileDocType())) continue;
            for (DocumentModel doc : db.getAllContent(type)) {
                if (!new File(doc.getFile()).isFile()) {
                    // Deleted or renamed since it was parsed: JBake's crawler never forgets a file.
                    db.deleteContent(doc.getSourceuri());
                    gone.add(doc.getUri());
                    continue;
                }
                docs.put(doc.getUri(), new Doc(doc.getSourceuri(), relative(doc)));
            }
        }
        return new Crawl(problem, gone);
    }

    /**
     * Crawls only {@code files} (staged content files, changed, new or deleted: no folders), as the
     * whole crawl would find them, and changes only their entries of the page list.
     */
    public Crawl crawlFiles(List<Path> files) {
        synchronized (Bake.LOCK) {
            return crawlEach(files);
        }
    }

    private Crawl crawlEach(List<Path> files) {
        ContentStore db = utensils.getContentStore();
        Crawler crawler = utensils.getCrawler();
        FileFilter filter = FileUtil.getFileFilter(config);
        Path content = config.getContentFolder().toPath().toAbsolutePath().normalize();
        Set<String> gone = new HashSet<>();
        Set<String> parsed = new HashSet<>();
        RuntimeException problem = null;
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
            problem = e;
        }
        Map<String, Doc> fresh = new LinkedHashMap<>();
        for (DocumentModel doc : db.getUnrenderedContent()) {
            db.markContentAsRendered(doc);
            if (!doc.getType().equals(config.getDataFileDocType())) fresh.put(doc.getUri(), new Doc(doc.getSourceuri(), relative(doc)));
        }
        List<String> removed = new ArrayList<>();
        for (var it = docs.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Doc d = e.getValue();
            if (fresh.containsKey(e.getKey())) continue;
            // Deleted or renamed (JBake's crawler never forgets a file), or parsed again into nothing (no longer a page).
            if (goneIn(d.file(), gone)) db.deleteContent(d.sourceUri());
            else if (!parsed.contains(d.file()) || !db.getDocumentStatus(d.sourceUri()).isEmpty()) continue;
            removed.add(e.getKey());
            it.remove();
        }
        docs.putAll(fresh);
        return new Crawl(problem, removed);
    }

    /** Forgets every document: portfolio.yml changed, and every document depends on it. */
    public void forgetDocuments() {
        synchronized (Bake.LOCK) {
            ContentStore db = utensils.getContentStore();
            for (String type : DocumentTypes.getDocumentTypes()) db.deleteAllByDocType(type);
        }
    }

    /** The index page's name, or null when the site has none. */
    public String indexPage() {
        return config.getRenderIndex() ? config.getIndexFileName() : null;
    }

    /** Whether the session's site has {@code page} (the workspace's only where it is shown). */
    public boolean makes(KitPage page, BakeSession session) {
        try {
            return KitPagesTool.made(page, session);
        } catch (RenderingException e) {
            return !page.entry().workspace(); // the page itself will show what cannot be read
        }
    }

    /** Renders a document's page into the output folder; false if the store no longer has it. */
    public boolean render(Doc doc) throws Exception {
        synchronized (Bake.LOCK) {
            var found = utensils.getContentStore().getDocumentByUri(doc.sourceUri());
            if (found.isEmpty()) return false;
            DocumentModel d = found.get(0);
            d.setNextContent(null);
            d.setPreviousContent(null);
            utensils.getRenderer().render(d);
            return true;
        }
    }

    /** Renders the index page into the output folder. */
    public void renderIndex(String name) throws Exception {
        synchronized (Bake.LOCK) {
            utensils.getRenderer().renderIndex(name);
        }
    }

    /** Renders a kit page into the output folder. */
    public void render(KitPage page, BakeSession session) throws RenderingException {
        synchronized (Bake.LOCK) {
            KitPagesTool.render(page, session, utensils.getContentStore(), config);
        }
    }

    @Override
    public void close() {
        ContentStore db = utensils.getContentStore();
        Sessions.end(config, db);
        try {
            synchronized (Bake.LOCK) {
                db.close();
                db.shutdown();
            }
        } catch (RuntimeException e) {
            // The store is in memory and being thrown away: nothing is lost if it does not close cleanly.
        }
        docs.clear();
    }

    /** Whether {@code file} is one of the paths gone, or inside one (a folder deleted or renamed away). */
    private static boolean goneIn(String file, Set<String> gone) {
        for (String g : gone) if (file.equals(g) || file.startsWith(g + "/")) return true;
        return false;
    }

    private String relative(DocumentModel doc) {
        return PortfolioPath.relative(stage, Path.of(doc.getFile()).toAbsolutePath().normalize());
    }
}
