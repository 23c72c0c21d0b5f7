package io.github.cmaltkit.cli;

import io.github.cmaltkit.plan.Plan;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Settings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** {@code cmalt plan DIR}: the countdown to the target date, from today. */
final class PlanCommand {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private PlanCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Path cwd) throws UsageException {
        Args a = Args.parse(args, List.of("--today"), List.of());
        PortfolioDir.Found found = PortfolioDir.fromArgs(a, cwd);
        Path dir = found.dir();
        if (found.note() != null) err.println("cmalt plan: " + found.note());
        if (!Files.isDirectory(dir)) throw new UsageException(dir + ": no such portfolio folder");
        LocalDate today;
        try {
            today = LocalDate.parse(a.value("--today", LocalDate.now().toString()));
        } catch (DateTimeParseException e) {
            throw new UsageException("--today should be a date written year-month-day, e.g. 2027-02-01");
        }
        Settings settings = Portfolio.readSettings(dir);
        LocalDate target = settings.target();
        if (target == null) {
            target = Plan.nextWindow(today);
            out.println("No target date in portfolio.yml: counting down to the next usual window, " + DAY.format(target) + ".");
            out.println("(ALT has been accepting submissions at any time since 2025: set \"target: YYYY-MM-DD\" in portfolio.yml to plan for your own date.)");
        } else {
            out.println("Target date: " + DAY.format(target) + ".");
        }
        Plan plan = Plan.countingDownTo(target);
        long days = plan.daysLeft(today);
        Plan.Week week = plan.weekOf(today);
        if (days < 0) {
            out.println("The target date passed " + (-days) + " day(s) ago. Set a new \"target:\" in portfolio.yml.");
        } else if (week == null) {
            out.println(days + " days to go: the 16-week plan starts on " + DAY.format(plan.weeks().get(0).start()) + ".");
            out.println("Week 16 will ask you to:");
            for (String t : plan.weeks().get(0).tasks()) out.println("  - " + t);
        } else {
            out.println("Today is in week " + week.number() + " of 16 (" + week.stage() + "), " + days + " day(s) to go. Due this week:");
            for (String t : week.tasks()) out.println("  - " + t);
            int i = plan.weeks().indexOf(week);
            if (i + 1 < plan.weeks().size()) {
                Plan.Week next = plan.weeks().get(i + 1);
                out.println("Next week (from " + DAY.format(next.start()) + "):");
                for (String t : next.tasks()) out.println("  - " + t);
            }
        }
        return Main.OK;
    }
}
