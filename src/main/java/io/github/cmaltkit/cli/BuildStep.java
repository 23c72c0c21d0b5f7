package io.github.cmaltkit.cli;

import java.util.Arrays;

/**
 * How the Maven build runs the kit's commands (exec:java, in Maven's own JVM): as {@link Main}, except
 * that a command that must stop the build ends Maven there with the command's exit status, after its own
 * one-line reason. Handed to Maven as a failure, the same stop printed a stack trace and a page of Maven's
 * advice under the reason. A command that succeeds returns, and the build goes on.
 *
 * <p>{@code --report} first: findings (exit 1) do not stop the build, only a check that could not run.
 */
public final class BuildStep {

    private BuildStep() {
    }

    public static void main(String[] args) {
        boolean report = args.length > 0 && args[0].equals("--report");
        int status = Main.run(report ? Arrays.copyOfRange(args, 1, args.length) : args, System.out, System.err);
        if (status == Main.OK || report && status == Main.FINDINGS) return;
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }
}
