package io.github.cmaltkit.links;

import java.util.Collection;
import java.util.Map;

/**
 * Checks web links (http, https and mailto). Every URL given gets exactly one result, keyed by the URL
 * exactly as given; a link is never {@link WebLinkResult.Outcome#OK} unless it was verified.
 */
public interface WebLinkVerifier {
    Map<String, WebLinkResult> verify(Collection<String> urls);
}
