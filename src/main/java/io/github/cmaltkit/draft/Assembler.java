package io.github.cmaltkit.draft;

import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Principle;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts a draft's blocks into pages: a section where a heading names one, an extra page for the rest. */
final class Assembler {

    /** Where one heading of the draft went, for the report. */
    record Placement(Draft.Heading heading, Page page, String as) {
    }

    static final String FALLBACK_TITLE = "Imported draft";
    private static final Pattern PRINCIPLES_LINE = Pattern.compile("(?i)^\\**(?:core\\s+)?principles?(?:\\s+shown)?\\**\\s*[:–—-]\\s*\\**\\s*(.+)$");

    final List<Page> pages = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    /** Words of "Principles: …" lines that went into front matter instead of the text. */
    long wordsInFrontMatter;
    boolean matchedNone;
    private final Map<Draft.Heading, Page> pageOfHeading = new IdentityHashMap<>();
    private final Map<Draft.Heading, String> partOfHeading = new IdentityHashMap<>();

    private final SectionMatcher matcher;
    private final Pathway pathway;
    private final Set<String> used = new HashSet<>();

    Assembler(Pathway pathway) {
        this.pathway = pathway;
        this.matcher = new SectionMatcher(pathway);
    }

    SectionMatcher matcher() {
        return matcher;
    }

    void assemble(Draft draft) {
        Page current = null;
        Pathway.Group context = null;
        for (int i = 0; i < draft.blocks.size(); i++) {
            Draft.Block b = draft.blocks.get(i);
            if (b instanceof Draft.Heading h) {
                String declared = h.fields().get("section") instanceof String s ? s : null;
                SectionMatcher.Match m = declared != null && pathway.spec(declared).isPresent() && !used.contains(declared)
                        ? new SectionMatcher.Match(SectionMatcher.Kind.SECTION, declared, pathway.groupOf(declared).orElse(null), null)
                        : matcher.match(h.text(), context);
                if (m != null && m.kind() == SectionMatcher.Kind.REPEAT && m.rest().isEmpty() && headsGroup(draft, i, h, m.group())) {
                    m = new SectionMatcher.Match(SectionMatcher.Kind.GROUP, null, m.group(), "");
                }
                String part = Parts.of(h.text());
                if (current != null && current.isSection() && part != null && (m == null || m.kind() != SectionMatcher.Kind.SECTION)) {
                    current.blocks.add("## " + part);
                    placements.add(new Placement(h, current, "## " + part));
                    pageOfHeading.put(h, current);
                    partOfHeading.put(h, part.toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
                String id = m == null ? null : switch (m.kind()) {
                    case SECTION -> used.contains(m.id()) ? null : m.id();
                    case REPEAT -> nextFree(m.group().repeat());
                    case GROUP -> null;
                };
                if (m != null) context = m.group();
                if (id != null) {
                    used.add(id);
                    current = section(id, m, h);
                    pages.add(current);
                    placements.add(new Placement(h, current, null));
                } else if (current != null && h.level() > current.level && (m == null || m.kind() != SectionMatcher.Kind.GROUP)) {
                    String hashes = "#".repeat(Math.max(2, Math.min(6, h.level() - current.level + 1)));
                    current.blocks.add(hashes + " " + MarkdownText.escape(h.text(), true));
                    placements.add(new Placement(h, current, hashes + " " + h.text()));
                } else {
                    current = new Page(null, h.text(), h.level());
                    pages.add(current);
                    placements.add(new Placement(h, current, m != null && m.kind() == SectionMatcher.Kind.GROUP ? "group" : null));
                }
                pageOfHeading.put(h, current);
            } else if (b instanceof Draft.Body body) {
                if (current == null) {
                    current = new Page(null, draft.meta.getOrDefault("title", "Title page"), 0);
                    pages.add(current);
                }
                if (current.isSection() && !current.fields.containsKey("principles") && principles(current, body.markdown())) {
                    continue;
                }
                current.blocks.add(body.markdown());
            }
        }
        if (used.isEmpty()) fallBack(draft);
    }

    /**
     * Whether a heading that names a repeat with no words of its own ("Core area 3: The wider context")
     * heads the group: the next heading is below it and names one of the group's sections.
     */
    private boolean headsGroup(Draft draft, int at, Draft.Heading h, Pathway.Group group) {
        for (int j = at + 1; j < draft.blocks.size(); j++) {
            if (draft.blocks.get(j) instanceof Draft.Heading next) {
                if (next.level() <= h.level()) return false;
                SectionMatcher.Match m = matcher.match(next.text(), group);
                return m != null && m.group() == group && m.kind() != SectionMatcher.Kind.GROUP;
            }
        }
        return false;
    }

    /** No heading named a section: the whole draft, headings kept, on one page. */
    private void fallBack(Draft draft) {
        matchedNone = true;
        pages.clear();
        placements.clear();
        pageOfHeading.clear();
        Page all = new Page(null, FALLBACK_TITLE, 0);
        pages.add(all);
        int top = 6;
        for (Draft.Block b : draft.blocks) if (b instanceof Draft.Heading h) top = Math.min(top, h.level());
        for (Draft.Block b : draft.blocks) {
            if (b instanceof Draft.Heading h) {
                String hashes = "#".repeat(Math.max(2, Math.min(6, h.level() - top + 2)));
                all.blocks.add(hashes + " " + MarkdownText.escape(h.text(), true));
                placements.add(new Placement(h, all, hashes + " " + h.text()));
                pageOfHeading.put(h, all);
            } else {
                all.blocks.add(((Draft.Body) b).markdown());
            }
        }
    }

    private Page section(String id, SectionMatcher.Match m, Draft.Heading h) {
        SectionSpec spec = pathway.spec(id).orElseThrow();
        String own = m.rest() == null || m.rest().isBlank() ? spec.title() : m.rest();
        if (h.fields().get("title") instanceof String t && !t.isBlank()) own = t;
        Page p = new Page(id, own, h.level());
        for (String k : List.of("status", "principles", "topic", "kind", "tags")) {
            if (h.fields().containsKey(k)) p.fields.put(k, h.fields().get(k));
        }
        Pathway.Group g = pathway.groupOf(id).orElse(null);
        if (g != null && g.repeat() != null && g.repeat().kinds().size() > 0 && !p.fields.containsKey("kind")) {
            // a repeat with counted kinds is core area 3: the heading names the law, policy or standard
            Topics.Topic t = Topics.of(h.text());
            if (t != null) {
                if (t.name() != null) p.fields.put("topic", t.name());
                p.fields.put("kind", t.kind());
            }
        }
        return p;
    }

    private String nextFree(Pathway.Repeat r) {
        for (int n = 1; n <= 26; n++) if (!used.contains(r.idOf(n))) return r.idOf(n);
        return null;
    }

    /** A "Principles: exploring, up to date" line at a section's start becomes its front matter. */
    private boolean principles(Page page, String markdown) {
        if (markdown.contains("\n")) return false;
        Matcher m = PRINCIPLES_LINE.matcher(markdown.strip());
        if (!m.matches()) return false;
        List<String> ids = new ArrayList<>();
        for (String item : m.group(1).split("[,;]|\\band\\b")) {
            List<String> words = SectionMatcher.tokens(item);
            if (words.isEmpty()) continue;
            Principle found = null;
            for (Principle p : Principle.all()) {
                List<String> id = SectionMatcher.tokens(p.id());
                List<String> label = SectionMatcher.tokens(p.label());
                if (words.equals(id) || words.equals(label) || (words.size() >= 2 && label.subList(0, Math.min(label.size(), words.size())).equals(words))) {
                    found = p;
                }
            }
            if (found == null) return false;
            if (!ids.contains(found.id())) ids.add(found.id());
        }
        if (ids.isEmpty()) return false;
        page.fields.put("principles", ids);
        wordsInFrontMatter += Counts.words(MarkdownText.plain(markdown));
        return true;
    }

    Page pageOf(Draft.Heading h) {
        return pageOfHeading.get(h);
    }

    /** The part ("description") a heading became, or null. */
    String partOf(Draft.Heading h) {
        return partOfHeading.get(h);
    }

    /** The sections the pathway requires that no heading of the draft named. */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        for (String id : pathway.requiredIds()) if (!used.contains(id)) out.add(id);
        return out;
    }

    Map<String, String> glossary() {
        Map<String, String> g = new LinkedHashMap<>();
        for (Page p : pages) {
            if (p.isSection() || !Glossary.isGlossaryTitle(p.title)) continue;
            for (String block : p.blocks) g.putAll(Glossary.entries(block));
        }
        return g;
    }
}
