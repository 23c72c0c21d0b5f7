package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.markdown.Revisions;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.KitPages;
import java.util.ArrayList;
import java.util.List;

/** Each section's revisions after a referral: the notes in its {@code revisions:} front matter and its marked passages. */
public final class RevisionsPage extends KitPage {

    record Model(List<Section> sections) {
    }

    record Section(String title, String section, String href, List<String> notes, List<Passage> passages) {
    }

    record Passage(String note, String href, int line) {
    }

    public RevisionsPage() {
        super(new KitPages.Entry("revisions", "Summary of revisions", false));
    }

    @Override
    Model model(KitBake bake) {
        List<Section> out = new ArrayList<>();
        for (SectionFile f : bake.ordered()) {
            List<String> notes = new ArrayList<>();
            f.entry("revisions").ifPresent(e -> {
                Object v = e.value();
                for (Object o : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                    if (o != null && !o.toString().isBlank()) notes.add(o.toString().strip());
                }
            });
            String page = KitBake.href(f);
            List<Passage> passages = new ArrayList<>();
            // From the checker's tree of the file, as the site page frames them: the file is parsed once.
            for (Revisions.Passage r : f.readable() ? Revisions.find(bake.page(f).document(), "") : List.<Revisions.Passage>of()) {
                passages.add(new Passage(r.note().isEmpty() ? "Revised passage" : r.note(), page + "#" + r.anchor(), f.bodyLine() + r.bodyLine()));
            }
            if (notes.isEmpty() && passages.isEmpty()) continue;
            SectionSpec spec = bake.spec(f);
            out.add(new Section(bake.titleOf(f), spec == null ? "" : spec.title(), page, notes, passages));
        }
        return new Model(out);
    }
}
