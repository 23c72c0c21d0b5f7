package io.github.cmaltkit.portfolio;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How far a section of the pathway (or a whole portfolio) is from being submitted: the one set of
 * words the site, the kit pages and every checker output use for it.
 */
public enum Readiness {
    /** No file, or a file that holds only headings, comments and the prompts {@code init} writes. */
    NOT_WRITTEN("Not written yet", "not ready to submit"),
    /** At least one error. */
    NEEDS_WORK("Needs work", "not ready to submit"),
    /** Warnings, but no error: it may be submitted, after reading the warnings. */
    NEARLY_THERE("Nearly there", "ready to submit, but read the warnings first"),
    /** Neither error nor warning. */
    READY("Ready", "ready to submit");

    private final String label;
    private final String verdict;

    Readiness(String label, String verdict) {
        this.label = label;
        this.verdict = verdict;
    }

    /** The words a candidate reads, e.g. "Nearly there". */
    public String label() { return label; }

    /** What this readiness means for submitting, said of a whole portfolio, e.g. "ready to submit". */
    public String verdict() { return verdict; }

    /** The identifier in JSON and SARIF, e.g. {@code nearly-there}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A section: not written wins over any finding, then errors, then warnings. */
    public static Readiness of(boolean written, int errors, int warnings) {
        if (!written) return NOT_WRITTEN;
        return errors > 0 ? NEEDS_WORK : warnings > 0 ? NEARLY_THERE : READY;
    }

    /**
     * How many sections stand at each readiness, in this order, e.g. "2 not written yet, 1 needs work,
     * 9 ready": the words of the checker's summary and of the progress page alike.
     */
    public static String tally(Collection<Readiness> sections) {
        Map<Readiness, Integer> counts = new EnumMap<>(Readiness.class);
        for (Readiness r : sections) counts.merge(r, 1, Integer::sum);
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT)).toList());
    }
}
