package io.github.cmaltkit.check;

/**
 * How a check runs.
 *
 * @param offline no network at all: web links are not fetched (local files and anchors still are)
 */
public record CheckOptions(boolean offline) {

    public static CheckOptions defaults() {
        return new CheckOptions(false);
    }
}
