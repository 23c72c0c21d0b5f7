package io.github.cmaltkit.cli;

/** The command line itself is wrong (exit status 2). */
public final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
