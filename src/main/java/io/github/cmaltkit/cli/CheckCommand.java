package io.github.cmaltkit.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code cmalt check}: placeholder until the checker lands; reports that it cannot run. */
final class CheckCommand {
    private CheckCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("cmalt check: the checker is not built yet");
        return Main.CANNOT_RUN;
    }
}
