package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the checker does around the rules: severities, web links, order. */
class CheckerTest {

    @TempDir
    Path dir;

    private Portfolio portfolio(String yml, String... files) {
        TestPortfolio portfolio = TestPortfolio.at(dir).settings(yml);
        for (int i = 0; i < files.length; i += 2) portfolio.file(files[i], files[i + 1]);
        return portfolio.read();
    }

    private static final String QUIET = "candidate: T\npathway: cmalt\nrules: {missing-section: off, pathway-rule: off, principles: off";

    @Test
    void portfolioYmlChangesSeveritiesAndTurnsRulesOff() throws IOException {
        Portfolio p = portfolio(QUIET + ", acronym: error, placeholder: off}\n",
                "content/a.md", "---\ntitle: A\n---\nThe VLE, TODO.\n");
        List<Finding> findings = Checker.check(p, Rules.all(), CheckOptions.defaults()).findings();
        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("acronym", Severity.ERROR));
        assertThat(Checker.check(p, Rules.all(), CheckOptions.defaults()).hasErrors()).isTrue();
    }

    @Test
    void findingsKnowTheirPlaceAndSection() throws IOException {
        Portfolio p = portfolio(QUIET + ", missing-part: off}\n",
                "content/x.md", "---\nsection: core-1a\n---\nIn 2024 the\nVLE moved.\n");
        Finding f = Checker.check(p, Rules.all(), CheckOptions.defaults()).findings().get(0);
        assertThat(f).isEqualTo(new Finding("acronym", Severity.WARNING, "content/x.md", 5, 1, "core-1a", f.message()));
        assertThat(f.message()).isEqualTo("\"VLE\" is used before it is expanded — write \"virtual learning environment (VLE)\" "
                + "at its first use, or add it to the glossary in portfolio.yml");
    }

    @Test
    void aRestrictedLinkWithAccessDetailsIsOnlyANote() {
        Path fixture = CheckFixtures.ROOT.resolve("restricted-link/positive");
        List<Finding> findings = Checker.check(TestPortfolio.read(fixture), Rules.all(), new CheckOptions(false, new FakeWebLinks())).findings();
        assertThat(findings).extracting(Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(5, Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(8, Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(12, Severity.INFO),
                org.assertj.core.groups.Tuple.tuple(13, Severity.ERROR));
    }

    @Test
    void webLinksAreCollectedOnceAndNeverFetchedOffline() throws IOException {
        Portfolio p = portfolio(QUIET + "}\n",
                "content/a.md", "---\ntitle: A\n---\n[a](https://one.example/x) <https://one.example/x> www.two.example\n\n"
                        + "![pic](//three.example/p.png) <a href=\"https://four.example/\">four</a> [mail](mailto:me@example.org) [local](a.md)\n",
                "content/b.md", "---\ntitle: B\n---\n<div><img alt=\"five\" src=\"https://five.example/i.png\"></div>\n\n[again](https://one.example/x)\n");
        List<Collection<String>> calls = new ArrayList<>();
        CheckOptions online = new CheckOptions(false, urls -> {
            calls.add(List.copyOf(urls));
            return Map.of();
        });
        List<Finding> findings = Checker.check(p, Rules.all(), online).findings();
        assertThat(calls).containsExactly(List.of("https://one.example/x", "http://www.two.example", "https://three.example/p.png",
                "https://four.example/", "https://five.example/i.png"));
        assertThat(findings).extracting(Finding::rule).containsOnly("link-unverified").hasSize(7);

        calls.clear();
        assertThat(Checker.check(p, Rules.all(), new CheckOptions(true, online.webLinks())).findings()).isEmpty();
        assertThat(calls).isEmpty();

        Portfolio allOff = portfolio(QUIET + ", broken-link: off, restricted-link: off, link-unverified: off}\n");
        assertThat(Checker.check(allOff, Rules.all(), online).findings()).isEmpty();
        assertThat(calls).as("no request when every web-link rule is off").isEmpty();
    }

    @Test
    void findingsComeInPathwayOrderWithThePortfolioFirst() throws IOException {
        Portfolio p = portfolio("candidate: T\npathway: cmalt\nrules: {missing-part: off, no-date: off, pathway-rule: off, principles: off, word-count: off}\n"
                        + "glossary: {A: b}\n",
                "content/a-appendix.md", "---\ntitle: Appendix\n---\nThe VLE.\n",
                "content/b-core-1b.md", "---\nsection: core-1b\n---\nThe VLE.\n",
                "content/c-core-1a.md", "---\nsection: core-1a\n---\nThe VLE.\n\nThe LMS.\n",
                "content/d-statement.md", "---\nsection: contextual-statement\n---\nThe VLE.\n");
        List<Finding> findings = Checker.check(p, Rules.all(), CheckOptions.defaults()).findings();
        assertThat(findings).extracting(f -> f.file() + ":" + f.line()).startsWith("null:null").containsSubsequence(
                "content/d-statement.md:4", "content/c-core-1a.md:4", "content/c-core-1a.md:6", "content/b-core-1b.md:4",
                "content/a-appendix.md:4");
        assertThat(findings.subList(0, 6)).extracting(f -> f.rule() + " " + f.section())
                .containsExactly("missing-section core-1c", "missing-section core-2a", "missing-section core-2b",
                        "missing-section core-4", "missing-section future-plans", "missing-section confirmation");
    }

    @Test
    void aLinkToTheSitesPageNamesTheMarkdownFileToLinkTo() {
        Path fixture = CheckFixtures.ROOT.resolve("broken-link/local-positive");
        List<Finding> findings = Checker.check(TestPortfolio.read(fixture), Rules.all(), CheckOptions.defaults()).findings();
        assertThat(findings).filteredOn(f -> f.message().contains("other.html"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("(other.md#reflection)"));
    }

    @Test
    void aVerifierThatCannotRunStopsTheCheck() throws IOException {
        Portfolio p = portfolio(QUIET + "}\n", "content/a.md", "---\ntitle: A\n---\n[a](https://one.example/x)\n");
        CheckOptions failing = new CheckOptions(false, urls -> {
            throw new IllegalStateException("no network stack");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checker.check(p, Rules.all(), failing)).hasMessageContaining("no network");
    }

    @Test
    void webLinksAreCheckedOnAThreadOfTheirOwnWhileTheOtherRulesRun() throws IOException {
        Portfolio p = portfolio(QUIET + "}\n", "content/a.md", "---\ntitle: A\n---\n[a](https://broken.example/x)\n");
        List<Thread> ranOn = new ArrayList<>();
        FakeWebLinks fake = new FakeWebLinks();
        List<Finding> findings = Checker.check(p, Rules.all(), new CheckOptions(false, urls -> {
            ranOn.add(Thread.currentThread());
            return fake.verify(urls);
        })).findings();
        assertThat(ranOn).singleElement().isNotSameAs(Thread.currentThread());
        assertThat(findings).extracting(Finding::rule).containsExactly("broken-link");
    }

    @Test
    void anInterruptWhileWaitingForTheLinksReachesTheVerifierAndIsKept() throws Exception {
        Portfolio p = portfolio(QUIET + "}\n", "content/a.md", "---\ntitle: A\n---\n[a](https://one.example/x)\n");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        CheckOptions waiting = new CheckOptions(false, urls -> {
            started.countDown();
            try {
                never.await();
                return Map.of();
            } catch (InterruptedException e) {
                return Map.of("https://one.example/x", new WebLinkResult("https://one.example/x",
                        WebLinkResult.Outcome.UNVERIFIED, 0, "https://one.example/x", "interrupted"));
            }
        });
        List<Finding> findings = new ArrayList<>();
        boolean[] stillInterrupted = new boolean[1];
        Thread checking = new Thread(() -> {
            findings.addAll(Checker.check(p, Rules.all(), waiting).findings());
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        checking.start();
        started.await();
        checking.interrupt();
        checking.join();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("link-unverified");
            assertThat(f.message()).contains("interrupted");
        });
        assertThat(stillInterrupted[0]).isTrue();
    }

    @Test
    void resultsAreReportedUnderTheUrlAsWritten() {
        assertThat(WebLinks.urlOf("HTTPS://Example.org/A")).isEqualTo("HTTPS://Example.org/A");
        assertThat(WebLinks.urlOf("//example.org/a")).isEqualTo("https://example.org/a");
        assertThat(WebLinks.urlOf("mailto:a@b.org")).isNull();
        assertThat(WebLinks.urlOf("../assets/a.pdf")).isNull();
        assertThat(WebLinkResult.ok("https://x.example").outcome()).isEqualTo(WebLinkResult.Outcome.OK);
    }

    @Test
    void findingsSortByPlaceExactly() throws IOException {
        Portfolio p = portfolio("candidate: T\npathway: cmalt\nbogus: 1\nrules: {missing-section: off, missing-part: off, no-date: off, "
                        + "pathway-rule: off, principles: off, word-count: off}\n",
                "content/z-notes.md", "---\ntitle: Z\n---\nThe LMS.\n",
                "content/y-notes.md", "---\ntitle: Y\n---\nTODO: write about the VLE.\n",
                "content/b-core-1a.md", "---\nsection: core-1a\n---\nThe VLE.\n");
        List<Finding> findings = Checker.check(p, Rules.all(), CheckOptions.defaults()).findings();
        // The settings first, then sections in pathway order, then other pages by name; within a file by
        // line, then column (whatever order the rules ran in).
        assertThat(findings).extracting(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule()).containsExactly(
                "portfolio.yml:3:1 unknown-key",
                "content/b-core-1a.md:4:5 acronym",
                "content/y-notes.md:4:1 placeholder",
                "content/y-notes.md:4:23 acronym",
                "content/z-notes.md:4:5 acronym");
    }

    @Test
    void aResultWithWarningsOnlyHasNoErrorsAndKeepsTheCheckersPages() throws IOException {
        Portfolio p = portfolio(QUIET + ", missing-part: off}\n", "content/x.md", "---\nsection: core-1a\n---\nThe VLE moved.\n");
        io.github.cmaltkit.portfolio.PortfolioModel model = io.github.cmaltkit.portfolio.PortfolioModel.of(p);
        CheckResult result = Checker.check(model, Rules.all(), CheckOptions.defaults());
        assertThat(result.findings()).isNotEmpty().extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(result.hasErrors()).isFalse();
        io.github.cmaltkit.portfolio.SectionFile file = p.files().get(0);
        assertThat(result.page(file)).isSameAs(Checker.page(model, file));
    }

    @Test
    void rulesAreFoundByIdAndNamedByIt() {
        assertThat(io.github.cmaltkit.check.rules.Rules.byId("acronym")).get().extracting(Rule::id).isEqualTo("acronym");
        assertThat(io.github.cmaltkit.check.rules.Rules.byId("acronym")).get().hasToString("acronym");
        assertThat(io.github.cmaltkit.check.rules.Rules.byId("no-such-rule")).isEmpty();
    }

    @Test
    void webLinksCountAsCheckedOnlyWhenResultsCame() throws IOException {
        Portfolio p = portfolio(QUIET + "}\n");
        assertThat(new RuleContext(p, List.of(), null).webLinksChecked()).isFalse();
        assertThat(new RuleContext(p, List.of(), Map.of()).webLinksChecked()).isTrue();
    }
}
