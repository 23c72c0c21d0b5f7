package io.github.cmaltkit.check;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.Readiness;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one check of one portfolio, sorted by the pathway's section order, then file and
 * line; with the model they were found in, so that reports and the kit pages read the same parsed
 * pages and the same readiness as the checker.
 * <p>A class, not a record, so that it counts its findings once.
 */
public final class CheckResult {

    private final PortfolioModel model;
    private final List<Finding> findings;
    private final int webLinksNotChecked;
    /** Findings by section (null: the whole portfolio, extra pages) and severity, counted once: every report asks per section. */
    private final Map<String, int[]> bySection = new HashMap<>();
    private final int[] all = new int[Severity.values().length];

    public CheckResult(PortfolioModel model, List<Finding> findings, int webLinksNotChecked) {
        this.model = model;
        this.findings = findings;
        this.webLinksNotChecked = webLinksNotChecked;
        for (Finding f : findings) {
            all[f.severity().ordinal()]++;
            bySection.computeIfAbsent(sectionOf(f), k -> new int[all.length])[f.severity().ordinal()]++;
        }
    }

    /** A result that fetched every web link, or had none. */
    public CheckResult(PortfolioModel model, List<Finding> findings) {
        this(model, findings, 0);
    }

    /** A result for a portfolio read without a model (reports of a hand-made result, tests). */
    public CheckResult(Portfolio portfolio, List<Finding> findings) {
        this(PortfolioModel.of(portfolio), findings);
    }

    public PortfolioModel model() {
        return model;
    }

    /** The findings, sorted by the pathway's section order, then file and line. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many distinct web links the check did not fetch: offline, or without a link checker (none of them is known to work). */
    public int webLinksNotChecked() {
        return webLinksNotChecked;
    }

    public Portfolio portfolio() {
        return model.portfolio();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** How many findings are of {@code severity}: the one count of every report, summary and table. */
    public int count(Severity severity) {
        return all[severity.ordinal()];
    }

    /** The checker's parsed page of a readable file, made once per model. */
    public Page page(SectionFile file) {
        return Checker.page(model, file);
    }

    /**
     * The section a finding is about: its own, or that of the file it is in (null for the portfolio
     * as a whole and for extra pages).
     */
    public String sectionOf(Finding finding) {
        if (finding.section() != null) return finding.section();
        return finding.file() == null ? null : model.file(finding.file()).map(SectionFile::sectionId).orElse(null);
    }

    /** How many findings of {@code severity} are about section {@code sectionId}. */
    public int count(String sectionId, Severity severity) {
        int[] counts = bySection.get(sectionId);
        return counts == null ? 0 : counts[severity.ordinal()];
    }

    /**
     * Whether a section has been written: it has a readable file whose text holds more than headings
     * and HTML comments (the prompts {@code cmalt init} writes are comments). {@link SectionFile#written}
     * is the one definition.
     */
    public boolean written(String sectionId) {
        SectionFile file = portfolio().section(sectionId).orElse(null);
        return file != null && file.readable() && file.written();
    }

    /** How a section of the pathway stands: the one answer of the site, the kit pages and every report. */
    public Readiness readiness(String sectionId) {
        return Readiness.of(written(sectionId), count(sectionId, Severity.ERROR), count(sectionId, Severity.WARNING));
    }

    /** How the whole portfolio stands, from all its findings. */
    public Readiness readiness() {
        return Readiness.of(true, count(Severity.ERROR), count(Severity.WARNING));
    }
}
