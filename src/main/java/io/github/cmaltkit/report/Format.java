package io.github.cmaltkit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats of {@code cmalt check}. */
public enum Format {
    /** For a person: findings grouped by section, then the readiness summary. */
    TEXT,
    /** The contract's JSON object, for scripts. */
    JSON,
    /** GitHub Actions workflow annotations, followed by the text report. */
    GITHUB,
    /** SARIF 2.1.0, for code-scanning tools. */
    SARIF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code id} (as typed after {@code --format}, in any case), if there is one. */
    public static Optional<Format> of(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) if (f.id().equals(wanted)) return Optional.of(f);
        return Optional.empty();
    }

    /** "text|json|github|sarif", for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining("|"));
    }
}
