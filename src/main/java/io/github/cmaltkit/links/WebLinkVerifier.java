package io.github.cmaltkit.links;

import java.util.Collection;
import java.util.Map;

/**
 * Checks web links for the checker. The checker collects every distinct web URL of a portfolio
 * (Markdown links and images, autolinks, raw HTML {@code href}/{@code src}) and calls
 * {@link #verify} once; the rules {@code broken-link}, {@code restricted-link} and
 * {@code link-unverified} turn the results into findings.
 *
 * <p>A URL missing from the returned map is reported as unverified, never as working. When the check
 * cannot run at all (no network stack, a bug), throw: the command then exits with status 2 rather than
 * pretending every link is fine.
 */
@FunctionalInterface
public interface WebLinkVerifier {

    /** The outcome for each URL, keyed by the URL exactly as given. */
    Map<String, WebLinkResult> verify(Collection<String> urls);

    /**
     * Called when a check will verify links, before it reads the pages: may start, beside the reading,
     * what is slow to start (a client's classes). Sends nothing; {@link #verify} works without it.
     */
    default void prepare() {
    }
}
