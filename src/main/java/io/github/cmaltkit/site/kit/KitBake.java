package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.markdown.Glossary;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.BakeModels;
import io.github.cmaltkit.site.KitPages;
import io.github.cmaltkit.site.SiteView;
import io.github.cmaltkit.site.Stager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;

/**
 * What every kit page of one bake stands on, read once and shared by the eight rendering tools: the
 * portfolio, the checker's offline findings, each file parsed once, the site around the pages, and
 * whether this bake carries the workspace.
 */
final class KitBake {

    // JBake makes a new content store for each bake; the preview keeps one and calls forget on changes.
    private static final Map<ContentStore, KitBake> BAKES = new WeakHashMap<>();
    private static final Map<ContentStore, DelegatingTemplateEngine> ENGINES = new WeakHashMap<>();

    final Portfolio portfolio;
    final boolean workspace;
    private final CheckResult check;
    private final Map<String, Object> view;
    private List<SectionRows.Row> rows;

    private KitBake(CheckResult check, boolean workspace) {
        this.check = check;
        this.portfolio = check.portfolio();
        this.workspace = workspace;
        this.view = SiteView.of(check);
        KitPages.addTo(view, workspace);
    }

    /** This bake's facts, read at the first kit page that asks. */
    static KitBake of(ContentStore db, JBakeConfiguration config) throws RenderingException {
        synchronized (BAKES) {
            KitBake bake = BAKES.get(db);
            if (bake == null) {
                try {
                    // The bake's one checked model, shared with the site's model (SiteExtractor).
                    CheckResult check = BakeModels.checked(Stager.portfolioDir(config));
                    bake = new KitBake(check, Audience.of(config.get(Audience.KEY)).showsWorkspace(check.portfolio().settings()));
                } catch (Portfolio.UnreadableException | IllegalArgumentException e) {
                    throw new RenderingException(e.getMessage());
                }
                BAKES.put(db, bake);
            }
            return bake;
        }
    }

    /** Forgets what was read for {@code db}: the preview keeps one content store across many updates. */
    static void forget(ContentStore db) {
        synchronized (BAKES) {
            BAKES.remove(db);
        }
    }

    /** JBake's template engine for this store's templates, made once. */
    static DelegatingTemplateEngine engine(ContentStore db, JBakeConfiguration config) {
        synchronized (ENGINES) {
            return ENGINES.computeIfAbsent(db, d -> new DelegatingTemplateEngine(d, config));
        }
    }

    /** The site around a kit page: title, contents, root prefix. */
    Map<String, Object> view(KitPages.Entry page) {
        return SiteView.forPage(view, page.href());
    }

    /** The checker's offline findings on this bake's model. */
    CheckResult check() {
        return check;
    }

    /** The checker's parsed page of a readable file (parsed once per model). */
    Page page(SectionFile f) {
        return check.page(f);
    }

    /** The portfolio's glossary as the pages mark it, made once per model. */
    Glossary glossary() {
        return check.model().glossary();
    }

    /** One row per section of the pathway, shared by the progress page and the self-assessment form. */
    synchronized List<SectionRows.Row> rows() {
        if (rows == null) rows = SectionRows.of(this);
        return rows;
    }

    /** The written files in the pathway's order, then the other readable pages. */
    List<SectionFile> ordered() {
        List<SectionFile> ordered = new ArrayList<>();
        for (SectionSpec s : portfolio.slots()) portfolio.section(s.id()).ifPresent(ordered::add);
        for (SectionFile f : portfolio.files()) if (!ordered.contains(f) && f.readable()) ordered.add(f);
        return ordered;
    }

    /** A file's title, as the model defines it for every page. */
    String titleOf(SectionFile f) {
        return check.model().title(f);
    }

    SectionSpec spec(SectionFile f) {
        return f.sectionId() == null ? null : portfolio.pathway().spec(f.sectionId()).orElse(null);
    }

    /** The file's page, relative to the site's root. */
    static String href(SectionFile f) {
        return SitePaths.href(SitePaths.pageOf(f.path()));
    }
}
