package io.github.cmaltkit.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small portfolio written for a test into a temporary folder, file by file:
 * <pre>
 * Path dir = TestPortfolio.at(tmp.resolve("p")).settings("candidate: Alex Example\npathway: cmalt\n")
 *         .file("content/core-1a.md", "---\nsection: core-1a\n---\n## Description\n…").dir();
 * </pre>
 * Tests write here, never into the sample or a fixture under src/test/resources.
 */
public final class TestPortfolio {

    private final Path dir;

    private TestPortfolio(Path dir) {
        this.dir = dir;
    }

    /** A portfolio in {@code dir} (created with its first file). */
    public static TestPortfolio at(Path dir) {
        return new TestPortfolio(dir);
    }

    /** The portfolio's {@code portfolio.yml}. */
    public TestPortfolio settings(String yaml) {
        return file("portfolio.yml", yaml);
    }

    /** A file at a path relative to the portfolio folder, e.g. {@code content/core-1a.md}. */
    public TestPortfolio file(String path, String text) {
        write(dir.resolve(path), text);
        return this;
    }

    /** A file of raw bytes (a binary or wrongly encoded file), at a path relative to the portfolio folder. */
    public TestPortfolio file(String path, byte[] bytes) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An empty folder at a path relative to the portfolio folder, e.g. {@code content} for a portfolio with nothing written. */
    public TestPortfolio folder(String path) {
        try {
            Files.createDirectories(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path dir() {
        return dir;
    }

    /** The portfolio as the kit reads it. */
    public Portfolio read() {
        return read(dir);
    }

    /** The portfolio in a folder as the kit reads it; a test fails with the kit's message when it cannot. */
    public static Portfolio read(Path dir) {
        try {
            return Portfolio.read(dir);
        } catch (Portfolio.UnreadableException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Writes a file, creating its folders. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a whole folder (a sample or a fixture) at {@code to}, for a test to change; returns {@code to}. */
    public static Path copy(Path from, Path to) {
        try (java.util.stream.Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
