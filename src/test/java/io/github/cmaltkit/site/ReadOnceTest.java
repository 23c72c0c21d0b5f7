package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Every file of the sample is read, and parsed by the checker, once per check and once per bake (the
 * engine, the site model, the checker and the kit pages share one {@link PortfolioModel}). JBake's own
 * read of its staged copy, to find the file and its hash, is not the kit's and is not counted. Nor is
 * any body parsed as Markdown again: the site page, the print page and the revisions page render and
 * read the checker's tree ({@link Markdown#parses} counts every parse).
 */
@Isolated("counts every Markdown parse in the JVM (markdown.Markdown.parses)")
class ReadOnceTest {

    @TempDir
    Path tmp;

    @Test
    void aCheckReadsAndParsesEachFileOnce() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("sample"));
        Counts before = Counts.now();
        assertThat(CommandRun.of("check", dir.toString(), "--offline", "--format", "json").status()).isZero();
        assertOnce(dir, Counts.now().since(before), tmp.resolve("none"));
    }

    @Test
    void aBakeReadsAndParsesEachFileOnce() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("sample"));
        Path stage = tmp.resolve("stage");
        Counts before = Counts.now();
        assertThat(TestBaker.bake(dir, stage, tmp.resolve("site"))).isEmpty();
        assertOnce(dir, Counts.now().since(before), stage);
    }

    private static void assertOnce(Path dir, Counts during, Path stage) throws Exception {
        Map<String, Integer> expectedReads = new TreeMap<>();
        Map<String, Integer> expectedParses = new TreeMap<>();
        expectedReads.put("portfolio.yml", 1);
        try (Stream<Path> s = Files.walk(dir.resolve("content"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(p -> {
                expectedReads.put(dir.relativize(p).toString(), 1);
                expectedParses.put(dir.relativize(p).toString(), 1);
            });
        }
        assertThat(expectedParses).hasSizeGreaterThan(10);
        assertThat(during.under(dir, during.reads)).isEqualTo(expectedReads);
        assertThat(during.under(dir, during.parses)).isEqualTo(expectedParses);
        assertThat(during.markdownParses).as("Markdown parses").isEqualTo(expectedParses.size());
        // Nor is the staged copy read a second time in the engine's own way.
        assertThat(during.under(stage, during.reads)).isEmpty();
    }

    /** Reads and parses by absolute path, and Markdown parses of any body (the tests run one at a time). */
    private record Counts(Map<Path, Integer> reads, Map<Path, Integer> parses, long markdownParses) {

        static Counts now() {
            return new Counts(PortfolioModel.Counts.reads(), PortfolioModel.Counts.parses(), Markdown.parses());
        }

        Counts since(Counts before) {
            return new Counts(minus(reads, before.reads), minus(parses, before.parses), markdownParses - before.markdownParses);
        }

        private static Map<Path, Integer> minus(Map<Path, Integer> now, Map<Path, Integer> before) {
            Map<Path, Integer> out = new TreeMap<>();
            now.forEach((p, n) -> {
                int d = n - before.getOrDefault(p, 0);
                if (d != 0) out.put(p, d);
            });
            return out;
        }

        Map<String, Integer> under(Path dir, Map<Path, Integer> counts) {
            Path d = dir.toAbsolutePath().normalize();
            Map<String, Integer> out = new TreeMap<>();
            counts.forEach((p, n) -> {
                if (p.startsWith(d)) out.put(d.relativize(p).toString(), n);
            });
            return out;
        }
    }
}
