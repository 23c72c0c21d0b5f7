package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.KitPages;
import io.github.cmaltkit.site.SiteView;
import io.github.cmaltkit.site.Stager;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Map<String, Object> view;
    private final Map<SectionFile, Page> parsed = new HashMap<>();
    private CheckResult check;
    private List<SectionRows.Row> rows;

    private KitBake(Portfolio portfolio, boolean workspace) {
        this.portfolio = portfolio;
        this.workspace = workspace;
        this.view = SiteView.of(portfolio);
        KitPages.addTo(view, workspace);
    }

    /** This bake's facts, read at the first kit page that asks. */
    static KitBake of(ContentStore db, JBakeConfiguration config) throws RenderingException {
        synchronized (BAKES) {
            KitBake bake = BAKES.get(db);
            if (bake == null) {
                try {
                    Portfolio portfolio = Portfolio.read(Stager.portfolioDir(config));
                    bake = new KitBake(portfolio, Audience.of(config.get(Audience.KEY)).showsWorkspace(portfolio.settings()));
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

    /** The checker's findings, offline: a bake never touches the network and gives the same pages every time. */
    synchronized CheckResult check() {
        if (check == null) check = Checker.check(portfolio, new CheckOptions(true));
        return check;
    }

    synchronized Page page(SectionFile f) {
        return parsed.computeIfAbsent(f, x -> Page.of(x, portfolio.pathway()));
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

    /** A file's title: its own, else its section's official title, else its file name. */
    String titleOf(SectionFile f) {
        SectionSpec spec = spec(f);
        return f.title() != null ? f.title() : spec != null ? spec.title() : f.baseName();
    }

    SectionSpec spec(SectionFile f) {
        return f.sectionId() == null ? null : portfolio.pathway().spec(f.sectionId()).orElse(null);
    }

    /** The file's page, relative to the site's root. */
    static String href(SectionFile f) {
        return SitePaths.href(SitePaths.pageOf(f.path()));
    }
}
