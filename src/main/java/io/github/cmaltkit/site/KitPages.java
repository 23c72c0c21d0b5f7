package io.github.cmaltkit.site;

import io.github.cmaltkit.check.CheckResult;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.check.rules.Acronyms;
import io.github.cmaltkit.links.LinkHistory;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.Revisions;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.plan.Plan;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The kit's own pages, made from the portfolio rather than written by the candidate: the plan, the
 * progress dashboard, the self-assessment form, the principles map and the print page. JBake renders
 * one page per tag, so every document carries these pages' ids as tags and {@code kit-page.ftl}
 * renders each one under {@code kit/}.
 */
public final class KitPages {

    /** Folder of the kit's pages in the site (JBake's {@code tag.path}). */
    public static final String FOLDER = "kit";

    /** Page ids in the order the contents list them, with their titles. */
    public static final Map<String, String> PAGES = pages();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private KitPages() {
    }

    private static Map<String, String> pages() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("plan", "Writing plan");
        m.put("progress", "Progress");
        m.put("self-assessment", "Self-assessment form");
        m.put("principles", "Core principles map");
        m.put("glossary", "Glossary");
        m.put("evidence", "Evidence register");
        m.put("print", "Whole portfolio on one page");
        m.put("revisions", "Summary of revisions");
        return m;
    }

    /** The tags every document carries so that JBake renders the kit's pages. */
    public static String[] tags() {
        return PAGES.keySet().toArray(new String[0]);
    }

    static List<Map<String, Object>> links() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var e : PAGES.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.getKey());
            m.put("title", e.getValue());
            m.put("href", FOLDER + "/" + e.getKey() + ".html");
            out.add(m);
        }
        return out;
    }

    /** Everything the kit's pages show, computed once per bake. */
    static Map<String, Object> data(Portfolio portfolio, CheckResult check) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plan", plan(portfolio));
        // Each file is parsed once for all the pages that read it.
        Map<SectionFile, Page> parsed = new java.util.HashMap<>();
        Function<SectionFile, Page> pages = f -> parsed.computeIfAbsent(f, x -> Page.of(x, portfolio.pathway()));
        List<Map<String, Object>> rows = rows(portfolio, check, pages);
        data.put("progress", progress(rows));
        data.put("principles", principles(portfolio));
        data.put("print", print(portfolio));
        data.put("glossary", glossary(portfolio, pages));
        data.put("evidence", evidence(portfolio, LinkHistory.load(), pages));
        data.put("revisions", revisions(portfolio));
        data.put("rows", rows);
        return data;
    }

    static Map<String, Object> plan(Portfolio portfolio) {
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate target = portfolio.settings().target();
        String source = "portfolio.yml";
        if (target == null) {
            // The plan page must not change between two bakes of the same input, so no clock: a
            // reproducible build's SOURCE_DATE_EPOCH may stand in for "today".
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) {
                target = Plan.nextWindow(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
                source = "window";
            }
        }
        Plan plan = Plan.countingDownTo(target);
        m.put("hasTarget", target != null);
        m.put("target", target == null ? "" : DAY.format(target));
        m.put("targetIso", target == null ? "" : target.toString());
        m.put("fromWindow", "window".equals(source));
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (Plan.Week w : plan.weeks()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("number", w.number());
            wm.put("stage", w.stage());
            wm.put("tasks", w.tasks());
            wm.put("start", w.start() == null ? "" : SHORT.format(w.start()));
            wm.put("end", w.end() == null ? "" : SHORT.format(w.end()));
            wm.put("startIso", w.start() == null ? "" : w.start().toString());
            wm.put("endIso", w.end() == null ? "" : w.end().toString());
            weeks.add(wm);
        }
        m.put("weeks", weeks);
        return m;
    }

    static List<Map<String, Object>> rows(Portfolio portfolio, CheckResult check, Function<SectionFile, Page> pages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String group = null;
        for (SectionSpec s : portfolio.slots()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("title", s.title());
            r.put("group", s.group());
            r.put("groupStart", !s.group().equals(group));
            group = s.group();
            r.put("assessed", s.assessed());
            r.put("required", s.required());
            SectionFile f = portfolio.section(s.id()).orElse(null);
            r.put("written", f != null);
            int words = 0;
            int evidence = 0;
            int errors = 0;
            int warnings = 0;
            String status = "missing";
            String rating = "";
            if (f != null && f.readable()) {
                Page page = pages.apply(f);
                words = page.words();
                evidence = page.items("evidence").size();
                status = f.status() == null ? "draft" : f.status();
                rating = f.entry("rating").map(e -> String.valueOf(e.value())).map(KitPages::ratingLabel).orElse("");
                for (Finding finding : check.findings()) {
                    if (!f.path().equals(finding.file())) continue;
                    if (finding.severity() == Severity.ERROR) errors++;
                    else if (finding.severity() == Severity.WARNING) warnings++;
                }
                r.put("href", SitePaths.href(SitePaths.pageOf(f.path())));
                r.put("heading", f.title() == null ? s.title() : f.title());
            } else {
                r.put("href", "");
                r.put("heading", s.title());
            }
            r.put("status", status);
            r.put("statusLabel", statusLabel(status));
            r.put("words", words);
            r.put("evidence", evidence);
            r.put("errors", errors);
            r.put("warnings", warnings);
            r.put("readiness", f == null ? "Missing" : errors > 0 ? "Needs work" : warnings > 0 ? "Nearly there" : "Complete");
            r.put("rating", rating);
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> progress(List<Map<String, Object>> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Charts.Bar> words = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String s : List.of("missing", "not-started", "draft", "reviewed", "final")) statuses.put(s, 0);
        int totalWords = 0;
        int totalEvidence = 0;
        int complete = 0;
        for (Map<String, Object> r : rows) {
            int w = (int) r.get("words");
            totalWords += w;
            totalEvidence += (int) r.get("evidence");
            if ("Complete".equals(r.get("readiness"))) complete++;
            words.add(new Charts.Bar((String) r.get("id"), w));
            statuses.merge((String) r.get("status"), 1, Integer::sum);
        }
        List<Charts.Bar> statusBars = new ArrayList<>();
        List<Map<String, Object>> statusRows = new ArrayList<>();
        for (var e : statuses.entrySet()) {
            statusBars.add(new Charts.Bar(statusLabel(e.getKey()), e.getValue()));
            Map<String, Object> sr = new LinkedHashMap<>();
            sr.put("label", statusLabel(e.getKey()));
            sr.put("count", e.getValue());
            statusRows.add(sr);
        }
        m.put("totalWords", totalWords);
        m.put("totalEvidence", totalEvidence);
        m.put("complete", complete);
        m.put("sections", rows.size());
        m.put("statusRows", statusRows);
        m.put("statusChart", Charts.horizontalBars("chart-status", "Sections by status",
                "How many of the " + rows.size() + " sections are at each stage; the table below gives the same numbers.",
                statusBars, ""));
        m.put("wordsChart", Charts.horizontalBars("chart-words", "Words per section",
                "The number of words written in each section; the table below gives the same numbers.", words, "words"));
        return m;
    }

    private static Map<String, Object> principles(Portfolio portfolio) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Principle p : Principle.all()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", p.id());
            c.put("label", p.label());
            columns.add(c);
        }
        m.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] counts = new int[Principle.values().length];
        for (SectionSpec s : portfolio.slots()) {
            SectionFile f = portfolio.section(s.id()).orElse(null);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("title", s.title());
            r.put("heading", f == null || f.title() == null ? s.title() : f.title());
            r.put("href", f == null ? "" : SitePaths.href(SitePaths.pageOf(f.path())));
            List<Boolean> marks = new ArrayList<>();
            for (Principle p : Principle.all()) {
                boolean claimed = f != null && f.principles().contains(p.id());
                marks.add(claimed);
                if (claimed) counts[p.ordinal()]++;
            }
            r.put("marks", marks);
            rows.add(r);
        }
        m.put("rows", rows);
        List<Map<String, Object>> totals = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Principle p : Principle.all()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("label", p.label());
            t.put("count", counts[p.ordinal()]);
            totals.add(t);
            if (counts[p.ordinal()] == 0) gaps.add(p.label());
        }
        m.put("totals", totals);
        m.put("gaps", gaps);
        return m;
    }

    private static List<Map<String, Object>> print(Portfolio portfolio) {
        List<Map<String, Object>> out = new ArrayList<>();
        String page = FOLDER + "/print.html";
        for (SectionFile f : ordered(portfolio)) {
            if (!f.readable()) continue;
            String anchor = "p-" + f.baseName().replaceAll("[^A-Za-z0-9_-]", "-");
            Map<String, Object> m = new LinkedHashMap<>();
            SectionSpec spec = f.sectionId() == null ? null : portfolio.pathway().spec(f.sectionId()).orElse(null);
            m.put("anchor", anchor);
            m.put("title", titleOf(portfolio, f));
            m.put("label", spec == null ? "" : sectionLabel(spec.group(), spec.title(), titleOf(portfolio, f)));
            m.put("page", SitePaths.href(SitePaths.pageOf(f.path())));
            m.put("html", Markdown.render(f.path(), f.body(), page, anchor + "-", 1, portfolio.settings().glossary()));
            out.add(m);
        }
        return out;
    }

    /** "Core area 1: Operational issues: official title", without repeating a group, title or heading already said. */
    static String sectionLabel(String group, String official, String heading) {
        if (official.equals(heading) || group.endsWith(official)) return group;
        return group + ": " + official;
    }

    /** The portfolio.yml glossary, and the acronyms sections expand in their own text, A to Z. */
    private static List<Map<String, Object>> glossary(Portfolio portfolio, Function<SectionFile, Page> pages) {
        Map<String, Map<String, Object>> entries = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (var e : portfolio.settings().glossary().entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("acronym", e.getKey());
            m.put("anchor", "glossary-" + e.getKey().replaceAll("[^A-Za-z0-9_-]", "-"));
            m.put("words", e.getValue());
            m.put("where", "");
            m.put("href", "");
            entries.put(e.getKey(), m);
        }
        for (SectionFile f : ordered(portfolio)) {
            Page page = pages.apply(f);
            for (var e : Acronyms.expandedIn(page).entrySet()) {
                if (entries.containsKey(e.getKey())) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("acronym", e.getKey());
                m.put("anchor", "glossary-" + e.getKey().replaceAll("[^A-Za-z0-9_-]", "-"));
                m.put("words", e.getValue());
                m.put("where", titleOf(portfolio, f));
                m.put("href", SitePaths.href(SitePaths.pageOf(f.path())));
                entries.put(e.getKey(), m);
            }
        }
        return new ArrayList<>(entries.values());
    }

    /** Every evidence item, section by section: what it links to, what the candidate says of it, and whether it opens. */
    static List<Map<String, Object>> evidence(Portfolio portfolio, LinkHistory history) {
        return evidence(portfolio, history, f -> Page.of(f, portfolio.pathway()));
    }

    private static List<Map<String, Object>> evidence(Portfolio portfolio, LinkHistory history, Function<SectionFile, Page> pages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SectionFile f : ordered(portfolio)) {
            if (!f.isSection()) continue;
            Page page = pages.apply(f);
            List<Map<String, Object>> items = new ArrayList<>();
            for (org.commonmark.node.ListItem item : page.items("evidence")) {
                Map<String, Object> m = new LinkedHashMap<>();
                String text = Markdown.plainText(item);
                String why = whyItIsThere(item);
                List<Map<String, Object>> links = new ArrayList<>();
                item.accept(new org.commonmark.node.AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.Link link) {
                        links.add(evidenceLink(portfolio, f, link.getDestination(), Markdown.plainText(link), history));
                    }

                    @Override
                    public void visit(org.commonmark.node.Image image) {
                        links.add(evidenceLink(portfolio, f, image.getDestination(),
                                image.getTitle() == null ? Markdown.plainText(image) : image.getTitle(), history));
                    }
                });
                m.put("text", why);
                m.put("links", links);
                m.put("accessNote", Acronyms.givesAccessInformation(text));
                items.add(m);
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", titleOf(portfolio, f));
            s.put("href", SitePaths.href(SitePaths.pageOf(f.path())));
            s.put("items", items);
            out.add(s);
        }
        return out;
    }

    /**
     * What the candidate says of an evidence item, without the words of its links and images: those
     * are in the register's first column already, and an image's description is not a reason.
     */
    static String whyItIsThere(org.commonmark.node.Node item) {
        StringBuilder sb = new StringBuilder();
        item.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Image image) {
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph p) {
                if (sb.length() > 0) sb.append(' ');
                visitChildren(p);
            }
        });
        // "[Report](r.pdf): I include this…" leaves ": I include this…"; the joining mark goes too.
        return sb.toString().replaceAll("\\s+", " ").strip().replaceFirst("^[:;,.\u2013\u2014-]+\\s*", "").strip();
    }

    private static Map<String, Object> evidenceLink(Portfolio portfolio, SectionFile f, String destination, String label,
                                                    LinkHistory history) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label == null || label.isBlank() ? destination : label);
        String page = KitPages.FOLDER + "/evidence.html";
        m.put("href", SitePaths.mapLink(f.path(), destination, page));
        String status;
        if (destination.startsWith("mailto:")) {
            status = "E-mail address";
        } else if (SitePaths.isExternal(destination)) {
            // What the last `cmalt check` on this computer found; the bake itself never goes online.
            status = history.lookup(destination).map(k -> switch (k.result().outcome()) {
                case OK -> "Opens for anyone (checked " + DAY.format(k.checkedOn()) + ")";
                case RESTRICTED -> "Needs signing in (checked " + DAY.format(k.checkedOn()) + ")";
                case BROKEN -> "Broken: " + k.result().reason() + " (checked " + DAY.format(k.checkedOn()) + ")";
                case UNVERIFIED -> "Could not be verified";
            }).orElse("Web link, not checked yet: run the checker to test that it opens without signing in");
        } else {
            String path = destination.replaceAll("[#?].*$", "");
            String target = path.isEmpty() ? f.path() : SitePaths.resolve(f.path(), path);
            status = target != null && java.nio.file.Files.exists(portfolio.dir().resolve(target)) ? "File in the portfolio" : "Missing file";
        }
        m.put("status", status);
        return m;
    }

    private static List<SectionFile> ordered(Portfolio portfolio) {
        List<SectionFile> ordered = new ArrayList<>();
        for (SectionSpec s : portfolio.slots()) portfolio.section(s.id()).ifPresent(ordered::add);
        for (SectionFile f : portfolio.files()) if (!ordered.contains(f) && f.readable()) ordered.add(f);
        return ordered;
    }

    private static String titleOf(Portfolio portfolio, SectionFile f) {
        SectionSpec spec = f.sectionId() == null ? null : portfolio.pathway().spec(f.sectionId()).orElse(null);
        return f.title() != null ? f.title() : spec != null ? spec.title() : f.baseName();
    }

    /** Each section's revisions: the notes in its {@code revisions:} front matter and its marked passages. */
    private static List<Map<String, Object>> revisions(Portfolio portfolio) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SectionFile f : ordered(portfolio)) {
            List<String> notes = new ArrayList<>();
            f.entry("revisions").ifPresent(e -> {
                Object v = e.value();
                for (Object o : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                    if (o != null && !o.toString().isBlank()) notes.add(o.toString().strip());
                }
            });
            String page = SitePaths.href(SitePaths.pageOf(f.path()));
            List<Map<String, Object>> passages = new ArrayList<>();
            for (Revisions.Passage r : Revisions.find(f.body(), "")) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("note", r.note().isEmpty() ? "Revised passage" : r.note());
                pm.put("href", page + "#" + r.anchor());
                pm.put("line", f.bodyLine() + r.bodyLine());
                passages.add(pm);
            }
            if (notes.isEmpty() && passages.isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            SectionSpec spec = f.sectionId() == null ? null : portfolio.pathway().spec(f.sectionId()).orElse(null);
            m.put("title", titleOf(portfolio, f));
            m.put("section", spec == null ? "" : spec.title());
            m.put("href", page);
            m.put("notes", notes);
            m.put("passages", passages);
            out.add(m);
        }
        return out;
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
