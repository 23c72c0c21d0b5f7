package io.github.cmaltkit.links;

/**
 * What checking one web link found.
 *
 * @param url      the URL as written in the portfolio
 * @param outcome  what it means for the candidate
 * @param status   the last HTTP status, or null when there was none (no such host, refused, TLS failure)
 * @param finalUrl where redirects ended, or null when the same as {@code url} or unknown
 * @param reason   a short plain-language cause, e.g. "no such host" or "sign-in page at login.microsoftonline.com"
 */
public record WebLinkResult(String url, Outcome outcome, Integer status, String finalUrl, String reason) {

    public enum Outcome {
        /** The page opened for anyone. */
        OK,
        /** 4xx/5xx (except the restricted and retry cases), no such host, refused connection, TLS failure. */
        BROKEN,
        /** 401/403, or the final page after redirects is a sign-in page. */
        RESTRICTED,
        /** Still timing out or rate-limited (429/503) after retries: not known to work. */
        UNVERIFIED
    }

    public static WebLinkResult ok(String url) {
        return new WebLinkResult(url, Outcome.OK, 200, null, null);
    }
}
