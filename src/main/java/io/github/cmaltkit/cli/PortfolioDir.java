package io.github.cmaltkit.cli;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.Settings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which portfolio a command works on when none is named: the candidate's {@code portfolio/} in the
 * current folder if it exists, otherwise the kit's {@code sample-portfolio/} (so a fresh clone shows
 * something). The Maven build makes the same choice (profile {@code own-portfolio} in pom.xml).
 * Standing inside a portfolio, or in a sub-folder of the kit, the folders above are searched as git
 * does, and the command says which portfolio it found.
 */
final class PortfolioDir {

    /** The candidate's own folder, at the root of their copy of the kit. */
    static final String OWN = "portfolio";
    static final String SAMPLE = "sample-portfolio";

    /**
     * The folder a command works on, and a sentence saying which it is when it is not the one typed or
     * {@code portfolio/} (or the sample) of the current folder; null then.
     */
    record Found(Path dir, String note) {
    }

    private PortfolioDir() {
    }

    /** The folder named on the command line, or the default in the current folder when {@code argOrNull} is null. */
    static Path resolve(String argOrNull, Path cwd) throws UsageException {
        return find(argOrNull, cwd).dir();
    }

    /**
     * The folder named (relative to {@code cwd}), else {@code portfolio/} or {@code sample-portfolio/}
     * of {@code cwd}, else the portfolio {@code cwd} is in, else the nearest folder above holding a
     * portfolio of its own or the kit's sample.
     */
    static Found find(String argOrNull, Path cwd) throws UsageException {
        if (argOrNull != null) return new Found(cwd.resolve(argOrNull), null);
        Path here = cwd.toAbsolutePath().normalize();
        // Standing in a portfolio (a nested portfolio/ in it would be an old init's mistake): that one.
        if (isPortfolio(here)) return new Found(here, "working on the portfolio in the folder you are in, " + here);
        if (Files.isDirectory(cwd.resolve(OWN))) return new Found(cwd.resolve(OWN), null);
        if (Files.isDirectory(cwd.resolve(SAMPLE))) return new Found(cwd.resolve(SAMPLE), null);
        // Above, a folder named portfolio/ counts only if it looks like one: any folder may be called so.
        for (Path up = here.getParent(); up != null; up = up.getParent()) {
            if (hasSettings(up)) return new Found(up, "working on the portfolio " + up + ", found above the folder you are in");
            if (isPortfolio(up.resolve(OWN))) {
                return new Found(up.resolve(OWN), "working on the portfolio " + up.resolve(OWN) + ", found above the folder you are in");
            }
            if (isPortfolio(up.resolve(SAMPLE))) {
                return new Found(up.resolve(SAMPLE), "working on the kit's sample, " + up.resolve(SAMPLE)
                        + ": the kit's folder above has no portfolio/ of yours yet");
            }
        }
        throw new UsageException("there is no " + OWN + "/ folder here or in the folders above to work on: run this from the folder "
                + "of your copy of the kit, name the portfolio folder, or start one with `" + KitCommand.LAUNCHER + " init`");
    }

    /** The only positional argument, or the default folder when there is none. */
    static Found fromArgs(Args a, Path cwd) throws UsageException {
        if (a.positionals.size() > 1) throw new UsageException("expected at most one portfolio folder, got " + a.positionals);
        return find(a.positionals.isEmpty() ? null : a.positionals.get(0), cwd);
    }

    /**
     * The folder {@code init} writes: the one named, or {@code portfolio/} of {@code cwd}; refused
     * when it would lie inside a portfolio (a portfolio inside another is read by no command).
     */
    static Path forInit(String argOrNull, Path cwd) throws UsageException {
        Path dir = cwd.resolve(argOrNull == null ? OWN : argOrNull);
        Path abs = dir.toAbsolutePath().normalize();
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (!hasSettings(up)) continue;
            String where = argOrNull == null ? "you are inside the portfolio " + up : abs + " is inside the portfolio " + up;
            throw new UsageException(where + " (it has a " + Settings.FILE + "), and a portfolio inside another is read by no "
                    + "command, so nothing was created. To add the sections its pathway still needs, name it: `init " + up
                    + "`; check, preview and plan find it from where you stand");
        }
        return dir;
    }

    /** A portfolio folder by the contract's measure: its settings or its content folder. */
    static boolean isPortfolio(Path dir) {
        return hasSettings(dir) || Files.isDirectory(dir.resolve(Portfolio.CONTENT));
    }

    private static boolean hasSettings(Path dir) {
        return Files.isRegularFile(dir.resolve(Settings.FILE));
    }
}
