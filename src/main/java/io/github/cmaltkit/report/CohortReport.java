package io.github.cmaltkit.report;

import io.github.cmaltkit.portfolio.Pathway;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's output (several portfolios in one {@code check}): each portfolio's own report as soon as it
 * is checked, then one table of them all (portfolio, pathway, sections written of required, errors,
 * warnings, verdict); in JSON, one document {@code {"portfolios": [...]}} holding every report, at the end.
 *
 * <p>The JSON document is joined from the members' own documents rather than written with {@link JsonWriter}:
 * its layout (members not indented, no line break after {@code [}) is what scripts have been given so far.
 */
public final class CohortReport {

    private static final List<String> HEAD = List.of("Portfolio", "Pathway", "Sections", "Errors", "Warnings", "Verdict");
    private static final String RULE = "=".repeat(72);

    private final Format format;
    private final boolean colour;
    private final PrintStream out;
    private final List<String> members = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** A cohort's output in {@code format} (not SARIF, which takes one portfolio), printed to {@code out}. */
    public CohortReport(Format format, boolean colour, PrintStream out) {
        this.format = format;
        this.colour = colour;
        this.out = out;
    }

    /** A checked portfolio: its report is printed now (kept for the end in JSON), and it has a row in the table. */
    public void add(CheckReport report, String pathPrefix) {
        String rendered = Reports.render(format, report, colour, pathPrefix);
        if (format == Format.JSON) {
            members.add(rendered.strip());
        } else {
            out.println(RULE);
            out.print(rendered);
            out.println();
        }
        Pathway pathway = report.pathway();
        int required = pathway.requiredIds().size();
        int written = required - report.portfolio().missing().size();
        rows.add(new String[] {report.shownPortfolio(), pathway.name(), written + "/" + required, String.valueOf(report.errors()),
                String.valueOf(report.warnings()), report.readiness().verdict()});
    }

    /** A folder that could not be checked (the command says why): a row that says so. */
    public void notChecked(String shownFolder) {
        rows.add(new String[] {shownFolder, "", "", "", "", "could not be checked"});
    }

    /** Ends the output: the JSON document, or the table of every folder added. */
    public void finish() {
        if (format == Format.JSON) {
            out.println("{\"portfolios\": [" + String.join(",\n", members) + "]}");
        } else {
            out.println(RULE);
            out.println("COHORT: " + rows.size() + " portfolios");
            out.print(table(rows));
        }
        out.flush();
    }

    /** Columns padded to their widest cell, two spaces before each, no trailing spaces. */
    private static String table(List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(HEAD.toArray(new String[0]));
        all.addAll(rows);
        int[] w = new int[HEAD.size()];
        for (String[] r : all) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r[i].length());
        StringBuilder sb = new StringBuilder();
        for (String[] r : all) {
            for (int i = 0; i < w.length; i++) sb.append("  ").append(r[i]).append(" ".repeat(w[i] - r[i].length()));
            sb.setLength(sb.length() - (w[w.length - 1] - r[w.length - 1].length()));
            sb.append('\n');
        }
        return sb.toString();
    }
}
