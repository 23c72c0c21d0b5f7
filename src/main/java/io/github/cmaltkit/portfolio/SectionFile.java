package io.github.cmaltkit.portfolio;

import io.github.cmaltkit.markdown.ParsedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file of a portfolio's {@code content/} folder: a section of the pathway (it has a
 * {@code section}) or an extra page (a {@code title} and no {@code section}).
 */
public final class SectionFile {

    public static final List<String> STATUSES = List.of("not-started", "draft", "reviewed", "final");
    public static final List<String> PRINCIPLES = Principle.all().stream().map(Principle::id).toList();
    public static final List<String> KINDS = List.of("legislation", "policy", "standard");
    /** Every front-matter key the kit reads (see docs/portfolio-format.md); any other is reported as unknown. */
    public static final List<String> KEYS = List.of("section", "title", "status", "principles", "topic", "kind", "rating", "revisions", "tags");

    private final String path;
    private final String text;
    private final FrontMatter frontMatter;
    private final String sectionId;
    private final String title;
    private final String status;
    private final List<String> principles;
    private final String topic;
    private final String kind;
    private final List<Problem> problems;
    private final List<Problem> unknownKeys;
    /** The body parsed, when first asked for; guarded by this. */
    private ParsedBody parsed;

    private SectionFile(String path, String text, FrontMatter frontMatter, String sectionId, String title, String status,
                        List<String> principles, String topic, String kind, List<Problem> problems, List<Problem> unknownKeys) {
        this.path = path;
        this.text = text;
        this.frontMatter = frontMatter;
        this.sectionId = sectionId;
        this.title = title;
        this.status = status;
        this.principles = List.copyOf(principles);
        this.topic = topic;
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.unknownKeys = List.copyOf(unknownKeys);
    }

    /** Path relative to the portfolio folder, with {@code /}, e.g. {@code content/core-1a.md}. */
    public String path() { return path; }
    /** The whole text (null when the file could not be read as text). */
    public String text() { return text; }
    public FrontMatter frontMatter() { return frontMatter; }
    /** The contract section id, or null for an extra page or an unreadable file. */
    public String sectionId() { return sectionId; }
    /** The candidate's own heading, or null. */
    public String title() { return title; }
    /** not-started | draft | reviewed | final, or null when not given. */
    public String status() { return status; }
    public List<String> principles() { return principles; }
    public String topic() { return topic; }
    public String kind() { return kind; }
    /** What is wrong with the file's front matter or encoding, located. */
    public List<Problem> problems() { return problems; }

    /** Front-matter keys the kit does not read, each located, with a "did you mean" where a known key is close. */
    public List<Problem> unknownKeys() { return unknownKeys; }

    public boolean readable() { return text != null; }

    /**
     * Whether a level-1 or level-2 heading {@code heading} (case-insensitive, as a part's is read) stands
     * inside a front matter that could not be read: one that never ends, or whose YAML is broken because
     * its closing {@code ---} is missing and the settings ran on into the text up to a later {@code ---}.
     * That heading is then missing from the body because of the front matter alone: its finding says so,
     * and no rule reports the part as missing too.
     */
    public boolean frontMatterSwallowed(String heading) {
        if (text == null || frontMatter == null || !frontMatter.present() || frontMatter.closed() && !frontMatter.values().broken()) return false;
        String[] lines = text.split("\n", -1);
        // Lines 2 to the closing line (or the end): the block that was read as settings.
        int end = frontMatter.closed() ? Math.min(lines.length, frontMatter.bodyLine() - 2) : lines.length;
        Pattern line = Pattern.compile("#{1,2}[ \\t]+" + Pattern.quote(heading) + "[ \\t]*[:.]*[ \\t]*#*[ \\t]*", Pattern.CASE_INSENSITIVE);
        for (int i = 1; i < end; i++) if (line.matcher(lines[i].strip()).matches()) return true;
        return false;
    }

    /**
     * Whether the candidate has written anything here: the parsed body is not {@linkplain ParsedBody#blank
     * blank} (it holds more than headings, link definitions and HTML comments, the prompts {@code cmalt
     * init} writes). A file that is not written yet is shown and counted as a section still to write,
     * like a missing one. Every part of the kit asks here, and the checker's page reads the same parse.
     */
    public boolean written() {
        // A front matter that never ends swallowed the file: what the candidate wrote is not known, so it is not called unwritten.
        return text != null && (frontMatter == null || !frontMatter.closed() || !parsed().blank());
    }

    /**
     * The body parsed as Markdown, once per file read, when first asked for: whoever asks first (the
     * checker's page, the site's page, {@link #written}) parses it, and everyone after reads the same
     * tree. Safe to call from several threads.
     */
    public synchronized ParsedBody parsed() {
        if (parsed == null) parsed = ParsedBody.parse(body());
        return parsed;
    }
    public boolean isSection() { return sectionId != null; }
    public boolean isExtraPage() { return sectionId == null && title != null && readable(); }
    public String body() { return frontMatter == null ? "" : frontMatter.body(); }
    public int bodyLine() { return frontMatter == null ? 1 : frontMatter.bodyLine(); }

    /** The file's name without folders and extension, e.g. {@code 02-core-1a}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Optional<YamlMap.Entry> entry(String key) {
        return frontMatter == null ? Optional.empty() : frontMatter.values().get(key);
    }

    /** A file that could not be decoded as text. */
    public static SectionFile unreadable(String path, String why, Integer line) {
        return new SectionFile(path, null, null, null, null, null, List.of(), null, null,
                List.of(new Problem(path, line, line == null ? null : 1, why)), List.of());
    }

    /** Reads a decoded file; {@code pathway} decides which section ids are known. */
    public static SectionFile read(String path, String text, Pathway pathway) {
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.split(text, path, problems);
        if (!fm.present()) {
            problems.add(Problem.at(path, 1, 1, "the file has no front matter. Start it with three lines such as\n"
                    + "---\nsection: core-1a\n---\n(or \"title: My appendix\" instead of section, for an extra page)"));
        }
        YamlMap v = fm.values();
        if (!v.has("section") && (v.broken() || !fm.closed())) {
            // The front matter could not be read: its section line, read by hand, still says which section the file is,
            // so that the file is reported for its own mistake and not also as a missing section.
            v = sectionByHand(text).map(v::with).orElse(v);
        }
        String section = string(v, "section", path, problems, "a section id such as core-1a");
        String title = string(v, "title", path, problems, "your heading for this page");
        String status = string(v, "status", path, problems, "one of " + String.join(", ", STATUSES));
        String topic = string(v, "topic", path, problems, "the named law, policy or standard, e.g. UK GDPR");
        String kind = string(v, "kind", path, problems, "one of " + String.join(", ", KINDS));

        SectionIds ids = Pathways.sectionIds();
        if (section != null) {
            YamlMap.Entry e = v.get("section").orElseThrow();
            String id = section.strip().toLowerCase();
            if (!ids.known(id)) {
                problems.add(Problem.at(path, e.valueLine(), e.valueColumn(), "unknown section id \"" + section + "\". Use one of: "
                        + ids.listing()));
                section = null;
            } else if (pathway.spec(id).isEmpty()) {
                problems.add(Problem.at(path, e.valueLine(), e.valueColumn(), "\"" + id + "\" is not a section of the "
                        + pathway.name() + " pathway" + ids.elsewhere(id).map(hint -> " (" + hint + ")").orElse("")));
                section = id;
            } else {
                section = id;
            }
        }
        if (section == null && title == null && fm.present() && problems.isEmpty()) {
            problems.add(Problem.at(path, 2, 1, "the front matter needs \"section: <id>\" (for a section of your pathway) "
                    + "or \"title: <heading>\" (for an extra page such as an appendix)"));
        }
        if (status != null && !STATUSES.contains(status)) {
            YamlMap.Entry e = v.get("status").orElseThrow();
            problems.add(Problem.at(path, e.valueLine(), e.valueColumn(), "unknown status \"" + status + "\": use one of " + String.join(", ", STATUSES)));
            status = null;
        }
        if (kind != null && !KINDS.contains(kind)) {
            YamlMap.Entry e = v.get("kind").orElseThrow();
            problems.add(Problem.at(path, e.valueLine(), e.valueColumn(), "unknown kind \"" + kind + "\": use one of " + String.join(", ", KINDS)));
            kind = null;
        }
        if ((kind != null || topic != null) && section != null && !ids.namesTopic(section)) {
            YamlMap.Entry e = v.get(kind != null ? "kind" : "topic").orElseThrow();
            problems.add(Problem.at(path, e.line(), e.column(), "\"topic\" and \"kind\" belong to " + ids.topicSections() + ", not to " + section));
        }
        if (kind != null && topic == null && section != null && ids.namesTopic(section)) {
            // The kind counts for the pathway, but the assessors need the topic named (and the site shows it).
            YamlMap.Entry e = v.get("kind").orElseThrow();
            problems.add(Problem.at(path, e.line(), e.column(), "\"kind: " + kind + "\" says what sort of topic this is, but no "
                    + "\"topic:\" names it: add a line such as \"topic: Equality Act 2010\" naming the law, policy or standard"));
        }
        List<String> principles = new ArrayList<>();
        v.get("principles").ifPresent(e -> {
            Object val = e.value();
            List<?> items = val instanceof List<?> l ? l : val == null ? List.of() : List.of(val);
            for (Object o : items) {
                String p = o == null ? "" : o.toString().strip().toLowerCase();
                if (PRINCIPLES.contains(p)) {
                    if (!principles.contains(p)) principles.add(p);
                } else {
                    problems.add(Problem.at(path, e.valueLine(), e.valueColumn(), "unknown principle \"" + o + "\": use "
                            + String.join(", ", PRINCIPLES) + ", e.g. principles: [exploring, empathy]"));
                }
            }
        });
        List<Problem> unknown = new ArrayList<>();
        for (YamlMap.Entry e : v.entries().values()) {
            if (!KEYS.contains(e.key())) {
                unknown.add(Problem.at(path, e.line(), e.column(), Settings.unknownKeyMessage(e.key(), "front-matter setting", KEYS)));
            }
        }
        FrontMatter read = v == fm.values() ? fm : new FrontMatter(fm.present(), v, fm.body(), fm.bodyLine(), fm.closed());
        return new SectionFile(path, text, read, section, title, status, principles, topic, kind, problems, unknown);
    }

    private static final Pattern SECTION_LINE = Pattern.compile("(?m)^section[ \\t]*:[ \\t]*([\"']?)([A-Za-z0-9-]+)\\1[ \\t]*(?:#.*)?$");

    /** The {@code section:} line of a front matter the parser could not read, as an entry at its place. */
    private static Optional<YamlMap.Entry> sectionByHand(String text) {
        int end = text.indexOf("\n---", 3);
        Matcher m = SECTION_LINE.matcher(end < 0 ? text : text.substring(0, end + 1));
        if (!m.find()) return Optional.empty();
        int line = 1;
        for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
        return Optional.of(new YamlMap.Entry("section", m.group(2), line, 1, line, m.start(2) - m.start() + 1));
    }

    private static String string(YamlMap v, String key, String path, List<Problem> problems, String expected) {
        Optional<YamlMap.Entry> e = v.get(key);
        if (e.isEmpty() || e.get().value() == null) return null;
        if (e.get().value() instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        problems.add(Problem.at(path, e.get().valueLine(), e.get().valueColumn(), "\"" + key + "\" should be a single value: "
                + expected + (e.get().value() instanceof List<?> ? " (not a list)" : " (not a group of settings)")));
        return null;
    }
}
