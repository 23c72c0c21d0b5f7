package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writing group's run: several portfolios checked in one JVM, with one summary table. */
class CohortTest {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath();
    static final Path SAMPLE = KIT.resolve("sample-portfolio");
    static final Path DRAFT = KIT.resolve("src/test/resources/portfolios/cmalt-draft");
    static final Path SENIOR = KIT.resolve("src/test/resources/portfolios/senior-partial");

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void threePortfoliosGiveOneReportEachAndASummaryTable() {
        String[] r = run("check", SAMPLE.toString(), DRAFT.toString(), SENIOR.toString(), "--offline", "--no-color");
        assertThat(r[0]).isEqualTo("1");
        String out = r[1];
        assertThat(out).contains("COHORT: 3 portfolios");
        String table = out.substring(out.indexOf("COHORT"));
        assertThat(table.lines().filter(l -> l.contains("sample-portfolio"))).singleElement().asString()
                .contains("CMALT", "12/12", " 0 ", "ready");
        assertThat(table.lines().filter(l -> l.contains("cmalt-draft"))).singleElement().asString().contains("2/12", "not ready");
        assertThat(table.lines().filter(l -> l.contains("senior-partial"))).singleElement().asString().contains("Senior CMALT", "not ready");
        assertThat(out.split("CMALT check of ", -1)).hasSize(4);
    }

    @Test
    void aFolderOfPortfoliosIsACohortToo(@TempDir Path tmp) throws Exception {
        for (Path p : new Path[] {SAMPLE, DRAFT, SENIOR}) copy(p, tmp.resolve(p.getFileName().toString()));
        Files.createDirectories(tmp.resolve("not-a-portfolio"));
        String[] r = run("check", tmp.toString(), "--offline", "--format", "json");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).startsWith("{\"portfolios\": [");
        assertThat(r[1].split("\"pathway\":", -1)).hasSize(4);
        assertThat(r[1]).contains("cmalt-draft").contains("senior-partial").contains("sample-portfolio").doesNotContain("not-a-portfolio");
    }

    @Test
    void aMissingMemberIsReportedAndTheRunCannotPass(@TempDir Path tmp) {
        String[] r = run("check", SAMPLE.toString(), tmp.resolve("gone").toString(), "--offline", "--no-color");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no such folder");
        assertThat(r[1]).contains("could not be checked");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
