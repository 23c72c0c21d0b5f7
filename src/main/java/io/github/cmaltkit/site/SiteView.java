package io.github.cmaltkit.site;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.portfolio.VersionDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the templates see of a portfolio, as plain maps and lists (so any template engine and any
 * candidate's template can read it): the pathway's groups with every required section, written or
 * not, the extra pages, and the reading order.
 */
public final class SiteView {

    private SiteView() {
    }

    /** The part of the view that is the same on every page, linking to every one of {@code kitPages}. Site paths are relative to the root. */
    static Map<String, Object> of(CheckResult check, List<KitPages.Entry> kitPages) {
        Portfolio portfolio = check.portfolio();
        PortfolioModel model = check.model();
        Pathway pathway = portfolio.pathway();
        Map<String, Object> view = new LinkedHashMap<>();
        String candidate = portfolio.settings().candidate();
        view.put("candidate", candidate == null ? "" : candidate);
        view.put("title", (candidate == null ? "" : candidate + ": ") + pathway.name() + " portfolio");
        Map<String, Object> pw = new LinkedHashMap<>();
        pw.put("id", pathway.id());
        pw.put("name", pathway.name());
        pw.put("longName", pathway.longName());
        pw.put("provisional", pathway.provisional());
        pw.put("provisionalNote", pathway.provisionalNote() == null ? "" : pathway.provisionalNote());
        view.put("pathway", pw);
        // The print page's title page and the PDF: where the site lives and the date of this version.
        String url = portfolio.settings().url();
        view.put("url", url == null ? "" : url);
        var version = VersionDate.of(portfolio.dir());
        view.put("versionIso", version.map(i -> i.toString()).orElse(""));
        view.put("versionDay", version.map(i -> java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(i.atZone(java.time.ZoneOffset.UTC))).orElse(""));

        Set<String> linked = new HashSet<>();
        List<Map<String, Object>> order = new ArrayList<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        int missing = 0;
        int written = 0;
        List<SectionSpec> slots = portfolio.slots();
        for (Pathway.Group g : pathway.groups()) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (SectionSpec s : slots) {
                if (!s.group().equals(g.title())) continue;
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", s.id());
                e.put("officialTitle", s.title());
                e.put("assessed", s.assessed());
                e.put("required", s.required());
                SectionFile f = portfolio.section(s.id()).orElse(null);
                e.put("written", f != null && f.written());
                e.put("file", f == null ? "" : f.path());
                if (f != null) {
                    if (f.written()) written++;
                    else if (s.required()) missing++;
                    linked.add(f.path());
                    String href = SitePaths.href(SitePaths.pageOf(f.path()));
                    e.put("href", href);
                    e.put("heading", model.title(f));
                    e.put("status", f.status() == null ? "" : f.status());
                    e.put("topic", f.topic() == null ? "" : f.topic());
                    e.put("kind", f.kind() == null ? "" : f.kind());
                    order.add(link(e.get("heading").toString(), href));
                } else {
                    if (s.required()) missing++;
                    e.put("href", "");
                    e.put("heading", s.title());
                    e.put("status", "");
                    e.put("topic", "");
                    e.put("kind", "");
                }
                Readiness readiness = check.readiness(s.id());
                e.put("readiness", readiness.id());
                e.put("readinessLabel", readiness.label());
                entries.add(e);
            }
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("title", g.title());
            gm.put("guidance", g.guidance() == null ? "" : g.guidance());
            gm.put("entries", entries);
            groups.add(gm);
        }
        view.put("groups", groups);

        List<Map<String, Object>> extras = new ArrayList<>();
        for (SectionFile f : portfolio.files()) {
            if (linked.contains(f.path())) continue;
            Map<String, Object> e = link(model.title(f), SitePaths.href(SitePaths.pageOf(f.path())));
            extras.add(e);
            order.add(e);
        }
        view.put("extras", extras);
        view.put("order", order);
        view.put("missingCount", missing);
        view.put("writtenCount", written);
        view.put("requiredCount", portfolio.pathway().requiredIds().size());
        view.put("kitPages", KitPages.links(kitPages));
        return view;
    }

    /** The view for one page: the shared part plus the root prefix and the previous and next pages. */
    public static Map<String, Object> forPage(Map<String, Object> shared, String pageUri) {
        Map<String, Object> view = new LinkedHashMap<>(shared);
        String uri = pageUri == null ? "index.html" : pageUri;
        view.put("root", SitePaths.rootOf(uri));
        view.put("current", uri);
        String kitPrefix = KitPages.FOLDER + "/";
        view.put("kitPage", uri.startsWith(kitPrefix) ? uri.substring(kitPrefix.length(), uri.length() - ".html".length()) : "");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> order = (List<Map<String, Object>>) shared.get("order");
        Map<String, Object> home = link("Home", "index.html");
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (SitePaths.href(uri).equals(order.get(i).get("href"))) at = i;
        }
        if (uri.startsWith(kitPrefix)) {
            view.put("prev", null);
            view.put("next", null);
        } else if (uri.equals("index.html")) {
            view.put("prev", null);
            view.put("next", order.isEmpty() ? null : order.get(0));
        } else {
            view.put("prev", at > 0 ? order.get(at - 1) : home);
            view.put("next", at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null);
        }
        return view;
    }

    private static Map<String, Object> link(String title, String href) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("href", href);
        return m;
    }
}
