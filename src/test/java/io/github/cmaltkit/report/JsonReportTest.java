package io.github.cmaltkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @TempDir
    Path tmp;

    private Map<String, Object> render(List<Finding> findings) {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        return StrictJson.object(JsonReport.render(CheckReport.of(Fixtures.result(p, findings), "my-portfolio")));
    }

    @Test
    void theContractsKeysComeFirstInTheContractsOrder() {
        Map<String, Object> json = render(Fixtures.findings());
        assertThat(json.keySet()).containsExactly("portfolio", "pathway", "findings", "summary", "sections", "principles");
        assertThat(json).containsEntry("portfolio", "my-portfolio").containsEntry("pathway", "cmalt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachFindingHasTheContractsKeysInOrderWithNullWhereNoneApplies() {
        List<Map<String, Object>> findings = (List<Map<String, Object>>) render(Fixtures.findings()).get("findings");
        assertThat(findings).hasSize(5);
        for (Map<String, Object> f : findings) {
            assertThat(f.keySet()).containsExactly("rule", "severity", "file", "line", "column", "section", "message");
        }
        // same order as the text report: whole portfolio first, then sections in pathway order
        assertThat(findings).extracting(f -> f.get("rule"))
                .containsExactly("principles", "missing-part", "acronym", "missing-section", "placeholder");
        Map<String, Object> acronym = findings.get(2);
        assertThat(acronym).containsEntry("severity", "warning").containsEntry("file", "content/core-1c.md")
                .containsEntry("line", 6L).containsEntry("column", 14L).containsEntry("section", "core-1c")
                .containsEntry("message", "\"VLE\" is used before it is expanded");
        Map<String, Object> missing = findings.get(3);
        assertThat(missing).containsEntry("file", null).containsEntry("line", null).containsEntry("column", null)
                .containsEntry("section", "core-2b").containsEntry("severity", "error");
        assertThat(findings.get(0)).containsEntry("section", null);
    }

    @Test
    void awkwardCharactersSurviveTheRoundTrip() {
        String nasty = "quote \" backslash \\ slash / newline \n tab \t cr \r bell \u0007 dash — é 😀 \u2028 end";
        Map<String, Object> json = render(List.of(new Finding("acronym", Severity.WARNING, "content/ä b.md", 1, 1, null, nasty)));
        @SuppressWarnings("unchecked")
        Map<String, Object> f = ((List<Map<String, Object>>) json.get("findings")).get(0);
        assertThat(f).containsEntry("message", nasty).containsEntry("file", "content/ä b.md");
    }

    @Test
    void theOutputIsPlainAscii() {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        String text = JsonReport.render(CheckReport.of(Fixtures.result(p,
                List.of(new Finding("r", Severity.ERROR, null, null, null, null, "— é 😀"))), "my-portfolio"));
        assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(text).contains("\\u2014 \\u00e9 \\ud83d\\ude00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdditionsSummariseTheReadiness() {
        Map<String, Object> json = render(Fixtures.findings());
        assertThat((Map<String, Object>) json.get("summary")).containsExactly(
                Map.entry("errors", 2L), Map.entry("warnings", 3L), Map.entry("info", 0L), Map.entry("files", 3L),
                Map.entry("ready", false), Map.entry("webLinksNotChecked", 0L));
        List<Map<String, Object>> sections = (List<Map<String, Object>>) json.get("sections");
        assertThat(sections).extracting(s -> s.get("id")).startsWith("contextual-statement", "core-1a", "core-1b", "core-1c")
                .endsWith("future-plans", "confirmation");
        assertThat(sections.get(1)).containsExactly(Map.entry("id", "core-1a"),
                Map.entry("title", "An understanding of the constraints and benefits of different technologies"),
                Map.entry("group", "Core area 1: Operational issues"), Map.entry("status", "needs-work"),
                Map.entry("file", "content/core-1a.md"), Map.entry("errors", 1L), Map.entry("warnings", 0L),
                Map.entry("readiness", "needs-work"), Map.entry("readinessLabel", "Needs work"));
        assertThat(sections.get(2)).containsEntry("status", "missing").containsEntry("file", null)
                .containsEntry("readiness", "not-written").containsEntry("readinessLabel", "Not written yet");
        // Warnings only: "needs-work" in the first version's status, "nearly-there" in readiness.
        assertThat(sections.get(3)).containsEntry("id", "core-1c").containsEntry("status", "needs-work")
                .containsEntry("readiness", "nearly-there").containsEntry("readinessLabel", "Nearly there");
        List<Map<String, Object>> principles = (List<Map<String, Object>>) json.get("principles");
        assertThat(principles).extracting(pr -> pr.get("id")).containsExactly("exploring", "up-to-date", "empathy", "disseminate");
        assertThat(principles.get(0)).containsEntry("sections", List.of("core-1a", "core-1c"));
        assertThat(principles.get(3)).containsEntry("sections", List.of());
    }

    @Test
    void anEmptyResultIsStillAWholeDocument() {
        Map<String, Object> json = render(new ArrayList<>());
        assertThat(json.get("findings")).isEqualTo(List.of());
        assertThat(json.get("summary")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("ready", true);
    }

    @Test
    void theTestParserRejectsBrokenJson() {
        // the checks above are only worth something if the parser is strict
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1,}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": \"x\ny\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrictJson.parse("{'a': 1}")).isInstanceOf(IllegalArgumentException.class);
    }
}
