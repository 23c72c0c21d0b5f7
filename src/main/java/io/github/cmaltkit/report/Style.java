package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Readiness;

/** ANSI colours for a terminal, or none at all (files, pipes, CI logs, tests). */
final class Style {

    static final Style PLAIN = new Style(false);
    static final Style ANSI = new Style(true);

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    static Style of(boolean colour) {
        return colour ? ANSI : PLAIN;
    }

    String heading(String s) {
        return wrap(BOLD, s);
    }

    String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> wrap(BOLD + RED, severity.id());
            case WARNING -> wrap(YELLOW, severity.id());
            case INFO -> wrap(CYAN, severity.id());
        };
    }

    String status(Readiness readiness, String padded) {
        return switch (readiness) {
            case READY -> wrap(GREEN, padded);
            case NEARLY_THERE -> wrap(YELLOW, padded);
            case NEEDS_WORK, NOT_WRITTEN -> wrap(RED, padded);
        };
    }

    String good(String s) {
        return wrap(BOLD + GREEN, s);
    }

    String bad(String s) {
        return wrap(BOLD + RED, s);
    }

    private String wrap(String code, String s) {
        return on ? code + s + RESET : s;
    }
}
