package io.github.cmaltkit.check;

import io.github.cmaltkit.links.WebLinkVerifier;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks a portfolio against the rules it is given (the kit's are {@code check.rules.Rules.all()}: this
 * package does not know them, so that the rules depend on the checker and not the other way round).
 */
public final class Checker {

    private Checker() {
    }

    /**
     * Runs {@code rules} on {@code portfolio}, applies the severities chosen in portfolio.yml ({@code off}
     * removes a rule) and the candidate's {@code cmalt-disable} comments, and sorts the findings: the
     * whole portfolio first, then portfolio.yml, then each file in the pathway's section order (extra
     * pages last), by line and column, then in the order of {@code rules}.
     *
     * @throws RuntimeException whatever the web-link verifier throws when it cannot run at all
     */
    public static CheckResult check(Portfolio portfolio, List<Rule> rules, CheckOptions options) {
        return check(PortfolioModel.of(portfolio), rules, options);
    }

    /** {@link #check(Portfolio, List, CheckOptions)} on a model: its pages, parsed here, are kept for whoever reads the result. */
    public static CheckResult check(PortfolioModel model, List<Rule> rules, CheckOptions options) {
        Portfolio portfolio = model.portfolio();
        Map<String, String> chosen = portfolio.settings().severities();
        WebLinkVerifier verifier = options.activeVerifier();
        // No request at all when the candidate switched every web-link rule off.
        boolean wanted = rules.stream().anyMatch(r -> r.info().needsWeb() && !"off".equals(chosen.get(r.id())));
        if (verifier != null && wanted) verifier.prepare();
        // Parsing is most of a check's time: the files are parsed side by side (the order is kept).
        List<Page> pages = portfolio.files().parallelStream()
                .filter(f -> f.readable() && (f.isSection() || f.isExtraPage()))
                .map(f -> page(model, f))
                .toList();
        Set<String> urls = verifier != null && wanted ? WebLinks.collect(pages) : Set.of();
        // The requests mostly wait on the network: the rules that do not read their results run meanwhile.
        WebCheck web = verifier == null || !wanted ? null : urls.isEmpty() ? WebCheck.none() : WebCheck.start(verifier, urls);
        // Offline, the report says how many links nobody looked at (none of them is known to work).
        int notChecked = verifier == null && wanted ? WebLinks.collect(pages).size() : 0;

        // Findings by rule, kept in the order of rules whichever ran first.
        List<List<Finding>> byRule = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
        runRules(rules, false, new RuleContext(portfolio, pages, null), chosen, byRule);
        Map<String, Suppressions> suppressions = new HashMap<>();
        // Read from each file's parsed page (made above for sections and extra pages), so that only the
        // Markdown's own comments count, never one shown in code.
        for (SectionFile f : portfolio.files()) if (f.readable()) suppressions.put(f.path(), Suppressions.of(page(model, f)));
        runRules(rules, true, new RuleContext(portfolio, pages, web == null ? null : web.results()), chosen, byRule);

        List<Finding> findings = new ArrayList<>();
        byRule.forEach(findings::addAll);
        List<Finding> kept = new ArrayList<>(Suppressions.apply(findings, suppressions));
        kept.sort(order(portfolio, rules));
        return new CheckResult(model, List.copyOf(kept), notChecked);
    }

    /**
     * Runs the rules that read web-link results ({@code web}) or those that do not, not switched off.
     * The rules only read the context, each into its own sink: they run side by side, and each one's
     * findings go to its own place in {@code byRule}.
     */
    private static void runRules(List<Rule> rules, boolean web, RuleContext context, Map<String, String> chosen,
                                 List<List<Finding>> byRule) {
        List<Integer> picked = IntStream.range(0, rules.size())
                .filter(i -> rules.get(i).info().needsWeb() == web && !"off".equals(chosen.get(rules.get(i).id())))
                .boxed().toList();
        List<List<Finding>> found = picked.parallelStream().map(i -> {
            Rule rule = rules.get(i);
            String override = chosen.get(rule.id());
            FindingSink sink = new FindingSink(rule, override == null ? rule.severity() : Severity.of(override));
            rule.check(context, sink);
            return sink.findings();
        }).toList();
        for (int k = 0; k < picked.size(); k++) byRule.set(picked.get(k), found.get(k));
    }

    /**
     * The checker's parsed page of a readable file of {@code model}, made once per model: its tree is
     * also what the site and print pages are rendered from.
     */
    public static Page page(PortfolioModel model, SectionFile file) {
        return model.parsed(file, Page.class, f -> new Page(f, model.pathway()));
    }

    private static Comparator<Finding> order(Portfolio portfolio, List<Rule> rules) {
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (Rule r : rules) ruleOrder.putIfAbsent(r.id(), ruleOrder.size());
        Map<String, Integer> official = portfolio.pathway().order(portfolio.writtenIds());
        Map<String, Integer> rank = new HashMap<>();
        for (SectionFile f : portfolio.files()) {
            int order = f.sectionId() == null ? Integer.MAX_VALUE : official.getOrDefault(f.sectionId(), Integer.MAX_VALUE);
            rank.put(f.path(), order);
        }
        return Comparator.<Finding>comparingInt(f -> f.file() == null ? 0 : f.file().equals("portfolio.yml") ? 1 : 2)
                .thenComparingInt(f -> f.file() == null ? 0 : rank.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparing(f -> f.file() == null ? "" : f.file())
                .thenComparingInt(f -> f.line() == null ? 0 : f.line())
                .thenComparingInt(f -> f.column() == null ? 0 : f.column())
                .thenComparingInt(f -> ruleOrder.getOrDefault(f.rule(), Integer.MAX_VALUE));
        // List.sort is stable: findings of one rule at one place keep the order the rule gave them
        // (missing sections in pathway order, for instance).
    }
}
