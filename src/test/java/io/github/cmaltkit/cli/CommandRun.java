package io.github.cmaltkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line through {@link Main#run} (or another entry point), in the test's JVM: its exit status and what it wrote. */
public record CommandRun(int status, String out, String err) {

    /** A way in: {@code Main::run}, or the build's {@code BuildStep::run}. */
    public interface Entry {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** Runs {@code cmalt ARGS…} and keeps its exit status, standard output and standard error. */
    public static CommandRun of(String... args) {
        return with(Main::run, args);
    }

    /**
     * {@link #of}, standing in the folder {@code cwd}: what a command writes where you stand (import's
     * target/import-report.txt) goes there, not into the kit's target/ that tests running beside it share.
     */
    public static CommandRun in(Path cwd, String... args) {
        return with((a, out, err) -> Main.run(a, out, err, new CheckCommand(), cwd), args);
    }

    /** Runs {@code ARGS…} through {@code entry} and keeps its exit status, standard output and standard error. */
    public static CommandRun with(Entry entry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = entry.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@link #with} with the arguments {@code first…} then {@code more…}. */
    public static CommandRun with(Entry entry, List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return with(entry, all.toArray(String[]::new));
    }

    /** {@link #of} with the arguments {@code first…} then {@code more…}. */
    public static CommandRun of(List<String> first, String... more) {
        return with(Main::run, first, more);
    }
}
