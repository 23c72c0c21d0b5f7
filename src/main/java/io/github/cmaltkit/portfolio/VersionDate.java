package io.github.cmaltkit.portfolio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The date of this version of a portfolio, for its title page and the PDF's dates. Never the clock,
 * so two bakes of the same text agree byte for byte: {@code SOURCE_DATE_EPOCH} when the build sets it
 * (the reproducible-builds convention), else the time of the last commit touching the portfolio when
 * its files are all committed, else the newest time of its files.
 */
public final class VersionDate {

    private VersionDate() {
    }

    /** The version date of {@code portfolio}, reading the process's environment. */
    public static Optional<Instant> of(Path portfolio) {
        return of(portfolio, System.getenv());
    }

    static Optional<Instant> of(Path portfolio, Map<String, String> env) {
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        Optional<Instant> commit = lastCommit(portfolio);
        if (commit.isPresent()) return commit;
        return newestFile(portfolio);
    }

    /** The last commit's time, only when git knows the folder and nothing in it is changed or new. */
    private static Optional<Instant> lastCommit(Path portfolio) {
        String status = git(portfolio, "status", "--porcelain", "--", ".");
        if (status == null || !status.isBlank()) return Optional.empty();
        String time = git(portfolio, "log", "-1", "--format=%ct", "--", ".");
        if (time == null || !time.strip().matches("[0-9]{1,12}")) return Optional.empty();
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(time.strip())));
    }

    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null; // no git on this computer: fall back to the files' times
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Optional<Instant> newestFile(Path portfolio) {
        if (!Files.isDirectory(portfolio)) return Optional.empty();
        try (Stream<Path> s = Files.walk(portfolio)) {
            return s.filter(p -> !PortfolioPath.ignored(portfolio, p))
                    .filter(Files::isRegularFile)
                    .map(VersionDate::modified)
                    .max(Instant::compareTo)
                    .map(i -> Instant.ofEpochSecond(i.getEpochSecond()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p);
            return t.toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
