package io.github.cmaltkit.report;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every output format shows of one check, worked out once: the findings grouped by section in
 * the pathway's order, a readiness row per section and per core principle, and the totals.
 */
public final class CheckReport {

    /** What a group of findings is about; the order here is the order of the text report. */
    enum Kind { PORTFOLIO, SECTION, OTHER_SECTION, FILE }

    /**
     * Findings under one heading.
     *
     * @param key     section id (SECTION, OTHER_SECTION), file path (FILE), or null (PORTFOLIO)
     * @param heading the heading a person reads
     */
    record Group(Kind kind, String key, String heading, List<Finding> findings) {
    }

    /** A readiness row for one slot of the pathway. */
    public record SectionRow(String group, SectionSpec spec, Readiness readiness, String file, String marked,
                             int errors, int warnings, int infos) {
    }

    /** A readiness row for one of the four core principles. */
    public record PrincipleRow(String id, String title, List<String> sections) {
    }

    private final CheckResult result;
    private final String shownPortfolio;
    private final List<Group> groups;
    private final List<SectionRow> sectionRows;
    private final List<PrincipleRow> principleRows;
    private final int errors;
    private final int warnings;
    private final int infos;

    private CheckReport(CheckResult result, String shownPortfolio, List<Group> groups, List<SectionRow> sectionRows,
                        List<PrincipleRow> principleRows) {
        this.result = result;
        this.shownPortfolio = shownPortfolio;
        this.groups = List.copyOf(groups);
        this.sectionRows = List.copyOf(sectionRows);
        this.principleRows = List.copyOf(principleRows);
        this.errors = result.count(Severity.ERROR);
        this.warnings = result.count(Severity.WARNING);
        this.infos = result.count(Severity.INFO);
    }

    /**
     * Works out the report of {@code result}.
     *
     * @param shownPortfolio the portfolio folder as the candidate typed it (shown in outputs, and the
     *                       JSON {@code portfolio} value)
     */
    public static CheckReport of(CheckResult result, String shownPortfolio) {
        Portfolio p = result.portfolio();
        Map<String, SectionFile> byPath = new HashMap<>();
        for (SectionFile f : p.files()) byPath.put(f.path(), f);
        List<SectionSpec> slots = p.slots();
        // Position of each slot in the pathway's official order, worked out once for all the sorting below.
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) order.putIfAbsent(slots.get(i).id(), i);

        // Group findings; LinkedHashMap keeps first-seen order, the groups are sorted afterwards.
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            String section = result.sectionOf(f);
            Kind kind;
            String key;
            String heading;
            if (section != null) {
                SectionSpec spec = order.containsKey(section) ? slots.get(order.get(section)) : null;
                kind = spec != null ? Kind.SECTION : Kind.OTHER_SECTION;
                key = section;
                heading = spec != null ? section + "  " + spec.title()
                        : section + "  (not a section of the " + p.pathway().name() + " pathway)";
            } else if (f.file() != null && byPath.containsKey(f.file())) {
                SectionFile file = byPath.get(f.file());
                kind = Kind.FILE;
                key = f.file();
                heading = file.isExtraPage() ? "Extra page " + f.file() + "  " + file.title() : "File " + f.file();
            } else {
                kind = Kind.PORTFOLIO;
                key = null;
                heading = "Whole portfolio";
            }
            groups.computeIfAbsent(kind + ":" + key, k -> new Group(kind, key, heading, new ArrayList<>())).findings().add(f);
        }
        List<Group> sorted = new ArrayList<>();
        for (Group g : groups.values()) {
            List<Finding> fs = new ArrayList<>(g.findings());
            fs.sort(BY_POSITION);
            sorted.add(new Group(g.kind(), g.key(), g.heading(), List.copyOf(fs)));
        }
        sorted.sort(Comparator.comparing(Group::kind)
                .thenComparingInt(g -> g.kind() == Kind.SECTION ? order.get(g.key()) : 0)
                .thenComparing(g -> g.key() == null ? "" : g.key()));

        List<SectionRow> rows = new ArrayList<>();
        for (SectionSpec s : slots) {
            SectionFile file = p.section(s.id()).orElse(null);
            rows.add(new SectionRow(s.group(), s, result.readiness(s.id()), file == null ? null : file.path(),
                    file == null ? null : file.status(), result.count(s.id(), Severity.ERROR),
                    result.count(s.id(), Severity.WARNING), result.count(s.id(), Severity.INFO)));
        }

        List<PrincipleRow> principles = new ArrayList<>();
        for (Principle principle : Principle.all()) {
            List<String> claimedBy = new ArrayList<>();
            for (SectionFile f : p.sections()) {
                if (result.model().principles(f).contains(principle) && !claimedBy.contains(f.sectionId())) claimedBy.add(f.sectionId());
            }
            claimedBy.sort(Comparator.comparingInt(sid -> order.getOrDefault(sid, Integer.MAX_VALUE)));
            principles.add(new PrincipleRow(principle.id(), principle.label(), List.copyOf(claimedBy)));
        }
        return new CheckReport(result, shownPortfolio, sorted, rows, principles);
    }

    /** Portfolio-wide first, then by file, line and column; ties keep the checker's order. */
    private static final Comparator<Finding> BY_POSITION = Comparator
            .comparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    public CheckResult result() { return result; }
    public Portfolio portfolio() { return result.portfolio(); }
    public Pathway pathway() { return result.portfolio().pathway(); }
    /** The portfolio folder as the candidate typed it. */
    public String shownPortfolio() { return shownPortfolio; }
    /** Every finding, in the order of the text report (grouped by section in the pathway's order). */
    public List<Finding> findings() {
        return groups.stream().flatMap(g -> g.findings().stream()).toList();
    }
    List<Group> groups() { return groups; }
    public List<SectionRow> sectionRows() { return sectionRows; }
    public List<PrincipleRow> principleRows() { return principleRows; }
    public int errors() { return errors; }
    public int warnings() { return warnings; }
    public int infos() { return infos; }
    /** How many Markdown files under content/ were checked. */
    public int filesChecked() { return result.portfolio().files().size(); }
    /** How many distinct web links the check did not fetch (offline); 0 when it fetched them all. */
    public int webLinksNotChecked() { return result.webLinksNotChecked(); }
    /** No error-severity finding: the pre-submission gate passes (exit status 0). */
    public boolean ready() { return errors == 0; }
    /** How the whole portfolio stands; its {@link Readiness#verdict()} ends the text report. */
    public Readiness readiness() { return result.readiness(); }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "CheckReport[" + Objects.toString(shownPortfolio) + ", " + errors + " errors, " + warnings + " warnings]";
    }
}
