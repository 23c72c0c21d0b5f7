package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Rule;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.check.Severity;

/** Holds a rule's {@link RuleInfo}, so that each rule class is only its check. */
abstract class BaseRule implements Rule {

    private final RuleInfo info;

    BaseRule(String id, Severity severity, String summary) {
        this(new RuleInfo(id, severity, summary, false));
    }

    BaseRule(RuleInfo info) {
        this.info = info;
    }

    @Override public final RuleInfo info() { return info; }

    @Override
    public String toString() {
        return info.id();
    }
}
