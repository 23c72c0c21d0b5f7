package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.KitPages;
import java.util.ArrayList;
import java.util.List;

/** Which section shows which of the four core principles, and the principles no section shows yet. */
public final class PrinciplesPage extends KitPage {

    record Model(List<String> columns, List<Row> rows, List<Total> totals, List<String> gaps) {
    }

    /** A section of the pathway and, per principle in the columns' order, whether it claims it. */
    record Row(String id, String title, String heading, String href, List<Boolean> marks) {
    }

    record Total(String label, int count) {
    }

    public PrinciplesPage() {
        super(new KitPages.Entry("principles", "Core principles map", false));
    }

    @Override
    Model model(KitBake bake) {
        return map(bake);
    }

    static Model map(KitBake bake) {
        List<String> columns = new ArrayList<>();
        for (Principle p : Principle.all()) columns.add(p.label());
        List<Row> rows = new ArrayList<>();
        int[] counts = new int[Principle.values().length];
        for (SectionSpec s : bake.portfolio.slots()) {
            SectionFile f = bake.portfolio.section(s.id()).orElse(null);
            List<Boolean> marks = new ArrayList<>();
            for (Principle p : Principle.all()) {
                boolean claimed = f != null && f.principles().contains(p.id());
                marks.add(claimed);
                if (claimed) counts[p.ordinal()]++;
            }
            rows.add(new Row(s.id(), s.title(), f == null ? s.title() : bake.titleOf(f), f == null ? "" : KitBake.href(f), marks));
        }
        List<Total> totals = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Principle p : Principle.all()) {
            totals.add(new Total(p.label(), counts[p.ordinal()]));
            if (counts[p.ordinal()] == 0) gaps.add(p.label());
        }
        return new Model(columns, rows, totals, gaps);
    }
}
