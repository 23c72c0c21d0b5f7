package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.KitPages;
import java.util.ArrayList;
import java.util.List;

/** The whole portfolio on one page, in the pathway's order, for printing; the PDF is made from it. */
public final class PrintPage extends KitPage {

    record Model(List<Section> sections) {
    }

    /**
     * A file's rendered body; {@code label} says which section of the pathway it is, {@code page} where
     * it lives on its own. A section not written yet has no body: the page marks it as its own page does.
     */
    record Section(String anchor, String title, String label, String page, String html, boolean written, boolean required,
                   String id, String file) {
    }

    public PrintPage() {
        super(new KitPages.Entry("print", "Whole portfolio on one page", false));
    }

    @Override
    Model model(KitBake bake) {
        List<Section> out = new ArrayList<>();
        String page = entry().href();
        for (SectionFile f : bake.ordered()) {
            if (!f.readable()) continue;
            String anchor = Markdown.anchorSlug("p-", f.baseName());
            SectionSpec spec = bake.spec(f);
            String title = bake.titleOf(f);
            boolean written = !f.isSection() || f.written();
            out.add(new Section(anchor, title, spec == null ? "" : spec.label(title), KitBake.href(f),
                    written ? Markdown.render(f.path(), f.parsed(), page, anchor + "-", 1, bake.glossary()) : "", written,
                    spec == null || spec.required(), f.sectionId() == null ? "" : f.sectionId(), f.path()));
        }
        return new Model(out);
    }
}
