package io.github.cmaltkit.cli;

import io.github.cmaltkit.portfolio.Spelling;
import java.util.Collection;

/** The command line's "did you mean …?", with the same notion of a slip as the checker's unknown keys. */
final class Suggestion {

    private Suggestion() {
    }

    /** ": did you mean X?" or nothing. */
    static String hint(String typed, Collection<String> known) {
        return Spelling.closest(typed, known).map(k -> ": did you mean " + k + "?").orElse("");
    }
}
