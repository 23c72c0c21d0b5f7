package io.github.cmaltkit;

/**
 * How the kit's messages write a command for the candidate to type: with the launcher the README gives,
 * run in the kit's folder, so that what the kit prints and what the README says are the same command.
 * {@code java -jar target/cmalt.jar} does the same, slower to start.
 */
public final class KitCommand {

    /** {@code ./cmalt}, or {@code cmalt} on Windows (cmalt.cmd answers to it). */
    public static final String LAUNCHER = System.getProperty("os.name", "").startsWith("Windows") ? "cmalt" : "./cmalt";

    private KitCommand() {
    }
}
