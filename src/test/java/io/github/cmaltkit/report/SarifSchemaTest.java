package io.github.cmaltkit.report;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cmaltkit.check.CheckOptions;
import io.github.cmaltkit.check.Checker;
import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SARIF the checker writes is valid against the SARIF 2.1.0 JSON schema (read offline from the test resources). */
class SarifSchemaTest {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            assertThat(in).as("the SARIF schema in src/test/resources/sarif").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    static List<String> problems(JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    @Test
    void handMadeFindingsOfEveryKindGiveValidSarif(@TempDir Path tmp) throws Exception {
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        List<Finding> findings = new ArrayList<>(Fixtures.findings());
        findings.add(new Finding("spelling", Severity.INFO, "content/core-1c.md", 7, 2, "core-1c", "a rule this catalogue does not know"));
        findings.add(new Finding("broken-link", Severity.ERROR, "content/my file ä.md", 3, null, null, "a line without a column"));
        String sarif = SarifReport.render(CheckReport.of(Fixtures.result(p, findings), "my-portfolio"), "my portfolio");
        assertThat(problems(JSON.readTree(sarif))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-portfolio", "src/test/resources/portfolios/cmalt-draft", "src/test/resources/portfolios/senior-partial"})
    void theCheckersOwnOutputIsValidSarif(String folder) throws Exception {
        Portfolio p = Fixtures.read(KIT.resolve(folder));
        String sarif = SarifReport.render(CheckReport.of(Checker.check(p, Rules.all(), new CheckOptions(true)), folder), folder);
        JsonNode document = JSON.readTree(sarif);
        assertThat(problems(document)).isEmpty();
        assertThat(document.get("runs").get(0).get("results").size()).isEqualTo(
                Checker.check(p, Rules.all(), new CheckOptions(true)).findings().size());
    }

    @Test
    void theSchemaRejectsWhatIsNotSarif(@TempDir Path tmp) throws Exception {
        // The control: the validator does reject a broken document, so an empty list above means valid.
        Portfolio p = Fixtures.read(Fixtures.writePortfolio(tmp));
        ObjectNode document = (ObjectNode) JSON.readTree(SarifReport.render(CheckReport.of(Fixtures.result(p, Fixtures.findings()), "x"), "x"));
        ObjectNode result = (ObjectNode) document.get("runs").get(0).get("results").get(0);
        result.put("level", "fatal");
        assertThat(problems(document)).isNotEmpty();
        document.remove("version");
        assertThat(problems(document)).anySatisfy(e -> assertThat(e).contains("version"));
    }
}
