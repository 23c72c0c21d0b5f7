package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date of a portfolio's version: never the clock, so two bakes of the same text agree. */
public class VersionDateTest {

    /** The time of the commit {@link #committedCopy} makes. */
    public static final Instant COMMITTED = Instant.parse("2026-03-14T09:26:53Z");
    private static final Path DRAFT = Path.of(System.getProperty("cmalt.kit.dir", "."))
            .resolve("src/test/resources/portfolios/cmalt-draft").toAbsolutePath().normalize();

    @Test
    void theVersionDateIsSourceDateEpochThenTheCommitThenTheNewestFile(@TempDir Path tmp) throws Exception {
        Path portfolio = committedCopy(DRAFT, tmp.resolve("portfolio"));
        assertThat(VersionDate.of(portfolio, Map.of("SOURCE_DATE_EPOCH", "1700000000"))).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(VersionDate.of(portfolio, Map.of())).contains(COMMITTED);
        // An edit not committed yet: the commit no longer describes the text, the newest file does.
        Path context = portfolio.resolve("content/context.md");
        Files.writeString(context, Files.readString(context) + "\nOne more sentence.\n");
        Files.setLastModifiedTime(context, FileTime.from(Instant.parse("2027-02-02T10:00:00Z")));
        assertThat(VersionDate.of(portfolio, Map.of())).contains(Instant.parse("2027-02-02T10:00:00Z"));
    }

    /** A copy of {@code from} in {@code to}, its own git repository with one commit made at {@link #COMMITTED}. */
    public static Path committedCopy(Path from, Path to) throws Exception {
        TestPortfolio.copy(from, to);
        touchEverything(to, Instant.parse("2026-01-01T00:00:00Z"));
        git(to, "init", "-q");
        git(to, "add", "-A");
        git(to, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "portfolio");
        return to;
    }

    /** Sets the modification time of every file below {@code dir} (git's own files aside). */
    public static void touchEverything(Path dir, Instant when) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.git/")).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(when));
            }
        }
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        String stamp = COMMITTED.getEpochSecond() + " +0000";
        pb.environment().put("GIT_AUTHOR_DATE", stamp);
        pb.environment().put("GIT_COMMITTER_DATE", stamp);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("git %s: %s", command, out).isZero();
    }
}
