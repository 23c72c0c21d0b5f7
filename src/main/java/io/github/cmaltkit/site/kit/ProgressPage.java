package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.site.KitPages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The progress dashboard: each section's status, words, evidence and the checker's findings (workspace). */
public final class ProgressPage extends KitPage {

    record Model(String readiness, int sections, int totalWords, int totalEvidence, List<StatusCount> statusRows,
                 String statusChart, String wordsChart, List<SectionRows.Row> rows) {
    }

    record StatusCount(String label, int count) {
    }

    public ProgressPage() {
        super(new KitPages.Entry("progress", "Progress", true));
    }

    @Override
    Model model(KitBake bake) {
        List<SectionRows.Row> rows = bake.rows();
        List<Charts.Bar> words = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String s : List.of("missing", "not-started", "draft", "reviewed", "final")) statuses.put(s, 0);
        int totalWords = 0;
        int totalEvidence = 0;
        List<Readiness> readiness = new ArrayList<>();
        for (SectionRows.Row r : rows) {
            totalWords += r.words();
            totalEvidence += r.evidence();
            readiness.add(bake.check().readiness(r.id()));
            words.add(new Charts.Bar(r.id(), r.words()));
            statuses.merge(r.status(), 1, Integer::sum);
        }
        List<Charts.Bar> statusBars = new ArrayList<>();
        List<StatusCount> statusRows = new ArrayList<>();
        for (var e : statuses.entrySet()) {
            String label = SectionRows.statusLabel(e.getKey());
            statusBars.add(new Charts.Bar(label, e.getValue()));
            statusRows.add(new StatusCount(label, e.getValue()));
        }
        String statusChart = Charts.horizontalBars("chart-status", "Sections by status",
                "How many of the " + rows.size() + " sections are at each stage; the table below gives the same numbers.",
                statusBars, "");
        String wordsChart = Charts.horizontalBars("chart-words", "Words per section",
                "The number of words written in each section; the table below gives the same numbers.", words, "words");
        // The checker's own model and words (its summary's "Sections:" line), never a count of labels.
        return new Model(Readiness.tally(readiness), rows.size(), totalWords, totalEvidence, statusRows, statusChart, wordsChart, rows);
    }
}
