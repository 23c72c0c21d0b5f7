package io.github.cmaltkit.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's {@code portfolio.yml}: who they are, which pathway, when they plan to submit, and the
 * acronyms they define once for the whole site.
 */
public final class Settings {

    public static final String FILE = "portfolio.yml";
    public static final List<String> DEFAULT_ALLOWED = List.of("CMALT", "ALT");
    /** Every key the kit reads in portfolio.yml (see docs/portfolio-format.md); any other is reported as unknown. */
    public static final List<String> KEYS = List.of("candidate", "pathway", "target", "glossary", "acronyms", "rules", "url",
            "workspace", "submission", "contact");
    /** The keys the kit reads inside a setting's group, e.g. {@code allow} of {@code acronyms:}. */
    private static final Map<String, List<String>> INNER_KEYS = Map.of("acronyms", List.of("allow"), "submission", List.of("max-mb"));

    /**
     * Names that stand in for the candidate's own: what {@code init} writes when no name is given and
     * its obvious variants, compared in lower case with punctuation as spaces.
     */
    private static final List<String> PLACEHOLDER_NAMES = List.of("your name", "yourname", "your full name", "your name here",
            "name", "full name", "name here", "candidate", "candidate name", "first name last name", "firstname lastname",
            "first last", "first name surname", "firstname surname", "forename surname", "name surname", "my name", "insert name",
            "insert your name", "todo", "tbc", "tbd");

    private final String candidate;
    private final String pathwayId;
    private final LocalDate target;
    private final Map<String, String> glossary;
    private final List<String> allowedAcronyms;
    private final Map<String, String> severities;
    private final YamlMap raw;
    private final List<Problem> unknownKeys;

    private Settings(String candidate, String pathwayId, LocalDate target, Map<String, String> glossary,
                     List<String> allowedAcronyms, Map<String, String> severities, YamlMap raw, List<Problem> unknownKeys) {
        this.candidate = candidate;
        this.pathwayId = pathwayId;
        this.target = target;
        this.glossary = Collections.unmodifiableMap(glossary);
        this.allowedAcronyms = List.copyOf(allowedAcronyms);
        this.severities = Collections.unmodifiableMap(severities);
        this.raw = raw;
        this.unknownKeys = List.copyOf(unknownKeys);
    }

    /** The candidate's name, or null when none is given or it is a placeholder such as "Your Name". */
    public String candidate() { return candidate; }
    /** The pathway id as written, or "cmalt" when none (or an unknown one) was given. */
    public String pathwayId() { return pathwayId; }
    /** The planned submission date, or null. */
    public LocalDate target() { return target; }
    public Map<String, String> glossary() { return glossary; }
    public List<String> allowedAcronyms() { return allowedAcronyms; }
    /** Rule id to severity ({@code error}, {@code warning}, {@code info}, {@code off}) chosen by the candidate. */
    public Map<String, String> severities() { return severities; }
    /** Every key of the file, for features that read their own settings. */
    public YamlMap raw() { return raw; }
    /**
     * Keys the kit does not read, at the top level and inside {@code acronyms:} and {@code submission:}, each located with a
     * "did you mean" where a known key is close: a misspelt setting is otherwise silently ignored.
     * (Keys under {@code rules:} are rule ids, which the checker knows.)
     */
    public List<Problem> unknownKeys() { return unknownKeys; }

    /** Whether {@code name} stands in for a name rather than being one ("Your Name", "[your name]", "First Last"…). */
    public static boolean isPlaceholderName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.isEmpty() || PLACEHOLDER_NAMES.contains(n);
    }

    /** "did you mean …?" for {@code key} among {@code known}, or the list of known keys. */
    public static String unknownKeyMessage(String key, String where, List<String> known) {
        return Spelling.closest(key, known)
                .map(k -> "\"" + key + "\" is not a " + where + " the kit knows, so it is ignored: did you mean \"" + k + "\"?")
                .orElse("\"" + key + "\" is not a " + where + " the kit knows, so it is ignored; the kit reads "
                        + String.join(", ", known));
    }

    /**
     * Where the site is published ({@code url:}), ending in "/", or null when not given or not an
     * absolute http(s) address: the PDF then links to evidence on the site instead of carrying it.
     */
    public String url() {
        return raw.get("url").map(e -> siteUrl(e.value())).orElse(null);
    }

    /** {@code workspace: publish}: the published site carries the plan, progress and self-assessment too (local by default). */
    public boolean publishesWorkspace() {
        return raw.get("workspace").map(e -> "publish".equals(String.valueOf(e.value()).strip())).orElse(false);
    }

    private static String siteUrl(Object value) {
        if (!(value instanceof String s) || s.isBlank()) return null;
        try {
            java.net.URI u = new java.net.URI(s.strip());
            if (!u.isAbsolute() || u.getHost() == null || u.getRawQuery() != null || u.getRawFragment() != null) return null;
            if (!"https".equalsIgnoreCase(u.getScheme()) && !"http".equalsIgnoreCase(u.getScheme())) return null;
            String text = u.toString();
            return text.endsWith("/") ? text : text + "/";
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Reads the text of {@code portfolio.yml}; what is wrong goes to {@code problems}. */
    public static Settings parse(String text, List<Problem> problems) {
        YamlMap yaml = YamlMap.parse(text, FILE, 1, problems);
        String candidate = null;
        var c = yaml.get("candidate");
        if (c.isPresent()) {
            if (c.get().value() instanceof String s && !s.isBlank() && isPlaceholderName(s)) {
                problems.add(at(c.get(), "\"" + s.strip() + "\" stands in for your name, and the site would show it as the portfolio's "
                        + "author: write your own name, e.g. candidate: Alex Example"));
            } else if (c.get().value() instanceof String s && !s.isBlank()) {
                candidate = s.strip();
            } else {
                problems.add(at(c.get(), "\"candidate\" should be your name, e.g. candidate: Alex Example"));
            }
        }
        String pathway = "cmalt";
        var p = yaml.get("pathway");
        if (p.isEmpty() && yaml.broken() && PATHWAY_LINE.matcher(text).find()) {
            // The pathway is on the line whose mistake was just reported: one problem, not two.
        } else if (p.isEmpty()) {
            problems.add(Problem.at(FILE, 1, 1, "no pathway is chosen: add a line \"pathway: cmalt\" (or associate, or senior)"));
        } else if (p.get().value() instanceof String s && Pathways.IDS.contains(s.strip().toLowerCase())) {
            pathway = s.strip().toLowerCase();
        } else {
            problems.add(at(p.get(), "unknown pathway \"" + p.get().value() + "\": write one of "
                    + String.join(", ", Pathways.IDS) + " (the CMALT pathway is used until then)"));
        }
        LocalDate target = null;
        var t = yaml.get("target");
        if (t.isPresent() && t.get().value() != null) {
            try {
                target = LocalDate.parse(String.valueOf(t.get().value()).strip());
            } catch (DateTimeParseException e) {
                problems.add(at(t.get(), "\"target\" should be a date written year-month-day, e.g. target: 2027-05-31"));
            }
        }
        Map<String, String> glossary = new LinkedHashMap<>();
        var g = yaml.get("glossary");
        if (g.isPresent() && g.get().value() != null) {
            if (g.get().value() instanceof Map<?, ?> m) {
                for (var e : m.entrySet()) {
                    if (e.getValue() instanceof String v && !v.isBlank()) glossary.put(String.valueOf(e.getKey()).strip(), v.strip());
                    else problems.add(at(g.get(), "the glossary entry \"" + e.getKey() + "\" needs its words, e.g. VLE: virtual learning environment"));
                }
            } else {
                problems.add(at(g.get(), "\"glossary\" should list acronyms, one per line, e.g.\n  VLE: virtual learning environment"));
            }
        }
        List<String> allowed = new ArrayList<>(DEFAULT_ALLOWED);
        var a = yaml.get("acronyms");
        if (a.isPresent() && a.get().value() != null) {
            if (a.get().value() instanceof Map<?, ?> m && (m.get("allow") == null || m.get("allow") instanceof List<?>)) {
                if (m.get("allow") instanceof List<?> l) {
                    allowed.clear();
                    for (Object o : l) if (o != null) allowed.add(o.toString().strip());
                }
            } else {
                problems.add(at(a.get(), "\"acronyms\" should hold a list, e.g. acronyms:\n  allow: [CMALT, ALT]"));
            }
        }
        Map<String, String> severities = new LinkedHashMap<>();
        var r = yaml.get("rules");
        if (r.isPresent() && r.get().value() != null) {
            if (r.get().value() instanceof Map<?, ?> m) {
                for (var e : m.entrySet()) {
                    String sev = String.valueOf(e.getValue()).strip().toLowerCase();
                    if (List.of("error", "warning", "info", "off").contains(sev)) severities.put(String.valueOf(e.getKey()), sev);
                    else problems.add(at(r.get(), "the severity of rule \"" + e.getKey() + "\" should be error, warning, info or off"));
                }
            } else {
                problems.add(at(r.get(), "\"rules\" should map rule ids to severities, e.g. rules:\n  no-date: off"));
            }
        }
        var u = yaml.get("url");
        if (u.isPresent() && u.get().value() != null && siteUrl(u.get().value()) == null) {
            problems.add(at(u.get(), "\"url\" should be the full address where your site is published, e.g. "
                    + "url: https://your-name.github.io/your-repository/"));
        }
        var w = yaml.get("workspace");
        if (w.isPresent() && !List.of("publish", "local").contains(String.valueOf(w.get().value()).strip())) {
            problems.add(at(w.get(), "\"workspace\" should be publish (your plan and progress go on the published site too) or local (the default: they stay on your computer)"));
        }
        List<Problem> unknown = new ArrayList<>();
        for (YamlMap.Entry e : yaml.entries().values()) {
            if (!KEYS.contains(e.key())) unknown.add(Problem.at(FILE, e.line(), e.column(), unknownKeyMessage(e.key(), "setting", KEYS)));
        }
        INNER_KEYS.forEach((outer, known) -> {
            for (YamlMap.Key k : yaml.keysUnder(outer)) {
                if (!known.contains(k.name())) {
                    unknown.add(Problem.at(FILE, k.line(), k.column(), unknownKeyMessage(k.name(), "setting of " + outer, known)));
                }
            }
        });
        unknown.sort(java.util.Comparator.comparing(Problem::line));
        return new Settings(candidate, pathway, target, glossary, allowed, severities, yaml, unknown);
    }

    private static final java.util.regex.Pattern PATHWAY_LINE = java.util.regex.Pattern.compile("(?m)^\\s*pathway\\s*:");

    private static Problem at(YamlMap.Entry e, String message) {
        return Problem.at(FILE, e.valueLine(), e.valueColumn(), message);
    }
}
