package io.github.cmaltkit.links;

import io.github.cmaltkit.links.Exchange.Failure;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The protocol for one link, as steps: it says which request to send next (and after what wait), is
 * given what that request got, and ends with a verdict. It sends nothing itself, so the batch can put
 * every request through the one per-host limit, and a test can drive it without a network.
 *
 * <p>GET at once for an address that names a page ({@link WebAddress#looksLikePage}: the page must be
 * read to see whether it asks for a password); else HEAD first, and GET when HEAD is refused or times
 * out, or answers 2xx for what may be an HTML page; a host that has answered HEAD with HTML gets GET
 * straight away. 429/503 are retried honouring Retry-After within a bound, a timeout
 * once; redirects are followed by hand.
 */
final class LinkCheck {

    /** What to do next. */
    sealed interface Step permits Send, Done {
    }

    /** Send {@code method} to {@code uri}, after waiting {@code after}. */
    record Send(String method, URI uri, Duration after) implements Step {
    }

    record Done(WebLinkResult result) implements Step {
    }

    final URI startUri;
    private final String url;
    private final LinkCheckOptions o;
    private final SignInPages signIn;
    private final Set<String> htmlHosts;
    private final Set<URI> seen = new HashSet<>();
    private URI current;
    private int redirects;
    private String method;
    private int tries;
    private boolean getRetried;
    private Exchange head;

    /** {@code htmlHosts}: hosts known to answer HEAD with HTML, shared by the links of a batch. */
    LinkCheck(URI start, LinkCheckOptions o, SignInPages signIn, Set<String> htmlHosts) {
        this.startUri = start;
        this.url = start.toString();
        this.o = o;
        this.signIn = signIn;
        this.htmlHosts = htmlHosts;
        this.current = start;
        seen.add(start);
    }

    String url() {
        return url;
    }

    /** The first request (again after each redirect). */
    Step start() {
        head = null;
        getRetried = false;
        boolean getOnly = readAtOnce(current, o) || o.skipHeadOnHtmlHosts() && htmlHosts.contains(WebAddress.hostKey(current));
        return send(getOnly ? "GET" : "HEAD");
    }

    /**
     * Whether {@code uri} is asked with GET at once: it names a page, and pages are read (for a sign-in
     * form; if they are not, HEAD says all there is to know).
     */
    static boolean readAtOnce(URI uri, LinkCheckOptions o) {
        return o.skipHeadOnHtmlHosts() && o.maxBodyBytes() > 0 && WebAddress.looksLikePage(uri);
    }

    /** A first try of {@code m} on the current address. */
    private Step send(String m) {
        method = m;
        tries = 1;
        return new Send(m, current, Duration.ZERO);
    }

    /** What the request last asked for got; the next step. */
    Step answered(Exchange x) {
        if (x.retryable()) {
            String what = StatusText.of(x.status());
            if (tries >= o.maxTries()) {
                return fetched(x.because("still " + what + " after " + tries + (tries == 1 ? " try" : " tries")));
            }
            String asked = x.header("retry-after");
            Duration wait = LinkVerdicts.retryAfter(asked, o.clock());
            if (wait == null) wait = o.defaultRetryWait().multipliedBy(1L << Math.min(tries - 1, 30));
            if (wait.compareTo(o.maxRetryWait()) > 0) {
                if (LinkVerdicts.retryAfter(asked, o.clock()) != null) {
                    return fetched(x.because(what + ": asks to wait " + LinkVerdicts.seconds(wait)
                            + ", longer than the " + LinkVerdicts.seconds(o.maxRetryWait()) + " allowed"));
                }
                wait = o.maxRetryWait();
            }
            tries++;
            return new Send(method, current, wait);
        }
        return fetched(x);
    }

    /** One method has its answer (after any retries): HEAD may lead to GET. */
    private Step fetched(Exchange x) {
        // A host that answers with HTML gets GET straight away for its other links.
        if (x.ok() && x.html() && x.headers() != null) htmlHosts.add(WebAddress.hostKey(current));
        if (method.equals("HEAD")) {
            if (x.timedOut()) {
                getRetried = true; // the one retry after a timeout is a GET: some servers never answer HEAD
                return send("GET");
            }
            if (!x.responded() || x.retryable() || x.redirect()) return ended(x);
            boolean look = x.ok() && x.html() && o.maxBodyBytes() > 0;
            if (x.ok() && !look) return ended(x);
            if (!x.ok() && x.status() < 400) return ended(x);
            head = x;
            return send("GET");
        }
        if (x.timedOut() && !getRetried) {
            getRetried = true;
            return send("GET");
        }
        if (head != null && head.ok() && !x.responded() && !x.timedOut()) {
            return ended(Exchange.failed(Failure.UNKNOWN,
                    "HEAD answered " + StatusText.of(head.status()) + " but GET failed: " + x.reason()));
        }
        return ended(x);
    }

    /** The address has its answer: a verdict, or the next address of a redirect. */
    private Step ended(Exchange x) {
        if (!x.responded() || x.retryable()) return new Done(LinkVerdicts.unanswered(url, current, x));
        if (!x.redirect()) return new Done(LinkVerdicts.classify(url, current, redirects > 0, x, signIn));
        String at = current.toString();
        String location = x.header("location");
        if (location == null || location.isBlank()) {
            return done(Outcome.BROKEN, x.status(), at, StatusText.of(x.status()) + " without a Location to go to");
        }
        URI next;
        try {
            next = WebAddress.normalise(current.resolve(new URI(location.strip().replace(" ", "%20"))).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return done(Outcome.BROKEN, x.status(), at, "redirects to an invalid address: " + location.strip());
        }
        if (!"http".equals(next.getScheme()) && !"https".equals(next.getScheme())) {
            return done(Outcome.UNVERIFIED, x.status(), next.toString(),
                    "redirects to a " + next.getScheme() + ": address, which is not checked");
        }
        if (next.getHost() == null || next.getHost().isEmpty()) {
            return done(Outcome.BROKEN, x.status(), at, "redirects to an invalid address: " + location.strip());
        }
        if (signIn.isSignInAddress(next)) {
            return done(Outcome.RESTRICTED, x.status(), next.toString(), "redirects to a sign-in page (" + next.getHost() + ")");
        }
        if (!seen.add(next)) return done(Outcome.BROKEN, x.status(), next.toString(), "redirect loop");
        if (++redirects > o.maxRedirects()) {
            return done(Outcome.BROKEN, x.status(), next.toString(), "more than " + o.maxRedirects() + " redirects");
        }
        current = next;
        return start();
    }

    private Done done(Outcome outcome, int status, String at, String reason) {
        return new Done(new WebLinkResult(url, outcome, status, at, reason));
    }
}
