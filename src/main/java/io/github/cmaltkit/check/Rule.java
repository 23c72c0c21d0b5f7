package io.github.cmaltkit.check;

/**
 * One check, in the spirit of markdownlint and Error Prone: a stable id, a default severity, a one-line
 * summary and a documentation page. Adding a rule means one class (listed in
 * {@link io.github.cmaltkit.check.rules.Rules#all()}), one page in {@code docs/rules/} and one fixture.
 * Rules only report; the checker applies the candidate's severity overrides and suppressions.
 */
public interface Rule {

    /** The stable id of the contract, e.g. {@code acronym}. */
    String id();

    /** The severity when the candidate's portfolio.yml says nothing else. */
    Severity severity();

    /** What the rule reports, in one line a candidate understands. */
    String summary();

    /** The rule's documentation page, relative to the kit's folder. */
    default String doc() {
        return "docs/rules/" + id() + ".md";
    }

    void check(RuleContext context, FindingSink sink);
}
