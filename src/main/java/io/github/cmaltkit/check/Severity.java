package io.github.cmaltkit.check;

import java.util.Locale;

/** How much a finding matters: errors fail the pre-submission gate, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The contract's spelling: {@code error}, {@code warning}, {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
