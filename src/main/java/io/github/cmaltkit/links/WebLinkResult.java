package io.github.cmaltkit.links;

/**
 * What checking one web link found.
 *
 * @param url      the link as given to {@link WebLinkVerifier#verify}
 * @param outcome  OK, BROKEN, RESTRICTED (needs signing in) or UNVERIFIED (could not tell)
 * @param status   the last HTTP status seen, or 0 when there was none (no such host, refused, mailto…)
 * @param finalUrl the address after redirects (the link itself when there were none)
 * @param reason   plain words: "404 Not Found", "no such host", "redirects to a sign-in page (…)"…
 */
public record WebLinkResult(String url, Outcome outcome, int status, String finalUrl, String reason) {
    public enum Outcome { OK, BROKEN, RESTRICTED, UNVERIFIED }
}
