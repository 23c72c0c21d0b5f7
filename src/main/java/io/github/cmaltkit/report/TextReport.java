package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The report a candidate reads first: one line per finding in the {@code file:line:column:} form that
 * editors and terminals turn into links, grouped by section in the pathway's order; then the
 * readiness summary, one row per row of the assessment form; then a one-line verdict.
 */
final class TextReport {

    private TextReport() {
    }

    static String render(CheckReport report, Style style) {
        List<String> out = new ArrayList<>();
        out.add(style.heading("CMALT check of " + report.shownPortfolio() + " (" + report.pathway().name() + " pathway, "
                + CheckReport.plural(report.filesChecked(), "file") + ")"));
        if (report.pathway().provisional() && report.pathway().provisionalNote() != null) {
            out.add("Note: " + report.pathway().provisionalNote());
        }
        for (CheckReport.Group g : report.groups()) {
            out.add("");
            out.add(style.heading(g.heading()));
            for (Finding f : g.findings()) out.add(line(f, style));
        }
        out.add("");
        readiness(report, style, out);
        out.add("");
        notChecked(report, out);
        out.add(verdict(report, style));
        return String.join("\n", out) + "\n";
    }

    /**
     * The build's short form: the first {@code limit} findings, how many sections stand where, and the
     * verdict; {@code check} without {@code --summary} gives the whole report.
     */
    static String summary(CheckReport report, Style style, int limit) {
        List<String> out = new ArrayList<>();
        out.add(style.heading("CMALT check of " + report.shownPortfolio() + " (" + report.pathway().name() + " pathway, "
                + CheckReport.plural(report.filesChecked(), "file") + ")"));
        int shown = 0;
        int total = 0;
        for (CheckReport.Group g : report.groups()) {
            for (Finding f : g.findings()) {
                total++;
                if (shown < limit) {
                    out.add(line(f, style));
                    shown++;
                }
            }
        }
        if (total > shown) out.add("… and " + (total - shown) + " more");
        out.add("Sections: " + Readiness.tally(report.sectionRows().stream().map(CheckReport.SectionRow::readiness).toList()));
        notChecked(report, out);
        out.add(verdict(report, style));
        return String.join("\n", out) + "\n";
    }

    /**
     * {@code content/core-1c.md:12:31: warning [acronym] message (see docs/rules/acronym.md)}; a
     * portfolio-wide finding has no location. Further lines of a message are indented so that only
     * finding lines start at the margin.
     */
    static String line(Finding f, Style style) {
        StringBuilder sb = new StringBuilder();
        if (f.file() != null) {
            sb.append(f.file());
            if (f.line() != null) {
                sb.append(':').append(f.line());
                if (f.column() != null) sb.append(':').append(f.column());
            }
            sb.append(": ");
        }
        sb.append(style.severity(f.severity())).append(" [").append(f.rule()).append("] ");
        sb.append(messageWithDoc(f).replace("\r\n", "\n").replace("\n", "\n    "));
        return sb.toString();
    }

    /** The message, pointing at the rule's page unless it already does. */
    static String messageWithDoc(Finding f) {
        String message = f.message() == null ? "" : f.message().strip();
        if (message.contains("docs/rules/")) return message;
        return message + " (see " + RuleInfo.docOf(f.rule()) + ")";
    }

    private static void readiness(CheckReport report, Style style, List<String> out) {
        out.add(style.heading("READINESS, section by section as on the assessment form"));
        int idWidth = report.sectionRows().stream().mapToInt(r -> r.spec().id().length()).max().orElse(0);
        int statusWidth = 0;
        for (Readiness s : Readiness.values()) statusWidth = Math.max(statusWidth, s.label().length());
        String group = null;
        for (CheckReport.SectionRow r : report.sectionRows()) {
            if (!r.group().equals(group)) {
                group = r.group();
                out.add(group);
            }
            SectionSpec s = r.spec();
            StringBuilder sb = new StringBuilder("  ");
            sb.append(style.status(r.readiness(), pad(r.readiness().label(), statusWidth))).append("  ");
            sb.append(pad(s.id(), idWidth)).append("  ").append(s.title());
            List<String> notes = new ArrayList<>();
            if (r.errors() + r.warnings() > 0) notes.add(counts(r.errors(), r.warnings()));
            if (r.marked() != null) notes.add("marked " + r.marked());
            if (!notes.isEmpty()) sb.append(" (").append(String.join("; ", notes)).append(')');
            out.add(sb.toString());
        }
        out.add("Core principles (claimed with \"principles:\" in a section's front matter)");
        for (CheckReport.PrincipleRow p : report.principleRows()) {
            String claim = p.sections().isEmpty()
                    ? style.status(Readiness.NOT_WRITTEN, "claimed by no section")
                    : "claimed by " + CheckReport.plural(p.sections().size(), "section") + ": " + String.join(", ", p.sections());
            out.add("  " + p.title() + " [" + p.id() + "]: " + claim);
        }
    }

    /** A line before the verdict when web links were not fetched: the verdict says nothing about them. */
    private static void notChecked(CheckReport report, List<String> out) {
        int n = report.webLinksNotChecked();
        if (n == 0) return;
        out.add(CheckReport.plural(n, "web link") + " not checked (the check ran offline): run it without --offline to know "
                + (n == 1 ? "whether it works" : "whether they work") + ".");
    }

    /** {@code 2 errors, 5 warnings in 13 files — not ready to submit}, or the all-clear. */
    static String verdict(CheckReport report, Style style) {
        String notes = report.infos() > 0 ? ", " + CheckReport.plural(report.infos(), "note") : "";
        Readiness readiness = report.readiness();
        if (readiness == Readiness.READY) {
            return style.good("No problems found" + (notes.isEmpty() ? "" : " (" + notes.substring(2) + ")") + " — " + readiness.verdict());
        }
        String counts = counts(report.errors(), report.warnings()) + notes + " in " + CheckReport.plural(report.filesChecked(), "file");
        return report.ready() ? style.good(counts + " — " + readiness.verdict()) : style.bad(counts + " — " + readiness.verdict());
    }

    private static String counts(int errors, int warnings) {
        return CheckReport.plural(errors, "error") + ", " + CheckReport.plural(warnings, "warning");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
