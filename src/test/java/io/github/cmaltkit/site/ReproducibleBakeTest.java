package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.export.Export;
import io.github.cmaltkit.portfolio.VersionDateTest;
import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Two bakes of the same portfolio give the same bytes, the PDF included, whatever the files' times say. */
@ResourceLock(SharedState.JBAKE)
class ReproducibleBakeTest {

    @Test
    void twoBakesWithTheSourcesTimesChangedBetweenThemAreByteIdenticalPdfIncluded(@TempDir Path tmp) throws Exception {
        Path portfolio = VersionDateTest.committedCopy(BakeTest.DRAFT, tmp.resolve("portfolio"));
        Path first = bakeAndExport(portfolio, tmp.resolve("one"));
        VersionDateTest.touchEverything(portfolio, Instant.parse("2031-01-01T00:00:00Z"));
        Path second = bakeAndExport(portfolio, tmp.resolve("two"));

        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(a).containsKey("portfolio.pdf");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        // The date of this version is the commit's, not the bake's nor the files'.
        assertThat(Files.readString(first.resolve("kit/print.html"))).contains("datetime=\"2026-03-14T09:26:53Z\"", "14 March 2026");
    }

    private static Path bakeAndExport(Path portfolio, Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(TestBaker.bake(portfolio, dir.resolve("stage"), site)).isEmpty();
        Export.pdf(site, site.resolve("portfolio.pdf"));
        return site;
    }

    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
