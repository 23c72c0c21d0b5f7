package io.github.cmaltkit.links;

import io.github.cmaltkit.links.Exchange.Failure;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * The link checker's judgements, with no network in them: what a final answer means for the
 * candidate, what a failure of the network is called, how long a Retry-After asks to wait.
 */
final class LinkVerdicts {

    static final String NO_SUCH_HOST = "no such host";

    private LinkVerdicts() {
    }

    /** The verdict on the answer that ended a link's redirects (never a redirect, 429 or 503 itself). */
    static WebLinkResult classify(String url, URI at, boolean redirected, Exchange x, SignInPages signIn) {
        String finalUrl = at.toString();
        int s = x.status();
        if (signIn.isSignInAddress(at) && (s / 100 == 2 || s == 401 || s == 403)) {
            return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl,
                    (redirected ? "redirects to a sign-in page (" : "is a sign-in page (") + at.getHost() + ")");
        }
        if (s / 100 == 2) {
            if (SignInPages.hasPasswordField(x.body())) {
                return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl, redirected
                        ? "redirects to a sign-in page (" + at.getHost() + ": it asks for a password)"
                        : "is a sign-in page (it asks for a password)");
            }
            return new WebLinkResult(url, Outcome.OK, s, finalUrl, StatusText.of(s));
        }
        if (s == 401 || s == 403) return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl, StatusText.of(s));
        if (s >= 400) return new WebLinkResult(url, Outcome.BROKEN, s, finalUrl, StatusText.of(s));
        return new WebLinkResult(url, Outcome.UNVERIFIED, s, finalUrl, "unexpected " + StatusText.of(s));
    }

    /** The verdict when no usable answer came: a timeout, a failure of the network, or still 429/503. */
    static WebLinkResult unanswered(String url, URI at, Exchange x) {
        if (x.timedOut()) return new WebLinkResult(url, Outcome.UNVERIFIED, 0, at.toString(), x.reason() + " (tried twice)");
        if (x.responded()) return new WebLinkResult(url, Outcome.UNVERIFIED, x.status(), at.toString(), x.reason());
        Outcome outcome = x.failure() == Failure.BROKEN ? Outcome.BROKEN : Outcome.UNVERIFIED;
        return new WebLinkResult(url, outcome, 0, at.toString(), x.reason());
    }

    /** Names a failure of the network in plain words. */
    static Exchange failure(Throwable t, Duration connectTimeout, Duration totalTimeout) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && chain.size() < 10; c = c.getCause()) chain.add(c);
        for (Throwable c : chain) {
            if (c instanceof HttpConnectTimeoutException) {
                return Exchange.failed(Failure.TIMEOUT, "could not connect within " + seconds(connectTimeout));
            }
        }
        for (Throwable c : chain) {
            if (c instanceof HttpTimeoutException || c instanceof TimeoutException) {
                return Exchange.failed(Failure.TIMEOUT, "timed out after " + seconds(totalTimeout));
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return Exchange.failed(Failure.BROKEN, NO_SUCH_HOST);
            }
            if (c instanceof SSLException) return Exchange.failed(Failure.BROKEN, "TLS handshake failed");
            if (c instanceof NoRouteToHostException) {
                return Exchange.failed(Failure.UNKNOWN, "no route to the host (network unreachable)");
            }
        }
        for (Throwable c : chain) {
            if (message(c).contains("unreachable")) return Exchange.failed(Failure.UNKNOWN, "network unreachable");
        }
        for (Throwable c : chain) {
            // The JDK client reports a refused connection as a ConnectException without a message
            // (its cause a ClosedChannelException).
            if (c instanceof ConnectException || message(c).contains("refused")) {
                return Exchange.failed(Failure.BROKEN, "connection refused");
            }
        }
        for (Throwable c : chain) {
            String m = message(c);
            if (m.contains("reset") || m.contains("received no bytes") || c instanceof EOFException
                    || c instanceof ClosedChannelException || m.contains("closed") || m.contains("broken pipe")) {
                return Exchange.failed(Failure.BROKEN, "connection reset");
            }
        }
        return Exchange.failed(Failure.UNKNOWN, "could not fetch: " + t);
    }

    private static String message(Throwable c) {
        return String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
    }

    /** Retry-After: delay-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            // not seconds: a date
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), when.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0).replace(".0 s", " s");
    }
}
