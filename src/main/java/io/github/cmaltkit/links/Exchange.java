package io.github.cmaltkit.links;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Set;

/**
 * What one request got: a response (status, headers, the start of the body), or a failure of the
 * network or a timeout, with a plain-words reason.
 */
record Exchange(int status, HttpHeaders headers, byte[] body, Failure failure, String reason) {

    /** Why no response came: a timeout (tried again), a sure failure, or one that proves nothing. */
    enum Failure { TIMEOUT, BROKEN, UNKNOWN }

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    static Exchange failed(Failure failure, String reason) {
        return new Exchange(0, null, null, failure, reason);
    }

    /** The same answer with another reason (the body is dropped). */
    Exchange because(String why) {
        return new Exchange(status, headers, null, failure, why);
    }

    boolean responded() {
        return failure == null;
    }

    boolean timedOut() {
        return failure == Failure.TIMEOUT;
    }

    boolean ok() {
        return responded() && status / 100 == 2;
    }

    boolean redirect() {
        return responded() && REDIRECTS.contains(status);
    }

    boolean retryable() {
        return responded() && (status == 429 || status == 503);
    }

    String header(String name) {
        return headers == null ? null : headers.firstValue(name).orElse(null);
    }

    /** An HTML page, or a page that does not say what it is: it may ask for a password. */
    boolean html() {
        return headers == null || isHtml(headers);
    }

    static boolean isHtml(HttpHeaders h) {
        String type = h.firstValue("content-type").orElse(null);
        return type == null || type.toLowerCase(Locale.ROOT).contains("html");
    }
}
