package io.github.cmaltkit.check;

import io.github.cmaltkit.links.WebLinkVerifier;

/**
 * How a check runs.
 *
 * @param offline  no network at all: web links are not fetched (local files and anchors still are)
 * @param webLinks checks web links, or null for none (then web links are neither broken nor working:
 *                 no web-link finding is made, and the report should say they were not checked)
 */
public record CheckOptions(boolean offline, WebLinkVerifier webLinks) {

    public CheckOptions(boolean offline) {
        this(offline, null);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(false, null);
    }

    /** The verifier to use, or null when web links are not to be checked. */
    WebLinkVerifier activeVerifier() {
        return offline ? null : webLinks;
    }
}
