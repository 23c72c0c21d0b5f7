package io.github.cmaltkit.portfolio;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {

    @Test
    void createsAPortfolioWithEveryRequiredSectionAndItsParts(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("mine");
        List<String> created = Scaffold.init(dir, "senior", "Jo Bloggs");
        assertThat(created).contains("portfolio.yml", "content/01-contextual-statement.md", "content/12-advanced-1.md");
        Portfolio p = Portfolio.read(dir);
        assertThat(p.problems()).isEmpty();
        assertThat(p.files()).allSatisfy(f -> assertThat(f.problems()).as(f.path()).isEmpty());
        assertThat(p.settings().candidate()).isEqualTo("Jo Bloggs");
        assertThat(p.pathway().id()).isEqualTo("senior");
        assertThat(p.missing()).isEmpty();
        String core3 = Files.readString(dir.resolve("content/07-core-3a.md"));
        assertThat(core3).contains("section: core-3a", "## Description", "## Evidence", "## Reflection", "<!--");
        assertThat(p.section("core-3a").orElseThrow().title()).isEqualTo("Understanding and engaging with legislation");
    }

    @Test
    void writesNoneOfTheKitsJbakeSettingsIntoThePortfolio(@TempDir Path tmp) throws Exception {
        // The kit's settings stay in the kit (site/jbake.properties), so a newer kit changes them without
        // touching a candidate's file; a portfolio's jbake.properties holds only settings of the candidate's own.
        Path dir = tmp.resolve("portfolio");
        assertThat(Scaffold.init(dir, "cmalt", "Jo Bloggs")).doesNotContain("jbake.properties");
        assertThat(dir.resolve("jbake.properties")).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"associate", "cmalt", "senior"})
    void aFreshPortfolioReportsEachSectionAsNotWrittenYetAndNothingElse(String pathway, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("fresh");
        Scaffold.init(dir, pathway, "Jo Bloggs");
        Portfolio p = Portfolio.read(dir);
        var findings = io.github.cmaltkit.check.Checker.check(p, Rules.all(), new io.github.cmaltkit.check.CheckOptions(true)).findings();
        assertThat(findings).extracting(io.github.cmaltkit.check.Finding::rule).containsOnly("section-unwritten");
        assertThat(findings).extracting(io.github.cmaltkit.check.Finding::section)
                .containsExactlyInAnyOrderElementsOf(p.slots().stream().map(SectionSpec::id).toList());
    }

    @Test
    void initWithoutANameLeavesAPlaceholderThatTheCheckerReportsAtItsLine(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("fresh");
        Scaffold.init(dir, "cmalt", null);
        Portfolio p = Portfolio.read(dir);
        assertThat(p.settings().candidate()).isNull();
        var findings = io.github.cmaltkit.check.Checker.check(p, Rules.all(), new io.github.cmaltkit.check.CheckOptions(true)).findings();
        assertThat(findings).filteredOn(f -> !f.rule().equals("section-unwritten")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("settings");
            assertThat(f.severity()).isEqualTo(io.github.cmaltkit.check.Severity.ERROR);
            assertThat(f.file() + ":" + f.line()).isEqualTo("portfolio.yml:2");
            assertThat(f.message()).startsWith("\"Your Name\" stands in for your name");
        });
    }

    @Test
    void aBadIndentInInitsSettingsIsOnePlainFinding(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("fresh");
        Scaffold.init(dir, "cmalt", "Jo Bloggs");
        Path yml = dir.resolve("portfolio.yml");
        Files.writeString(yml, Files.readString(yml).replace("  VLE: virtual", "    VLE: virtual").replace("acronyms:", "  acronyms:"));
        var findings = io.github.cmaltkit.check.Checker.check(Portfolio.read(dir), Rules.all(), new io.github.cmaltkit.check.CheckOptions(true)).findings();
        assertThat(findings).filteredOn(f -> !f.rule().equals("section-unwritten")).extracting(f -> f.file() + ":" + f.line() + " " + f.message())
                .containsExactly("portfolio.yml:7 this line is indented less than the line above it, but more than \"glossary:\" on line 5: "
                        + "line it up with \"VLE:\" on line 6 to keep it inside \"glossary:\", or with \"glossary:\" to make it a setting of its own");
    }

    @Test
    void neverOverwritesAndAddsSectionsAfterAPathwayChange(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("mine");
        Scaffold.init(dir, "cmalt", null);
        Path mine = dir.resolve("content/02-core-1a.md");
        Files.writeString(mine, "---\nsection: core-1a\n---\nMy own words.\n");
        assertThat(Scaffold.init(dir, null, null)).isEmpty();
        assertThat(Files.readString(mine)).isEqualTo("---\nsection: core-1a\n---\nMy own words.\n");

        assertThatThrownBy(() -> Scaffold.init(dir, "senior", null))
                .isInstanceOf(Scaffold.RefusedException.class).hasMessageContaining("edit that line of portfolio.yml first");

        String yml = Files.readString(dir.resolve("portfolio.yml")).replace("pathway: cmalt", "pathway: senior");
        Files.writeString(dir.resolve("portfolio.yml"), yml);
        List<String> added = Scaffold.init(dir, "senior", null);
        assertThat(added).containsExactlyInAnyOrder("content/11-specialist-2.md", "content/12-advanced-1.md");
        assertThat(Portfolio.read(dir).missing()).isEmpty();
        assertThat(Files.readString(mine)).isEqualTo("---\nsection: core-1a\n---\nMy own words.\n");
    }

    @Test
    void refusesAFolderThatAlreadyHoldsOtherFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Scaffold.init(tmp, "cmalt", null)).isInstanceOf(Scaffold.RefusedException.class)
                .hasMessageContaining("already holds files");
        assertThat(Files.list(tmp).count()).isEqualTo(1);
    }

    @Test
    void refusesAnUnknownPathway(@TempDir Path tmp) {
        assertThatThrownBy(() -> Scaffold.init(tmp.resolve("x"), "gold", null)).hasMessageContaining("unknown pathway");
    }

    @Test
    void coreArea3FilesHaveTheTopicAndKindKeysToFillInAndTheirLabelOnce(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("mine");
        Scaffold.init(dir, "cmalt", "Jo Bloggs");
        String core3 = Files.readString(dir.resolve("content/07-core-3a.md"));
        assertThat(core3).containsPattern("(?m)^topic: +# the law, policy or standard this section is about, by name")
                .containsPattern("(?m)^kind: +# which that is: legislation, policy or standard")
                .contains("Core area 3: The wider context: legislation\n").doesNotContain("Wider context: Wider context");
        assertThat(Files.readString(dir.resolve("content/02-core-1a.md"))).doesNotContain("topic:").doesNotContain("kind:");
        // As written, nothing to report; with the kind filled in and no topic, the file says what is missing.
        Portfolio p = Portfolio.read(dir);
        assertThat(p.files()).allSatisfy(f -> assertThat(f.problems()).as(f.path()).isEmpty());
        Files.writeString(dir.resolve("content/07-core-3a.md"), core3.replaceFirst("(?m)^kind: .*$", "kind: legislation"));
        assertThat(Portfolio.read(dir).section("core-3a").orElseThrow().problems()).singleElement()
                .satisfies(pr -> assertThat(pr.message()).contains("no \"topic:\" names it"));
        Files.writeString(dir.resolve("content/07-core-3a.md"), core3.replaceFirst("(?m)^kind: .*$", "kind: legislation")
                .replaceFirst("(?m)^topic: .*$", "topic: UK GDPR"));
        SectionFile filled = Portfolio.read(dir).section("core-3a").orElseThrow();
        assertThat(filled.problems()).isEmpty();
        assertThat(filled.topic()).isEqualTo("UK GDPR");
        assertThat(filled.kind()).isEqualTo("legislation");
    }
}
