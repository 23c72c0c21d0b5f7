package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.site.KitPages;
import java.util.List;

/** The self-assessment form, in the rows of the assessment form, for the candidate and a peer reviewer (workspace). */
public final class SelfAssessmentPage extends KitPage {

    record Model(List<SectionRows.Row> rows, List<PrinciplesPage.Total> principles) {
    }

    public SelfAssessmentPage() {
        super(new KitPages.Entry("self-assessment", "Self-assessment form", true));
    }

    @Override
    Model model(KitBake bake) {
        return new Model(bake.rows(), PrinciplesPage.map(bake).totals());
    }
}
