package io.github.cmaltkit.draft;

/** The draft cannot be imported; the message is one sentence saying why and what to do. */
public final class ImportRefusedException extends Exception {
    public ImportRefusedException(String message) {
        super(message);
    }
}
