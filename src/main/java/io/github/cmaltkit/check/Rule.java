package io.github.cmaltkit.check;

/**
 * One check, in the spirit of markdownlint and Error Prone: a stable id, a default severity, a one-line
 * summary and a documentation page. Adding a rule means one class (listed in
 * {@code check.rules.Rules}), one page in {@code docs/rules/} and one fixture folder (see
 * docs/architecture.md).
 * Rules only report; the checker applies the candidate's severity overrides and suppressions.
 */
public interface Rule {

    /** The rule's id, default severity, summary and whether it needs web-link results. */
    RuleInfo info();

    /** The stable id of the contract, e.g. {@code acronym}. */
    default String id() {
        return info().id();
    }

    /** The severity when the candidate's portfolio.yml says nothing else. */
    default Severity severity() {
        return info().severity();
    }

    /** What the rule reports, in one line a candidate understands. */
    default String summary() {
        return info().summary();
    }

    /** The rule's documentation page, relative to the kit's folder: {@link RuleInfo#doc()}. */
    default String doc() {
        return info().doc();
    }

    void check(RuleContext context, FindingSink sink);
}
