package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.markdown.Glossary;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.KitPages;
import io.github.cmaltkit.site.SiteView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every kit page of one bake stands on, made once per {@link BakeSession} and shared by the eight
 * pages: the portfolio, the checker's offline findings, each file parsed once, the site around the
 * pages, and whether this bake carries the workspace.
 */
final class KitBake {

    final Portfolio portfolio;
    final boolean workspace;
    private final CheckResult check;
    private final Map<String, Object> view;
    private List<SectionRows.Row> rows;

    private KitBake(BakeSession session) throws Portfolio.UnreadableException {
        this.check = session.checked();
        this.portfolio = check.portfolio();
        this.workspace = session.showsWorkspace();
        this.view = session.view();
    }

    /**
     * This bake's facts, read at the first kit page that asks.
     *
     * @throws IllegalArgumentException when the bake's audience setting is wrong
     */
    static KitBake of(BakeSession session) throws Portfolio.UnreadableException {
        return session.derived(KitBake.class, KitBake::new);
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
