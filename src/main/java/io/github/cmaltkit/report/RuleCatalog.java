package io.github.cmaltkit.report;

import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.check.Severity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule with its one-line summary and default severity, taken from the rule classes, for
 * outputs that describe rules as well as findings (SARIF).
 */
final class RuleCatalog {

    record Rule(String id, Severity severity, String summary) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // One source of truth: each rule class carries its id, severity and summary.
        for (io.github.cmaltkit.check.Rule r : Rules.all()) {
            String s = r.summary();
            add(r.id(), r.severity(), s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
    }

    private RuleCatalog() {
    }

    private static void add(String id, Severity severity, String summary) {
        RULES.put(id, new Rule(id, severity, summary));
    }

    /** Every rule of the contract, in the contract's order. */
    static Collection<Rule> all() {
        return RULES.values();
    }

    static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    /** The documentation page of a rule, relative to the kit's root: {@code docs/rules/ID.md}. */
    static String docPath(String ruleId) {
        return "docs/rules/" + ruleId + ".md";
    }
}
