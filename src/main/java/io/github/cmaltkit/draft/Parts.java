package io.github.cmaltkit.draft;

import java.util.List;

/** Which of an assessed section's three parts a sub-heading is, with the usual ways of naming them. */
final class Parts {

    private static final List<List<String>> DESCRIPTION = List.of(List.of("description"), List.of("what", "i", "did"),
            List.of("what", "did", "i", "do"), List.of("what", "happened"));
    private static final List<List<String>> EVIDENCE = List.of(List.of("evidence"), List.of("supporting", "evidence"),
            List.of("my", "evidence"), List.of("the", "evidence"));
    private static final List<List<String>> REFLECTION = List.of(List.of("reflection"), List.of("reflections"),
            List.of("reflective"), List.of("what", "i", "learnt"), List.of("what", "i", "learned"),
            List.of("what", "i", "have", "learnt"), List.of("what", "i", "have", "learned"), List.of("lessons", "learnt"),
            List.of("lessons", "learned"), List.of("what", "i", "would", "do", "differently"));

    private Parts() {
    }

    /** "Description", "Evidence" or "Reflection", or null when the heading is none of them. */
    static String of(String heading) {
        List<String> w = SectionMatcher.tokens(heading);
        if (w.isEmpty() || w.size() > 8) return null;
        if (starts(w, DESCRIPTION)) return "Description";
        if (starts(w, EVIDENCE)) return "Evidence";
        if (starts(w, REFLECTION)) return "Reflection";
        return null;
    }

    private static boolean starts(List<String> words, List<List<String>> forms) {
        for (List<String> f : forms) if (words.size() >= f.size() && words.subList(0, f.size()).equals(f)) return true;
        return false;
    }
}
