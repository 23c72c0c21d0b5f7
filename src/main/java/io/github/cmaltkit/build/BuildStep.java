package io.github.cmaltkit.build;

import io.github.cmaltkit.cli.Main;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * How the Maven build runs the kit (exec:java, in Maven's own JVM, pom.xml): the build's own steps
 * ({@link BuildCommands}: stage, summary, export) and the candidate's {@code check} through {@link Main}.
 * A step that must stop the build ends Maven there with the step's exit status, after its own one-line
 * reason. Handed to Maven as a failure, the same stop printed a stack trace and a page of Maven's advice
 * under the reason. A step that succeeds returns, and the build goes on.
 *
 * <p>{@code --report} first: findings (exit 1) do not stop the build, only a check that could not run.
 */
public final class BuildStep {

    private BuildStep() {
    }

    public static void main(String[] args) {
        boolean report = args.length > 0 && args[0].equals("--report");
        int status = run(report ? Arrays.copyOfRange(args, 1, args.length) : args, System.out, System.err);
        if (status == Main.OK || report && status == Main.FINDINGS) return;
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs one step in this JVM and returns its exit status: a build command, or else a command of {@link Main}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && BuildCommands.NAMES.contains(args[0])) {
            return BuildCommands.run(args[0], List.of(args).subList(1, args.length), out, err);
        }
        return Main.run(args, out, err);
    }
}
