package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Severity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rule ids of the portfolio contract (§4) with a one-line summary and default severity, for
 * outputs that describe rules as well as findings (SARIF). Findings of a rule missing here still
 * print; they are described by their id alone.
 */
final class RuleCatalog {

    record Rule(String id, Severity severity, String summary) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        add("front-matter", Severity.ERROR, "Front matter is missing, not YAML, has an unknown or repeated section id, or a value of the wrong kind");
        add("missing-section", Severity.ERROR, "A section the pathway requires has no file");
        add("pathway-rule", Severity.ERROR, "A counted requirement of the pathway fails (core area 3 topic kinds, specialist options, advanced areas)");
        add("missing-part", Severity.ERROR, "An assessed section lacks its Description, Evidence or Reflection, or that part is empty");
        add("acronym", Severity.WARNING, "An acronym is used before it is expanded");
        add("no-date", Severity.WARNING, "An assessed section names no date or period");
        add("evidence-unexplained", Severity.WARNING, "An evidence item is a link or image with no words saying what it shows");
        add("broken-link", Severity.ERROR, "A link points at a missing file, a missing heading, or a web page that does not answer");
        add("restricted-link", Severity.ERROR, "A web link needs signing in and no access information is given next to it");
        add("link-unverified", Severity.WARNING, "A web link could not be verified (time-out or rate limit)");
        add("image-alt", Severity.ERROR, "An image has empty alt text");
        add("placeholder", Severity.WARNING, "Leftover template text such as TODO or \"evidence to be attached\"");
        add("word-count", Severity.WARNING, "Future plans are outside the 200-500 words of the guidance");
        add("principles", Severity.WARNING, "One of the four core principles is claimed by no section");
        add("heading-order", Severity.WARNING, "A heading skips a level");
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
