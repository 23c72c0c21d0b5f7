package io.github.cmaltkit.portfolio;

import java.util.List;
import java.util.Optional;

/** The four core principles by which assessors judge the whole portfolio. */
public enum Principle {
    EXPLORING("exploring", "Exploring and understanding the interplay between technology and learning"),
    UP_TO_DATE("up-to-date", "Keeping up to date with new technologies"),
    EMPATHY("empathy", "Empathy with, and willingness to learn from, colleagues of other backgrounds and specialisms"),
    DISSEMINATE("disseminate", "Communicating and disseminating effective practice");

    private final String id;
    private final String label;

    Principle(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The front-matter word, e.g. {@code up-to-date}. */
    public String id() { return id; }

    /** The principle in words. */
    public String label() { return label; }

    public static Optional<Principle> of(String id) {
        for (Principle p : values()) if (p.id.equals(id)) return Optional.of(p);
        return Optional.empty();
    }

    public static List<Principle> all() {
        return List.of(values());
    }
}
