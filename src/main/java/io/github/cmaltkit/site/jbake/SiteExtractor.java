package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.site.SiteView;
import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * Gives every template the variable {@code cmalt}: a one-element list holding the {@link SiteView} of
 * the page being rendered (JBake hands extractor results to templates as sequences). The part shared by
 * every page is the bake session's, made once per bake (or preview generation).
 */
public final class SiteExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        Map<String, Object> shared;
        try {
            shared = Sessions.of(db).view();
        } catch (Portfolio.UnreadableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        String uri = null;
        if (model.get("content") instanceof Map<?, ?> content && content.get("uri") instanceof String u) uri = u;
        return List.of(SiteView.forPage(shared, uri));
    }
}
