package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One row per section of the pathway: what the progress page and the self-assessment form show of it. */
final class SectionRows {

    /** A section, written or not. {@code href} and the counts are empty or zero for a missing or unreadable file. */
    record Row(String id, String title, String group, boolean groupStart, boolean assessed, boolean required,
               boolean written, String href, String heading, String status, String statusLabel, int words,
               int evidence, int errors, int warnings, String readiness, String rating) {
    }

    private SectionRows() {
    }

    static List<Row> of(KitBake bake) {
        List<Row> rows = new ArrayList<>();
        String group = null;
        for (SectionSpec s : bake.portfolio.slots()) {
            SectionFile f = bake.portfolio.section(s.id()).orElse(null);
            int words = 0;
            int evidence = 0;
            int errors = 0;
            int warnings = 0;
            String status = "missing";
            String rating = "";
            String href = "";
            String heading = s.title();
            if (f != null && f.readable()) {
                Page page = bake.page(f);
                words = page.words();
                evidence = page.items("evidence").size();
                status = f.status() == null ? "draft" : f.status();
                rating = f.entry("rating").map(e -> ratingLabel(String.valueOf(e.value()))).orElse("");
                href = KitBake.href(f);
                heading = bake.titleOf(f);
            }
            // Counted as the checker's reports count them: a missing section's own error included.
            errors = bake.check().count(s.id(), Severity.ERROR);
            warnings = bake.check().count(s.id(), Severity.WARNING);
            rows.add(new Row(s.id(), s.title(), s.group(), !s.group().equals(group), s.assessed(), s.required(), f != null,
                    href, heading, status, statusLabel(status), words, evidence, errors, warnings,
                    bake.check().readiness(s.id()).label(), rating));
            group = s.group();
        }
        return rows;
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "missing" -> "Not written";
            case "not-started" -> "Not started";
            case "draft" -> "Draft";
            case "reviewed" -> "Reviewed";
            case "final" -> "Final";
            default -> status;
        };
    }

    static String ratingLabel(String rating) {
        return switch (rating.strip().toLowerCase(Locale.ROOT)) {
            case "strong", "s" -> "Strong";
            case "adequate", "a" -> "Adequate";
            case "revisions-required", "revisions required", "r" -> "Revisions required";
            default -> rating;
        };
    }
}
