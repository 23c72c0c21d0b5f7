package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.rules.Acronyms;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.site.KitPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The portfolio.yml glossary, and the acronyms sections spell out in their own text, A to Z. */
public final class GlossaryPage extends KitPage {

    record Model(List<Entry> entries) {
    }

    /** An acronym; {@code where} and {@code href} name the section that spells it out, empty for portfolio.yml's. */
    record Entry(String acronym, String anchor, String words, String where, String href) {
    }

    public GlossaryPage() {
        super(new KitPages.Entry("glossary", "Glossary", false));
    }

    @Override
    Model model(KitBake bake) {
        Map<String, Entry> entries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (var e : bake.portfolio.settings().glossary().entrySet()) {
            entries.put(e.getKey(), new Entry(e.getKey(), Markdown.glossaryAnchor(e.getKey()), e.getValue(), "", ""));
        }
        for (SectionFile f : bake.ordered()) {
            for (var e : Acronyms.expandedIn(bake.page(f)).entrySet()) {
                entries.putIfAbsent(e.getKey(), new Entry(e.getKey(), Markdown.glossaryAnchor(e.getKey()), e.getValue(), bake.titleOf(f), KitBake.href(f)));
            }
        }
        return new Model(new ArrayList<>(entries.values()));
    }
}
