package io.github.cmaltkit.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The section ids of every pathway the kit knows, merged in official order: which ids a front matter
 * may name at all, how a message lists them, and what messages say of a repeat's sections. Made from
 * the pathway files alone, so that a new section id or repeat is written there and nowhere else.
 */
final class SectionIds {

    /**
     * A fixed section ({@code repeat} null) or a repeat ({@code id} its prefix), once for all pathways,
     * as the first pathway that has it ({@code from}) describes it.
     */
    private record Entry(String id, Pathway.Repeat repeat, String from) {

        boolean matches(String sectionId) {
            return repeat == null ? id.equals(sectionId) : repeat.numberOf(sectionId) > 0;
        }

        /** How the list of every section id shows this entry. */
        String listed() {
            if (repeat == null) return id;
            return repeat.wording().listed() != null ? repeat.wording().listed() : repeat.idOf(1) + "…";
        }

        /** How a message names a repeat's sections. */
        String called() {
            String called = repeat.wording().called();
            return called != null ? called : "the sections " + repeat.idOf(1) + ", " + repeat.idOf(2) + "…";
        }
    }

    private final List<Entry> entries;

    private SectionIds(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Merges the sections of {@code pathways}: each keeps its place after the one it follows in the first
     * pathway that has it (core-1c after core-1b, advanced areas after the specialist options).
     *
     * @throws IllegalStateException when two pathway files describe the same repeat differently
     */
    static SectionIds of(List<Pathway> pathways) {
        List<Entry> merged = new ArrayList<>();
        for (Pathway p : pathways) {
            int previous = -1;
            for (Entry e : entries(p)) {
                int at = indexOf(merged, e.id());
                if (at < 0) {
                    at = previous + 1;
                    merged.add(at, e);
                } else if (e.repeat() != null && !sameWords(merged.get(at).repeat(), e.repeat())) {
                    throw new IllegalStateException("the pathway files " + merged.get(at).from() + ".yml and " + p.id()
                            + ".yml describe the sections " + e.id() + "… differently: give the same numbering, topics and wording in each");
                }
                previous = at;
            }
        }
        return new SectionIds(merged);
    }

    private static List<Entry> entries(Pathway p) {
        List<Entry> out = new ArrayList<>();
        for (Pathway.Group g : p.groups()) {
            for (SectionSpec s : g.sections()) out.add(new Entry(s.id(), null, p.id()));
            if (g.repeat() != null) out.add(new Entry(g.repeat().prefix(), g.repeat(), p.id()));
        }
        return out;
    }

    private static int indexOf(List<Entry> entries, String id) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).id().equals(id)) return i;
        return -1;
    }

    /** What the messages and the front matter read of a repeat (its count and titles may differ by pathway). */
    private static boolean sameWords(Pathway.Repeat a, Pathway.Repeat b) {
        return a != null && a.letters() == b.letters() && a.topics() == b.topics() && Objects.equals(a.wording(), b.wording());
    }

    private Optional<Entry> entryOf(String sectionId) {
        for (Entry e : entries) if (e.matches(sectionId)) return Optional.of(e);
        return Optional.empty();
    }

    /** Whether {@code sectionId} is a section of any pathway. */
    boolean known(String sectionId) {
        return sectionId != null && entryOf(sectionId).isPresent();
    }

    /** Every section id, as a message lists them: {@code contextual-statement, core-1a, …, confirmation}. */
    String listing() {
        return String.join(", ", entries.stream().map(Entry::listed).toList());
    }

    /** Whether a section names its topic and kind in its front matter (core area 3's do). */
    boolean namesTopic(String sectionId) {
        return entryOf(sectionId).map(e -> e.repeat() != null && e.repeat().topics()).orElse(false);
    }

    /** The sections that name their topic, as a message names them. */
    String topicSections() {
        return String.join(" or ", entries.stream().filter(e -> e.repeat() != null && e.repeat().topics()).map(Entry::called).toList());
    }

    /** The hint for a section id written twice, if its pathway file gives one. */
    Optional<String> whenRepeated(String sectionId) {
        return entryOf(sectionId).map(Entry::repeat).map(r -> r.wording().whenRepeated());
    }

    /** The hint for a portfolio of another pathway that writes this section, if the file of the section's pathway gives one. */
    Optional<String> elsewhere(String sectionId) {
        return entryOf(sectionId).map(Entry::repeat).map(r -> r.wording().elsewhere());
    }
}
