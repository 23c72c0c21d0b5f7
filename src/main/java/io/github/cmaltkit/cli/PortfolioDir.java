package io.github.cmaltkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which portfolio a command works on when none is named: the candidate's {@code portfolio/} in the
 * current folder if it exists, otherwise the kit's {@code sample-portfolio/} (so a fresh clone shows
 * something). The Maven build makes the same choice (profile {@code own-portfolio} in pom.xml).
 */
final class PortfolioDir {

    /** The candidate's own folder, at the root of their copy of the kit. */
    static final String OWN = "portfolio";
    static final String SAMPLE = "sample-portfolio";

    private PortfolioDir() {
    }

    /** The folder named on the command line, or the default in the current folder when {@code argOrNull} is null. */
    static Path resolve(String argOrNull) throws UsageException {
        return resolve(argOrNull, Path.of(""));
    }

    static Path resolve(String argOrNull, Path cwd) throws UsageException {
        if (argOrNull != null) return Path.of(argOrNull);
        if (Files.isDirectory(cwd.resolve(OWN))) return Path.of(OWN);
        if (Files.isDirectory(cwd.resolve(SAMPLE))) return Path.of(SAMPLE);
        throw new UsageException("there is no " + OWN + "/ folder here to work on: run this from the folder of your copy of the kit, "
                + "name the portfolio folder, or start one with `java -jar target/cmalt.jar init`");
    }

    /** The only positional argument, or the default folder when there is none. */
    static Path fromArgs(Args a) throws UsageException {
        if (a.positionals.size() > 1) throw new UsageException("expected at most one portfolio folder, got " + a.positionals);
        return resolve(a.positionals.isEmpty() ? null : a.positionals.get(0));
    }
}
