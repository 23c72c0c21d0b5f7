package io.github.cmaltkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which portfolio a command works on when none is named: the candidate's {@code portfolio/} in the
 * current folder if it exists, otherwise the kit's {@code sample-portfolio/}.
 */
final class PortfolioDir {

    private PortfolioDir() {
    }

    /** The folder named on the command line, or the default when {@code argOrNull} is null. */
    static Path resolve(String argOrNull) {
        if (argOrNull != null) return Path.of(argOrNull);
        Path own = Path.of("portfolio");
        return Files.isDirectory(own) ? own : Path.of("sample-portfolio");
    }
}
