package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.testing.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Two bakes of the same portfolio give the same bytes, the PDF included, whatever the files' times say. */
@ResourceLock(SharedState.JBAKE)
class ReproducibleBakeTest {

    private static final Instant COMMITTED = Instant.parse("2026-03-14T09:26:53Z");

    @Test
    void twoBakesWithTheSourcesTimesChangedBetweenThemAreByteIdenticalPdfIncluded(@TempDir Path tmp) throws Exception {
        Path portfolio = committedCopyOfDraft(tmp.resolve("portfolio"));
        Path first = bakeAndExport(portfolio, tmp.resolve("one"));
        touchEverything(portfolio, Instant.parse("2031-01-01T00:00:00Z"));
        Path second = bakeAndExport(portfolio, tmp.resolve("two"));

        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(a).containsKey("portfolio.pdf");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String name : a.keySet()) assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        // The date of this version is the commit's, not the bake's nor the files'.
        assertThat(Files.readString(first.resolve("kit/print.html"))).contains("datetime=\"2026-03-14T09:26:53Z\"", "14 March 2026");
    }

    @Test
    void theVersionDateIsSourceDateEpochThenTheCommitThenTheNewestFile(@TempDir Path tmp) throws Exception {
        Path portfolio = committedCopyOfDraft(tmp.resolve("portfolio"));
        assertThat(VersionDate.of(portfolio, Map.of("SOURCE_DATE_EPOCH", "1700000000"))).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(VersionDate.of(portfolio, Map.of())).contains(COMMITTED);
        // An edit not committed yet: the commit no longer describes the text, the newest file does.
        Path context = portfolio.resolve("content/context.md");
        Files.writeString(context, Files.readString(context) + "\nOne more sentence.\n");
        Files.setLastModifiedTime(context, FileTime.from(Instant.parse("2027-02-02T10:00:00Z")));
        assertThat(VersionDate.of(portfolio, Map.of())).contains(Instant.parse("2027-02-02T10:00:00Z"));
    }

    private static Path bakeAndExport(Path portfolio, Path dir) throws Exception {
        Path site = dir.resolve("site");
        assertThat(TestBaker.bake(portfolio, dir.resolve("stage"), site)).isEmpty();
        Export.pdf(site, site.resolve("portfolio.pdf"));
        return site;
    }

    static Path committedCopyOfDraft(Path to) throws Exception {
        PdfExportTest.copyOfDraft(to);
        touchEverything(to, Instant.parse("2026-01-01T00:00:00Z"));
        git(to, "init", "-q");
        git(to, "add", "-A");
        git(to, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "portfolio");
        return to;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        String stamp = COMMITTED.getEpochSecond() + " +0000";
        pb.environment().put("GIT_AUTHOR_DATE", stamp);
        pb.environment().put("GIT_COMMITTER_DATE", stamp);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("git %s: %s", command, out).isZero();
    }

    private static void touchEverything(Path dir, Instant when) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.git/")).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(when));
            }
        }
    }

    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
