package io.github.cmaltkit.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A CMALT pathway read from its data file ({@code pathways/ID.yml}): the groups and sections it asks
 * for, in official order, and its counted requirements.
 */
public final class Pathway {

    /** A heading of the assessment form, with either fixed sections or a numbered repeat. */
    public record Group(String title, String guidance, List<SectionSpec> sections, Repeat repeat) {
    }

    /**
     * Sections that may be repeated: {@code core-3a, core-3b, …} or {@code specialist-1, …}.
     *
     * @param prefix    id prefix, e.g. {@code core-3} or {@code specialist-}
     * @param letters   true for a, b, c…; false for 1, 2, 3…
     * @param min       how many the pathway requires
     * @param titles    official titles of the first slots
     * @param title     title of any further slot
     * @param kinds     counted requirements on the {@code kind} of these sections
     * @param topics    whether each of these sections names its topic ({@code topic:} and {@code kind:}
     *                  in its front matter), as core area 3's do
     * @param wording   how the kit's messages speak of these sections
     */
    public record Repeat(String prefix, boolean letters, int min, List<String> titles, String title,
                         List<KindRequirement> kinds, boolean topics, Wording wording) {

        /** The id of the n-th slot, counting from 1. */
        public String idOf(int n) {
            return prefix + (letters ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n));
        }

        /** The slot number of an id of this repeat, or 0 when it is not one. */
        public int numberOf(String id) {
            if (id == null || !id.startsWith(prefix)) return 0;
            String rest = id.substring(prefix.length());
            if (letters) {
                return rest.length() == 1 && rest.charAt(0) >= 'a' && rest.charAt(0) <= 'z' ? rest.charAt(0) - 'a' + 1 : 0;
            }
            return isNumber(rest) ? Integer.parseInt(rest) : 0;
        }

        /** Whether {@code s} is 1 to 999 written plainly (no sign, no leading zero): "[1-9][0-9]{0,2}". */
        private static boolean isNumber(String s) {
            if (s.isEmpty() || s.length() > 3 || s.charAt(0) < '1' || s.charAt(0) > '9') return false;
            for (int i = 1; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
            return true;
        }

        public String titleOf(int n) {
            return n <= titles.size() ? titles.get(n - 1) : title;
        }
    }

    /**
     * How the kit's messages speak of a repeat's sections, from its pathway file; null where the file
     * says nothing. Every pathway file with the same repeat says the same (the kit refuses to start
     * otherwise): the messages list the ids of all pathways at once.
     *
     * @param listed       the repeat in the list of every section id ({@code core-3a, core-3b (core-3c…
     *                     for more topics)}); else its first id and "…"
     * @param called       the sections where a message names them ({@code core area 3 sections
     *                     (core-3a, core-3b…)}); else their first two ids and "…"
     * @param whenRepeated the hint after "each section id may be used once"; else none
     * @param elsewhere    the hint for a portfolio of another pathway that writes one of these sections;
     *                     else none
     */
    public record Wording(String listed, String called, String whenRepeated, String elsewhere) {
        // Written out: a record's generated equals links itself on first use, a cost paid on every check's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Wording w && Objects.equals(listed, w.listed) && Objects.equals(called, w.called)
                    && Objects.equals(whenRepeated, w.whenRepeated) && Objects.equals(elsewhere, w.elsewhere);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listed, called, whenRepeated, elsewhere);
        }
    }

    /** At least {@code min} sections of a repeat must have one of {@code kinds}. */
    public record KindRequirement(List<String> kinds, int min, String explain) {
    }

    private final String id;
    private final String name;
    private final String longName;
    private final boolean provisional;
    private final String provisionalNote;
    private final String source;
    private final List<Group> groups;

    Pathway(String id, String name, String longName, boolean provisional, String provisionalNote, String source,
            List<Group> groups) {
        this.id = id;
        this.name = name;
        this.longName = longName;
        this.provisional = provisional;
        this.provisionalNote = provisionalNote;
        this.source = source;
        this.groups = List.copyOf(groups);
    }

    public String id() { return id; }
    public String name() { return name; }
    public String longName() { return longName; }
    public boolean provisional() { return provisional; }
    public String provisionalNote() { return provisionalNote; }
    public String source() { return source; }
    public List<Group> groups() { return groups; }

    /** Whether {@code sectionId} is a section id of any of the kit's pathways (see {@link SectionIds}). */
    public static boolean isContractId(String sectionId) {
        return Pathways.sectionIds().known(sectionId);
    }

    /** The ids this pathway requires, in official order. */
    public List<String> requiredIds() {
        List<String> ids = new ArrayList<>();
        for (Group g : groups) {
            for (SectionSpec s : g.sections()) if (s.required()) ids.add(s.id());
            if (g.repeat() != null) for (int n = 1; n <= g.repeat().min(); n++) ids.add(g.repeat().idOf(n));
        }
        return ids;
    }

    /** The group a section id belongs to in this pathway. */
    public Optional<Group> groupOf(String sectionId) {
        for (Group g : groups) {
            for (SectionSpec s : g.sections()) if (s.id().equals(sectionId)) return Optional.of(g);
            if (g.repeat() != null && g.repeat().numberOf(sectionId) > 0) return Optional.of(g);
        }
        return Optional.empty();
    }

    /** What this pathway says of a section id; empty when the id is not part of this pathway. */
    public Optional<SectionSpec> spec(String sectionId) {
        for (Group g : groups) {
            for (SectionSpec s : g.sections()) if (s.id().equals(sectionId)) return Optional.of(s);
            Repeat r = g.repeat();
            if (r != null) {
                int n = r.numberOf(sectionId);
                if (n > 0) return Optional.of(new SectionSpec(sectionId, r.titleOf(n), g.title(), true, n <= r.min(), 0, 0));
            }
        }
        return Optional.empty();
    }

    /**
     * The slots the site and the readiness report show, in official order: every required section,
     * plus each written optional one (e.g. {@code core-3c}, {@code specialist-2}).
     */
    public List<SectionSpec> slots(Collection<String> writtenIds) {
        List<SectionSpec> out = new ArrayList<>();
        for (Group g : groups) {
            out.addAll(g.sections());
            Repeat r = g.repeat();
            if (r != null) {
                int last = r.min();
                for (String w : writtenIds) last = Math.max(last, r.numberOf(w));
                for (int n = 1; n <= last; n++) {
                    String sid = r.idOf(n);
                    if (n <= r.min() || writtenIds.contains(sid)) out.add(spec(sid).orElseThrow());
                }
            }
        }
        return out;
    }

    /** Every id in {@link #slots}, for a quick membership test. */
    public Set<String> slotIds(Collection<String> writtenIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (SectionSpec s : slots(writtenIds)) ids.add(s.id());
        return ids;
    }

    /**
     * Each slot's position in official order (for sorting): one walk of the slots for every file of a
     * portfolio, where asking slot by slot would walk them once a file.
     */
    public Map<String, Integer> order(Collection<String> writtenIds) {
        Map<String, Integer> order = new HashMap<>();
        for (SectionSpec s : slots(writtenIds)) order.putIfAbsent(s.id(), order.size());
        return order;
    }

    @Override
    public String toString() {
        return id;
    }
}
