package io.github.cmaltkit.check;

import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import io.github.cmaltkit.links.WebLinkVerifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A link checker for tests that never touches the network: the host decides the outcome.
 * {@code broken.example} is broken (404), {@code restricted.example} needs signing in (403),
 * {@code slow.example} timed out, {@code silent.example} gets no result at all, anything else works.
 */
final class FakeWebLinks implements WebLinkVerifier {

    @Override
    public Map<String, WebLinkResult> verify(Collection<String> urls) {
        Map<String, WebLinkResult> out = new LinkedHashMap<>();
        for (String url : urls) {
            if (url.contains("silent.example")) continue;
            out.put(url, url.contains("broken.example") ? new WebLinkResult(url, Outcome.BROKEN, 404, null, "not found")
                    : url.contains("restricted.example") ? new WebLinkResult(url, Outcome.RESTRICTED, 403, null, "forbidden")
                    : url.contains("slow.example") ? new WebLinkResult(url, Outcome.UNVERIFIED, null, null, "timed out after 3 tries")
                    : WebLinkResult.ok(url));
        }
        return out;
    }
}
