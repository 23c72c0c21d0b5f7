package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What portfolio.yml says, and where a wrong value is reported (line and column of the value). */
class SettingsTest {

    final List<Problem> problems = new ArrayList<>();

    Settings parse(String... lines) {
        return Settings.parse(String.join("\n", lines) + "\n", problems);
    }

    @Test
    void everySettingIsRead() {
        Settings s = parse(
                "candidate: '  Alex Example '",
                "pathway: ' Senior '",
                "target: 2027-05-31",
                "glossary:",
                "  VLE: ' virtual learning environment '",
                "  LMS: learning management system",
                "acronyms:",
                "  allow: [NHS, ' UK ']",
                "rules:",
                "  no-date: OFF",
                "  acronym: warning");
        assertThat(problems).isEmpty();
        assertThat(s.candidate()).isEqualTo("Alex Example");
        assertThat(s.pathwayId()).isEqualTo("senior");
        assertThat(s.target()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(s.glossary()).containsExactly(Map.entry("VLE", "virtual learning environment"), Map.entry("LMS", "learning management system"));
        assertThat(s.allowedAcronyms()).containsExactly("NHS", "UK");
        assertThat(s.severities()).containsExactly(Map.entry("no-date", "off"), Map.entry("acronym", "warning"));
        assertThat(s.raw().get("candidate")).isPresent();
    }

    @Test
    void defaultsWhenOptionalSettingsAreAbsent() {
        Settings s = parse("candidate: Alex Example", "pathway: cmalt");
        assertThat(problems).isEmpty();
        assertThat(s.target()).isNull();
        assertThat(s.glossary()).isEmpty();
        assertThat(s.allowedAcronyms()).containsExactly("CMALT", "ALT");
        assertThat(s.severities()).isEmpty();
        Settings emptyAllow = parse("pathway: cmalt", "acronyms:", "  other: 1");
        assertThat(emptyAllow.allowedAcronyms()).containsExactly("CMALT", "ALT");
        Settings nulls = parse("pathway: cmalt", "target:", "glossary:", "acronyms:", "rules:");
        assertThat(nulls.target()).isNull();
        assertThat(nulls.glossary()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void noPathwayIsAProblemAtLineOneAndMeansCmalt() {
        Settings s = parse("candidate: Alex Example");
        assertThat(s.pathwayId()).isEqualTo("cmalt");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("portfolio.yml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("pathway: cmalt");
        });
    }

    @Test
    void anUnknownPathwayIsLocatedAndMeansCmalt() {
        Settings s = parse("candidate: Alex Example", "pathway: gold");
        assertThat(s.pathwayId()).isEqualTo("cmalt");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("\"gold\"").contains("associate").contains("senior");
        });
    }

    @Test
    void eachWrongValueIsReportedAtItsLine() {
        parse("candidate: [Alex]",
                "pathway: cmalt",
                "target: next spring",
                "glossary:",
                "  VLE:",
                "acronyms: [NHS]",
                "rules:",
                "  no-date: sometimes");
        // A nested value is located where it starts: the glossary entry (5) and the rule (8), not their keys' lines.
        assertThat(problems).extracting(Problem::line).containsExactly(1, 3, 5, 6, 8);
        assertThat(problems.get(0).message()).contains("candidate");
        assertThat(problems.get(1).message()).contains("target").contains("2027-05-31");
        assertThat(problems.get(2).message()).contains("\"VLE\"");
        assertThat(problems.get(3).message()).contains("acronyms").contains("allow");
        assertThat(problems.get(4).message()).contains("\"no-date\"").contains("error, warning, info or off");
    }

    @Test
    void valuesOfTheWrongShapeAreReported() {
        Settings s = parse("candidate: ' '", "pathway: cmalt", "glossary: VLE", "acronyms:", "  allow: NHS", "rules: strict");
        assertThat(s.candidate()).isNull();
        assertThat(problems).extracting(Problem::line).containsExactly(1, 3, 5, 6);
        assertThat(s.allowedAcronyms()).containsExactly("CMALT", "ALT");
    }

    @Test
    void allSeveritiesAreAccepted() {
        Settings s = parse("pathway: cmalt", "rules:", "  a: error", "  b: Warning", "  c: info", "  d: off");
        assertThat(problems).isEmpty();
        assertThat(s.severities()).containsExactly(Map.entry("a", "error"), Map.entry("b", "warning"), Map.entry("c", "info"), Map.entry("d", "off"));
    }

    @Test
    void aPlaceholderNameIsAProblemAtItsLineAndNoNameAtAll() {
        for (String name : List.of("Your Name", "your name", "[Your Name]", "<your-name>", "YOUR_NAME", "First Last", "Name")) {
            problems.clear();
            Settings s = parse("pathway: cmalt", "candidate: " + (name.startsWith("[") ? "'" + name + "'" : name));
            assertThat(s.candidate()).as(name).isNull();
            assertThat(problems).as(name).singleElement().satisfies(p -> {
                assertThat(p.located()).startsWith("portfolio.yml:2:12: \"" + name + "\" stands in for your name");
            });
        }
        problems.clear();
        assertThat(parse("candidate: Yourn Amely", "pathway: cmalt").candidate()).isEqualTo("Yourn Amely");
        assertThat(problems).isEmpty();
    }

    @Test
    void whatInitWritesWithoutANameIsAPlaceholder() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("settings-init");
        Scaffold.init(dir.resolve("p"), "cmalt", null);
        Settings s = Settings.parse(java.nio.file.Files.readString(dir.resolve("p/portfolio.yml")), problems);
        assertThat(s.candidate()).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("stands in for your name"));
    }

    @Test
    void unknownKeysAreListedWithTheClosestKnownOne() {
        Settings s = parse("candidate: Alex Example", "pathway: cmalt", "glosary:", "  VLE: virtual learning environment",
                "acronyms:", "  alow: [NHS]", "workspace: publish", "url: https://a.example/", "colour: blue");
        assertThat(problems).isEmpty();
        assertThat(s.unknownKeys()).extracting(Problem::located).containsExactly(
                "portfolio.yml:3:1: \"glosary\" is not a setting the kit knows, so it is ignored: did you mean \"glossary\"?",
                "portfolio.yml:6:3: \"alow\" is not a setting of acronyms the kit knows, so it is ignored: did you mean \"allow\"?",
                "portfolio.yml:9:1: \"colour\" is not a setting the kit knows, so it is ignored; the kit reads "
                        + "candidate, pathway, target, glossary, acronyms, rules, url, workspace, submission, contact");
    }

    @Test
    void aBadIndentIsOneProblemAndThePathwayOnItsLineIsStillRead() {
        Settings s = parse("candidate: Alex Example", "  pathway: senior", "target: 2027-05-31");
        assertThat(problems).extracting(Problem::located).containsExactly(
                "portfolio.yml:2:3: this line is indented more than the line above it: line it up with \"candidate:\" on line 1");
        assertThat(s.pathwayId()).isEqualTo("senior");
        problems.clear();
        parse("candidate: Alex Example", "pathway: cmalt: senior", "glossary:", "  VLE: v");
        assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("no pathway"));
    }
}
