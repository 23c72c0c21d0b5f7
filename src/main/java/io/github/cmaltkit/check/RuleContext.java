package io.github.cmaltkit.check;

import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.portfolio.Portfolio;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every rule sees: the portfolio, each page parsed once, and the web-link results if links were checked. */
public final class RuleContext {

    private final Portfolio portfolio;
    private final List<Page> pages;
    private final Map<String, Page> byPath = new java.util.HashMap<>();
    private final Map<String, WebLinkResult> webResults;

    RuleContext(Portfolio portfolio, List<Page> pages, Map<String, WebLinkResult> webResults) {
        this.portfolio = portfolio;
        this.pages = List.copyOf(pages);
        for (Page p : pages) byPath.put(p.path(), p);
        this.webResults = webResults == null ? null : Collections.unmodifiableMap(webResults);
    }

    public Portfolio portfolio() { return portfolio; }

    /** Every readable section and extra page, in file order. */
    public List<Page> pages() { return pages; }

    /** The pages that are sections. */
    public List<Page> sections() {
        return pages.stream().filter(Page::isSection).toList();
    }

    /** The page made from a portfolio-relative file path, if it is one. */
    public Optional<Page> page(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** What a web-link rule does with one link whose check ended in a given outcome. */
    @FunctionalInterface
    public interface WebLinkAction {
        void accept(Page page, LinkRef link, WebLinkResult result);
    }

    /** Calls {@code action} for every web link of every page whose check ended in {@code outcome}; nothing when links were not checked. */
    public void forEachWebLink(WebLinkResult.Outcome outcome, WebLinkAction action) {
        if (!webLinksChecked()) return;
        for (Page page : pages) {
            for (LinkRef link : page.links()) {
                if (!(link.target() instanceof LinkTarget.Web web)) continue;
                WebLinkResult r = webResult(web.url()).orElse(null);
                if (r != null && r.outcome() == outcome) action.accept(page, link, r);
            }
        }
    }

    /** Whether web links were checked at all (a verifier was given and the check is not offline). */
    public boolean webLinksChecked() {
        return webResults != null;
    }

    /**
     * The result for a web URL as collected by {@link WebLinks#urlOf}; empty when links were not checked.
     * A checked URL without a result counts as unverified.
     */
    public Optional<WebLinkResult> webResult(String url) {
        if (webResults == null) return Optional.empty();
        WebLinkResult r = webResults.get(url);
        return Optional.of(r != null ? r
                : new WebLinkResult(url, WebLinkResult.Outcome.UNVERIFIED, null, null, "the link checker gave no result for it"));
    }
}
