package io.github.cmaltkit.site;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * Gives every template the variable {@code cmalt}: a one-element list holding the {@link SiteView} of
 * the page being rendered (JBake hands extractor results to templates as sequences).
 */
public final class SiteExtractor implements ModelExtractor<List<Map<String, Object>>> {

    // One reading of the portfolio per bake: JBake makes a new content store for each bake.
    private static final Map<ContentStore, Map<String, Object>> SHARED = new WeakHashMap<>();

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        Map<String, Object> shared;
        synchronized (SHARED) {
            shared = SHARED.get(db);
            if (shared == null) {
                // One checked model per bake, shared with the kit's pages (BakeModels).
                CheckResult check = checked(model);
                shared = SiteView.of(check);
                // The contents link only to the kit pages this bake makes (the public bake has no workspace).
                Object config = model.get("config");
                boolean workspace = Audience.of(config instanceof Map<?, ?> c ? c.get(Audience.KEY.replace('.', '_')) : null)
                        .showsWorkspace(check.portfolio().settings());
                KitPages.addTo(shared, workspace);
                SHARED.put(db, shared);
            }
        }
        String uri = null;
        if (model.get("content") instanceof Map<?, ?> content && content.get("uri") instanceof String u) uri = u;
        return List.of(SiteView.forPage(shared, uri));
    }

    /** Forgets what was read for {@code db}: the preview keeps one content store across many updates. */
    public static void forget(ContentStore db) {
        synchronized (SHARED) {
            SHARED.remove(db);
        }
        // The preview forgets before each update: its files are read again, whatever their time stamps say.
        BakeModels.forget();
    }

    private static CheckResult checked(Map<?, ?> model) {
        Object config = model.get("config");
        Object staged = config instanceof Map<?, ?> c ? c.get(Stager.PORTFOLIO_KEY.replace('.', '_')) : null;
        Object source = staged != null ? staged : config instanceof Map<?, ?> c ? c.get("sourceFolder") : null;
        File folder = source instanceof File f ? f : new File(String.valueOf(source));
        try {
            return BakeModels.checked(folder.toPath());
        } catch (Portfolio.UnreadableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
