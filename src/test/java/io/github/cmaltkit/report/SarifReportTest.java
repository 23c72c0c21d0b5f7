package io.github.cmaltkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class SarifReportTest {

    @TempDir
    Path tmp;

    private Map<String, Object> sarif;
    private Map<String, Object> run;

    @BeforeEach
    void render() {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        List<Finding> findings = new ArrayList<>(Fixtures.findings());
        findings.add(new Finding("spelling", Severity.INFO, "content/core-1c.md", 7, 2, "core-1c", "a rule this catalogue does not know"));
        sarif = StrictJson.object(SarifReport.render(CheckReport.of(Fixtures.result(p, findings), "my-portfolio"), "sample-portfolio"));
        run = ((List<Map<String, Object>>) sarif.get("runs")).get(0);
    }

    private List<Map<String, Object>> rules() {
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        return (List<Map<String, Object>>) driver.get("rules");
    }

    private List<Map<String, Object>> results() {
        return (List<Map<String, Object>>) run.get("results");
    }

    private static Object at(Object json, Object... path) {
        Object o = json;
        for (Object step : path) o = step instanceof Integer i ? ((List<Object>) o).get(i) : ((Map<String, Object>) o).get(step);
        return o;
    }

    @Test
    void theDocumentIsSarif210FromCmaltCheck() {
        assertThat(sarif).containsEntry("$schema", "https://json.schemastore.org/sarif-2.1.0.json").containsEntry("version", "2.1.0");
        assertThat((List<?>) sarif.get("runs")).hasSize(1);
        assertThat(at(run, "tool", "driver", "name")).isEqualTo("cmalt-check");
    }

    @Test
    void everyContractRuleIsDescribedAndUnknownOnesAreAdded() {
        assertThat(rules()).extracting(r -> r.get("id")).startsWith("settings", "front-matter", "missing-section").contains("heading-order", "submission-size")
                .endsWith("spelling").doesNotHaveDuplicates();
        Map<String, Object> acronym = rules().stream().filter(r -> r.get("id").equals("acronym")).findFirst().orElseThrow();
        assertThat(acronym.keySet()).containsExactly("id", "shortDescription", "help", "defaultConfiguration");
        assertThat(at(acronym, "shortDescription", "text")).isEqualTo("An acronym is used before it is expanded, and is neither in the glossary nor allowed");
        // helpUri must be an absolute URI (SARIF 2.1.0, 3.49.12): the relative path goes in the help text.
        assertThat(at(acronym, "help", "text")).isEqualTo("See docs/rules/acronym.md in the CMALT portfolio kit.");
        assertThat(at(acronym, "defaultConfiguration", "level")).isEqualTo("warning");
        Map<String, Object> missing = rules().stream().filter(r -> r.get("id").equals("missing-section")).findFirst().orElseThrow();
        assertThat(at(missing, "defaultConfiguration", "level")).isEqualTo("error");
        assertThat(at(rules().get(rules().size() - 1), "defaultConfiguration", "level")).isEqualTo("note");
    }

    @Test
    void resultsPointAtRepositoryRelativeFilesWithARegion() {
        assertThat(results()).hasSize(6);
        Map<String, Object> acronym = results().stream().filter(r -> r.get("ruleId").equals("acronym")).findFirst().orElseThrow();
        assertThat(acronym).containsEntry("level", "warning");
        assertThat(at(acronym, "message", "text")).isEqualTo("\"VLE\" is used before it is expanded (see docs/rules/acronym.md)");
        assertThat(at(acronym, "locations", 0, "physicalLocation", "artifactLocation", "uri")).isEqualTo("sample-portfolio/content/core-1c.md");
        assertThat(at(acronym, "locations", 0, "physicalLocation", "region", "startLine")).isEqualTo(6L);
        assertThat(at(acronym, "locations", 0, "physicalLocation", "region", "startColumn")).isEqualTo(14L);
        // ruleIndex points at the rule's description
        assertThat(rules().get(((Long) acronym.get("ruleIndex")).intValue())).containsEntry("id", "acronym");
        assertThat(results()).extracting(r -> r.get("level")).containsOnly("error", "warning", "note");
    }

    @Test
    void portfolioWideFindingsPointAtPortfolioYmlWithoutRegion() {
        Map<String, Object> missing = results().stream().filter(r -> r.get("ruleId").equals("missing-section")).findFirst().orElseThrow();
        assertThat(missing).containsEntry("level", "error");
        Map<String, Object> location = (Map<String, Object>) at(missing, "locations", 0, "physicalLocation");
        assertThat(location.keySet()).containsExactly("artifactLocation");
        assertThat(at(location, "artifactLocation", "uri")).isEqualTo("sample-portfolio/portfolio.yml");
    }

    @Test
    void urisArePercentEncoded() {
        assertThat(SarifReport.uri("my portfolio/content/ä#1.md")).isEqualTo("my%20portfolio/content/%C3%A4%231.md");
        assertThat(SarifReport.uri("a-b_c.d~e/f")).isEqualTo("a-b_c.d~e/f");
    }
}
