package io.github.cmaltkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input a candidate's files can hold: the checker answers with a located,
 * plain-language message and the contract's exit code; never a stack trace, never a hang.
 */
class HostileInputTest {

    static CommandRun check(Path dir, String... extra) {
        String[] args = Stream.concat(Stream.of("check", dir.toString(), "--offline", "--no-color"), Stream.of(extra)).toArray(String[]::new);
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommandRun.of(args));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> files() {
        byte[] bomCrlf = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return Stream.of(
                Arguments.of("unclosed front matter", utf8("---\nsection: core-1a\n## Description\n"), 1, "content/x.md:1:1: error [front-matter]", "never ends"),
                Arguments.of("broken YAML", utf8("---\nsection: core-1a\ntitle: [oops\n---\n"), 1, "content/x.md:3:8: error [front-matter]", "is not closed"),
                Arguments.of("no front matter", utf8("Just text about 2023.\n"), 1, "content/x.md:1:1: error [front-matter]", "no front matter"),
                Arguments.of("unknown section id", utf8("---\nsection: core-7z\n---\n"), 1, "content/x.md:2:10: error [front-matter]", "unknown section id"),
                Arguments.of("value of the wrong type", utf8("---\nsection: {a: b}\n---\n"), 1, "content/x.md:2:10: error [front-matter]", "single value"),
                Arguments.of("empty file", new byte[0], 1, "content/x.md", "front matter"),
                Arguments.of("binary file", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, 1, "content/x.md:1", "binary"),
                Arguments.of("Windows-1252 text", "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1), 1, "content/x.md:2", "not valid UTF-8"),
                Arguments.of("UTF-16 text", "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_16), 1, "content/x.md:1", "UTF-16"),
                Arguments.of("BOM and CRLF are valid", concat(bomCrlf, utf8("---\r\ntitle: Notes\r\n---\r\nWritten in 2024.\r\n")), 1, null, null),
                Arguments.of("link escaping the portfolio", utf8("---\ntitle: T\n---\nSee [it](../../../../etc/passwd).\n"), 1, "content/x.md:4:5: error [broken-link]", "outside"),
                Arguments.of("deep nesting", utf8("---\ntitle: T\n---\n" + "> ".repeat(30_000) + "deep\n"), 1, null, null));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A minimal portfolio (only required sections missing) plus one hostile file at content/x.md. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachHostileFileIsReportedWhereItIs(String name, byte[] bytes, int status, String located, String words, @TempDir Path dir)
            throws Exception {
        TestPortfolio.at(dir).settings("candidate: Test\npathway: cmalt\n").file("content/x.md", bytes);
        CommandRun run = check(dir);
        assertThat(run.status()).as(run.err()).isEqualTo(status);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("Exception");
        if (located != null) {
            assertThat(run.out()).contains(located);
            assertThat(run.out()).containsIgnoringCase(words);
        } else {
            assertThat(run.out()).doesNotContain("content/x.md:");
        }
    }

    @Test
    void aVeryLargeFileIsCheckedInReasonableTime(@TempDir Path dir) throws Exception {
        String para = "In spring 2024 I worked with the virtual learning environment (VLE) team on a new course page. ";
        TestPortfolio.at(dir).settings("candidate: Test\npathway: cmalt\n")
                .file("content/big.md", "---\ntitle: Big\n---\n" + (para.repeat(20) + "\n\n").repeat(2_000));
        assertThat(Files.size(dir.resolve("content/big.md"))).isGreaterThan(3_000_000);
        CommandRun run = check(dir, "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("{").contains("\"portfolio\":").contains("\"findings\":");
    }

    @Test
    void missingOrBrokenSettingsAndUnknownPathwayAreLocated(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        CommandRun none = check(dir);
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.out()).contains("portfolio.yml");

        TestPortfolio.at(dir).settings("candidate: Test\npathway: platinum\n");
        CommandRun unknown = check(dir);
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.out()).contains("portfolio.yml:2:10").contains("unknown pathway");

        TestPortfolio.at(dir).settings("candidate: [Test\npathway: cmalt\n");
        CommandRun broken = check(dir);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.out()).contains("portfolio.yml:1:12: error [settings]").contains("is not closed").doesNotContain("no pathway");
    }

    @Test
    void aFolderThatIsNotThereOrIsAFileCannotBeChecked(@TempDir Path dir) throws Exception {
        assertThat(check(dir.resolve("nope")).status()).isEqualTo(2);
        Files.writeString(dir.resolve("file.txt"), "x");
        CommandRun file = check(dir.resolve("file.txt"));
        assertThat(file.status()).isEqualTo(2);
        assertThat(file.err()).contains("not a portfolio folder").doesNotContain("Exception");
    }

    @Test
    void aLinkOutOfThePortfolioIsNeverRead(@TempDir Path tmp) throws Exception {
        Path dir = TestPortfolio.at(tmp.resolve("p")).settings("candidate: Test\npathway: cmalt\n")
                .file("content/x.md", "---\ntitle: T\n---\n[s](../../secret.md#heading)\n").dir();
        TestPortfolio.write(tmp.resolve("secret.md"), "---\ntitle: Secret\n---\n## Heading\n");
        CommandRun run = check(dir);
        assertThat(run.out()).contains("content/x.md:4:1: error [broken-link]").contains("outside");
    }
}
