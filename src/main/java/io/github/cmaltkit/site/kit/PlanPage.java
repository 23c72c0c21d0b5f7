package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.plan.Plan;
import io.github.cmaltkit.site.KitPages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The 16-week writing plan, counting down to the candidate's target date (workspace). */
public final class PlanPage extends KitPage {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    record Model(boolean hasTarget, String target, String targetIso, boolean fromWindow, List<Week> weeks) {
    }

    record Week(int number, String stage, List<String> tasks, String start, String end, String startIso, String endIso) {
    }

    public PlanPage() {
        super(new KitPages.Entry("plan", "Writing plan", true));
    }

    @Override
    Model model(KitBake bake) {
        LocalDate target = bake.portfolio.settings().target();
        boolean fromWindow = false;
        if (target == null) {
            // The plan page must not change between two bakes of the same input, so no clock: a
            // reproducible build's SOURCE_DATE_EPOCH may stand in for "today".
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) {
                target = Plan.nextWindow(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
                fromWindow = true;
            }
        }
        List<Week> weeks = Plan.countingDownTo(target).weeks().stream()
                .map(w -> new Week(w.number(), w.stage(), w.tasks(), format(SHORT, w.start()), format(SHORT, w.end()),
                        iso(w.start()), iso(w.end())))
                .toList();
        return new Model(target != null, format(DAY, target), iso(target), fromWindow, weeks);
    }

    private static String format(DateTimeFormatter f, LocalDate d) {
        return d == null ? "" : f.format(d);
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
