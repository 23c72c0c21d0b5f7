package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Rule;
import io.github.cmaltkit.check.Severity;

/** Holds a rule's id, severity and summary, so that each rule class is only its check. */
abstract class BaseRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String summary;

    BaseRule(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    @Override public final String id() { return id; }
    @Override public final Severity severity() { return severity; }
    @Override public final String summary() { return summary; }

    @Override
    public String toString() {
        return id;
    }
}
