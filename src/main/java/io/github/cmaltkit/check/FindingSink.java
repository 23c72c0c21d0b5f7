package io.github.cmaltkit.check;

import java.util.ArrayList;
import java.util.List;

/** Where a rule reports what it found; the rule's id, severity and section are filled in here. */
public final class FindingSink {

    private final Rule rule;
    private final Severity severity;
    private final List<Finding> out = new ArrayList<>();

    FindingSink(Rule rule, Severity severity) {
        this.rule = rule;
        this.severity = severity;
    }

    /** A finding at a place of a page. */
    public void report(Page page, Position at, String message) {
        add(severity, page.path(), page.sectionId(), at, message);
    }

    /** A finding on a page as a whole, placed where its {@code section:} is declared. */
    public void reportOnPage(Page page, String message) {
        report(page, page.declaration(), message);
    }

    /**
     * A note rather than a problem (severity info, whatever the rule's severity), e.g. a restricted
     * link that comes with access details.
     */
    public void note(Page page, Position at, String message) {
        add(severity == Severity.ERROR || severity == Severity.WARNING ? Severity.INFO : severity,
                page.path(), page.sectionId(), at, message);
    }

    /** A finding in a file that is not a page (portfolio.yml, an unreadable file); line and column may be null. */
    public void report(String file, String section, Integer line, Integer column, String message) {
        out.add(new Finding(rule.id(), severity, file, line, line == null ? null : column, section, message));
    }

    /** A finding about the portfolio as a whole (no file). */
    public void reportPortfolio(String message) {
        reportPortfolio(null, message);
    }

    /** A finding about a section that has no file (so no place), e.g. a missing section. */
    public void reportPortfolio(String section, String message) {
        out.add(new Finding(rule.id(), severity, null, null, null, section, message));
    }

    private void add(Severity s, String file, String section, Position at, String message) {
        out.add(new Finding(rule.id(), s, file, at == null ? null : at.line(), at == null ? null : at.column(), section, message));
    }

    List<Finding> findings() {
        return out;
    }
}
