package io.github.cmaltkit.check;

/**
 * What is known of a rule before it runs: the facts from which the checker (which rules need the web),
 * the reports (SARIF's rule list) and the table of docs/rules/README.md (checked by a test) are made.
 *
 * @param id       the stable id of the contract, e.g. {@code acronym}
 * @param severity the severity when the candidate's portfolio.yml says nothing else
 * @param summary  what the rule reports, in one line a candidate understands
 * @param needsWeb whether the rule reads the results of web-link checks (no request is made when every
 *                 such rule is switched off)
 */
public record RuleInfo(String id, Severity severity, String summary, boolean needsWeb) {

    /** The rule's documentation page, relative to the kit's folder. */
    public String doc() {
        return docOf(id);
    }

    /**
     * The documentation page of the rule {@code id}, relative to the kit's folder: {@code docs/rules/ID.md}
     * (reports name it for any finding, whatever rule made it).
     */
    public static String docOf(String id) {
        return "docs/rules/" + id + ".md";
    }
}
