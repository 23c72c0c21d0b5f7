package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.links.WebLinkVerifier;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a portfolio against every rule of {@link Rules#all()}. */
public final class Checker {

    private static final Map<String, Integer> RULE_ORDER = new HashMap<>();
    /** The rules that read web-link results (from their {@link RuleInfo}). */
    private static final List<String> WEB_RULES = Rules.all().stream().filter(r -> r.info().needsWeb()).map(Rule::id).toList();

    static {
        for (Rule r : Rules.all()) RULE_ORDER.put(r.id(), RULE_ORDER.size());
    }

    private Checker() {
    }

    /**
     * Runs every rule on {@code portfolio}, applies the severities chosen in portfolio.yml ({@code off}
     * removes a rule) and the candidate's {@code cmalt-disable} comments, and sorts the findings: the
     * whole portfolio first, then portfolio.yml, then each file in the pathway's section order (extra
     * pages last), by line and column, then in the order of {@link Rules#all()}.
     *
     * @throws RuntimeException whatever the web-link verifier throws when it cannot run at all
     */
    public static CheckResult check(Portfolio portfolio, CheckOptions options) {
        return check(PortfolioModel.of(portfolio), options);
    }

    /** {@link #check(Portfolio, CheckOptions)} on a model: its pages, parsed here, are kept for whoever reads the result. */
    public static CheckResult check(PortfolioModel model, CheckOptions options) {
        Portfolio portfolio = model.portfolio();
        // Parsing is most of a check's time: the files are parsed side by side (the order is kept).
        List<Page> pages = portfolio.files().parallelStream()
                .filter(f -> f.readable() && (f.isSection() || f.isExtraPage()))
                .map(f -> page(model, f))
                .toList();
        Map<String, String> chosen = portfolio.settings().severities();
        Map<String, WebLinkResult> web = null;
        WebLinkVerifier verifier = options.activeVerifier();
        // No request at all when the candidate switched every web-link rule off.
        boolean wanted = WEB_RULES.stream().anyMatch(id -> !"off".equals(chosen.get(id)));
        if (verifier != null && wanted) {
            Set<String> urls = WebLinks.collect(pages);
            web = urls.isEmpty() ? Map.of() : verifier.verify(urls);
            if (web == null) web = Map.of();
        }
        RuleContext context = new RuleContext(portfolio, pages, web);

        // The rules only read the pages (and keep no state): they run side by side, and their findings
        // are gathered in the order of Rules.all(), as one after the other would give them.
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> found : Rules.all().parallelStream().map(rule -> {
            String override = chosen.get(rule.id());
            if ("off".equals(override)) return List.<Finding>of();
            Severity severity = override == null ? rule.severity() : Severity.of(override);
            FindingSink sink = new FindingSink(rule, severity);
            rule.check(context, sink);
            return sink.findings();
        }).toList()) {
            findings.addAll(found);
        }

        Map<String, Suppressions> suppressions = new HashMap<>();
        // Read from each file's parsed page (made above for sections and extra pages), so that only the
        // Markdown's own comments count, never one shown in code.
        for (SectionFile f : portfolio.files()) if (f.readable()) suppressions.put(f.path(), Suppressions.of(page(model, f)));
        List<Finding> kept = new ArrayList<>(Suppressions.apply(findings, suppressions));
        kept.sort(order(portfolio));
        return new CheckResult(model, List.copyOf(kept));
    }

    /**
     * The checker's parsed page of a readable file of {@code model}, made once per model: its tree is
     * also what the site and print pages are rendered from.
     */
    public static Page page(PortfolioModel model, SectionFile file) {
        return model.parsed(file, Page.class, f -> new Page(f, model.pathway()));
    }

    private static Comparator<Finding> order(Portfolio portfolio) {
        Set<String> written = portfolio.writtenIds();
        Map<String, Integer> rank = new HashMap<>();
        for (SectionFile f : portfolio.files()) {
            int order = f.sectionId() == null ? Integer.MAX_VALUE : portfolio.pathway().orderOf(f.sectionId(), written);
            rank.put(f.path(), order);
        }
        return Comparator.<Finding>comparingInt(f -> f.file() == null ? 0 : f.file().equals("portfolio.yml") ? 1 : 2)
                .thenComparingInt(f -> f.file() == null ? 0 : rank.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparing(f -> f.file() == null ? "" : f.file())
                .thenComparingInt(f -> f.line() == null ? 0 : f.line())
                .thenComparingInt(f -> f.column() == null ? 0 : f.column())
                .thenComparingInt(f -> RULE_ORDER.getOrDefault(f.rule(), Integer.MAX_VALUE));
        // List.sort is stable: findings of one rule at one place keep the order the rule gave them
        // (missing sections in pathway order, for instance).
    }
}
