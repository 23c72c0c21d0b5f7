package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writing group's run: several portfolios checked in one JVM, with one summary table. */
class CohortTest {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath();
    static final Path SAMPLE = KIT.resolve("sample-portfolio");
    static final Path DRAFT = KIT.resolve("src/test/resources/portfolios/cmalt-draft");
    static final Path SENIOR = KIT.resolve("src/test/resources/portfolios/senior-partial");

    static final ObjectMapper JSON = new ObjectMapper();

    /** The cells of a summary-table row: columns are separated by at least two spaces. */
    static List<String> cells(String row) {
        return List.of(row.strip().split(" {2,}"));
    }

    @Test
    void threePortfoliosGiveOneReportEachAndASummaryTable() throws Exception {
        CommandRun r = CommandRun.of("check", SAMPLE.toString(), DRAFT.toString(), SENIOR.toString(), "--offline", "--no-color");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        String out = r.out();
        String table = out.substring(out.indexOf("COHORT: 3 portfolios"));
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(cells(lines.get(1))).containsExactly("Portfolio", "Pathway", "Sections", "Errors", "Warnings", "Verdict");

        // The counts in each row are those of the portfolio's own JSON report, checked on its own.
        List<String> sample = cells(lines.get(2));
        assertThat(sample).containsExactly(SAMPLE.toString(), "CMALT", "12/12", "0", "0", "ready to submit");
        List<String> draft = cells(lines.get(3));
        assertThat(draft).containsExactly(DRAFT.toString(), "CMALT", "2/12", count(DRAFT, "error"), count(DRAFT, "warning"), "not ready to submit");
        assertThat(Integer.parseInt(draft.get(3))).isPositive();
        List<String> senior = cells(lines.get(4));
        assertThat(senior).containsExactly(SENIOR.toString(), "Senior CMALT", senior.get(2), count(SENIOR, "error"), count(SENIOR, "warning"), "not ready to submit");
        assertThat(senior.get(2)).matches("\\d+/\\d+").isNotEqualTo("0/0");
        // One full report per portfolio, in the order named, before the table.
        List<String> headers = out.lines().filter(l -> l.startsWith("CMALT check of ")).toList();
        assertThat(headers).hasSize(3);
        assertThat(headers.get(0)).startsWith("CMALT check of " + SAMPLE + " ");
        assertThat(headers.get(1)).startsWith("CMALT check of " + DRAFT + " ");
        assertThat(headers.get(2)).startsWith("CMALT check of " + SENIOR + " ");
    }

    /** How many findings of a severity one portfolio has, from its own JSON report (not the cohort's). */
    static String count(Path portfolio, String severity) throws Exception {
        CommandRun r = CommandRun.of("check", portfolio.toString(), "--offline", "--format", "json");
        JsonNode findings = JSON.readTree(r.out()).get("findings");
        int n = 0;
        for (JsonNode f : findings) if (f.get("severity").asText().equals(severity)) n++;
        return String.valueOf(n);
    }

    @Test
    void aFolderOfPortfoliosIsACohortToo(@TempDir Path tmp) throws Exception {
        for (Path p : new Path[] {SAMPLE, DRAFT, SENIOR}) TestPortfolio.copy(p, tmp.resolve(p.getFileName().toString()));
        Files.createDirectories(tmp.resolve("not-a-portfolio"));
        CommandRun r = CommandRun.of("check", tmp.toString(), "--offline", "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode cohort = JSON.readTree(r.out());
        assertThat(fieldNames(cohort)).containsExactly("portfolios");
        JsonNode members = cohort.get("portfolios");
        assertThat(members.isArray()).isTrue();
        List<String> names = new ArrayList<>();
        List<String> pathways = new ArrayList<>();
        for (JsonNode m : members) {
            assertThat(fieldNames(m)).startsWith("portfolio", "pathway", "findings");
            names.add(m.get("portfolio").asText());
            pathways.add(m.get("pathway").asText());
            assertThat(m.get("findings").isArray()).isTrue();
        }
        // In name order; the folder without portfolio.yml is not a member.
        assertThat(names).containsExactly(tmp.resolve("cmalt-draft").toString(), tmp.resolve("sample-portfolio").toString(),
                tmp.resolve("senior-partial").toString());
        assertThat(pathways).containsExactly("cmalt", "cmalt", "senior");
        assertThat(members.get(1).get("findings")).isEmpty();
        assertThat(members.get(0).get("findings")).anySatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
    }

    @Test
    void sarifTakesOnePortfolioAndSaysWhatToUseInstead() {
        CommandRun r = CommandRun.of("check", SAMPLE.toString(), DRAFT.toString(), "--offline", "--format", "sarif");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format sarif takes one portfolio; use --format json for several");
    }

    @Test
    void aFolderOfPortfoliosIsRefusedInSarifToo(@TempDir Path tmp) throws Exception {
        TestPortfolio.copy(DRAFT, tmp.resolve("cmalt-draft"));
        TestPortfolio.copy(SENIOR, tmp.resolve("senior-partial"));
        CommandRun r = CommandRun.of("check", tmp.toString(), "--offline", "--format", "sarif");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format sarif takes one portfolio");
    }

    @Test
    void aPathPrefixIsRefusedForACohortInsteadOfBeingIgnored() {
        // One prefix cannot be the folder of several portfolios; silently dropping it sent annotations to wrong paths.
        CommandRun r = CommandRun.of("check", SAMPLE.toString(), DRAFT.toString(), "--offline", "--format", "github", "--path-prefix", "portfolio");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--path-prefix").contains("one portfolio");
    }

    @Test
    void aCohortInGithubFormatAnnotatesEachPortfolioUnderItsOwnFolder() {
        Path skips = KIT.resolve("src/test/resources/check-fixtures/heading-order/positive");
        CommandRun r = CommandRun.of("check", SAMPLE.toString(), skips.toString(), "--offline", "--format", "github");
        assertThat(r.status()).isEqualTo(0);
        // The clean sample has none; every annotation on a file is the fixture's, under the fixture's folder.
        List<String> annotations = r.out().lines().filter(l -> l.startsWith("::") && l.contains(" file=")).toList();
        assertThat(annotations).isNotEmpty()
                .allSatisfy(a -> assertThat(a).contains("file=" + skips.toString().replace(":", "%3A") + "/content/skips.md,"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aMissingMemberIsReportedAndTheRunCannotPass(@TempDir Path tmp) {
        CommandRun r = CommandRun.of("check", SAMPLE.toString(), tmp.resolve("gone").toString(), "--offline", "--no-color");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no such folder");
        assertThat(r.out()).contains("could not be checked");
    }

}
