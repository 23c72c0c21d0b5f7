package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker reports on whatever a candidate writes; it never fails on the text itself. */
class RobustnessTest {

    @TempDir
    Path dir;

    private static final List<String> NASTY = List.of(
            "",
            "---\n",
            "---\ntitle: T\n---\n",
            "---\nsection: core-1a\n---\n## Description\n## Evidence\n## Reflection\n",
            "---\ntitle: T\n---\n[x](a%00b) [y](mailto:%zz) [z](%) [w](<>) ![]() <a href=> <img <img src= alt",
            "---\ntitle: T\n---\n<!-- never closed\n\n<div>\n<a href=\"x\n",
            "---\ntitle: T\n---\n" + "> ".repeat(50) + "- ".repeat(50) + "VLE\n",
            "---\ntitle: T\n---\n" + "ABCDEFGH ".repeat(3000) + "\n",
            "---\ntitle: T\n---\n" + "(".repeat(500) + "VLE" + ")".repeat(500) + " VLE (" + "v ".repeat(400) + ")\n",
            "---\ntitle: T\n---\n# !!!\n\n###### ???\n\n## \n\n&#1114111; &#0; &bogus; 😀 VLE 😀 \u202Eمرحبا VLE\n",
            "---\ntitle: T\n---\n[a](..\\assets\\x.pdf) [b](../../../../../../etc/passwd) [c](/absolute) [d](file:///etc/passwd) [e](#)\n",
            "---\ntitle: T\n---\n| a | b |\n|---|---|\n| ![](x) | [y]() |\n\n    indented code VLE\n\n```\nfenced VLE\n",
            "---\ntitle: T\n---\nTODO: x@y.z 0161 496 0000 +12345678901234567890 s123456789012 " + "1".repeat(5000) + "\n",
            "\uFEFF---\r\ntitle: T\r\n---\r\n\r\n\tTabbed\tVLE\r\n");

    @Test
    void neverFailsOnTheCandidatesText() throws Exception {
        TestPortfolio portfolio = TestPortfolio.at(dir).settings("pathway: senior\n");
        for (int i = 0; i < NASTY.size(); i++) portfolio.file("content/f" + i + ".md", NASTY.get(i));
        Files.write(dir.resolve("content/binary.md"), new byte[] {'-', '-', '-', 0, 1, 2});
        Files.write(dir.resolve("content/latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Portfolio p = TestPortfolio.read(dir);
        long start = System.nanoTime();
        CheckResult result = Checker.check(p, Rules.all(), new CheckOptions(false, new FakeWebLinks()));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            if (f.line() != null) assertThat(f.line()).isPositive();
            if (f.column() != null) assertThat(f.column()).isPositive();
        });
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.file()).isEqualTo("content/binary.md"));
    }
}
