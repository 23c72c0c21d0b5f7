package io.github.cmaltkit.links;

import static io.github.cmaltkit.build.HttpAnswers.redirect;
import static io.github.cmaltkit.build.HttpAnswers.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HttpLinkVerifierTest {

    static final String PAGE = "<!doctype html><title>Evidence</title><p>A report.</p>";
    static final String SIGN_IN = "<!doctype html><title>Sign in</title><form method=post>"
            + "<input name=user><input class=x type=\"password\" name=pw></form>";

    // One server per test: its request counts belong to that test alone.
    LoopbackServer server;
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicLong hugeBytesWritten = new AtomicLong();

    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer()
                .on("/ok", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE))
                .on("/doc/", ex -> send(ex, 200, "application/pdf", "%PDF-1.4"))
                .on("/missing", ex -> send(ex, 404, "text/html", "<p>gone"))
                .on("/error", ex -> send(ex, 500, "text/html", "<p>oops"))
                .on("/unauthorized", ex -> send(ex, 401, "text/html", "<p>who are you"))
                .on("/forbidden", ex -> send(ex, 403, "text/html", "<p>no"))
                .on("/chain/1", ex -> redirect(ex, 301, "/chain/2"))
                .on("/chain/2", ex -> redirect(ex, 302, "3"))
                .on("/chain/3", ex -> redirect(ex, 307, server.url("/ok")))
                .on("/loop/a", ex -> redirect(ex, 302, "/loop/b"))
                .on("/loop/b", ex -> redirect(ex, 302, "/loop/a"))
                .on("/endless/", ex -> {
                    int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/endless/".length()));
                    redirect(ex, 302, "/endless/" + (n + 1));
                })
                .on("/private", ex -> redirect(ex, 302, "/signin?return=/private"))
                .on("/signin", ex -> send(ex, 200, "text/html", SIGN_IN))
                .on("/wordpress-protected", ex -> send(ex, 200, "text/html", SIGN_IN))
                .on("/page2", ex -> send(ex, 200, "text/html", SIGN_IN))
                .on("/page3", ex -> send(ex, 200, "text/html", PAGE))
                .on("/course", ex -> redirect(ex, 303, "/login/index.php"))
                .on("/login/index.php", ex -> send(ex, 200, "text/html", "<p>Moodle"))
                .on("/no-head", ex -> {
                    if (ex.getRequestMethod().equals("HEAD")) send(ex, 405, null, "");
                    else send(ex, 200, "application/pdf", "%PDF");
                })
                .on("/no-location", ex -> redirect(ex, 302, null))
                .on("/bad-location", ex -> redirect(ex, 301, "http://[oops/"))
                .on("/no-host-location", ex -> redirect(ex, 302, "http:///nowhere"))
                .on("/head-only", ex -> {
                    if (ex.getRequestMethod().equals("HEAD")) send(ex, 200, "text/html", "");
                    else throw new IOException("this server fails every GET"); // the connection is dropped
                })
                .on("/head-400", ex -> {
                    if (ex.getRequestMethod().equals("HEAD")) send(ex, 400, "text/html", "");
                    else send(ex, 200, "text/html", PAGE);
                })
                .on("/unavailable-always", ex -> send(ex, 503, "text/html", "down"))
                .on("/retry-after-unreadable", new RateLimitedThen(1, "soon, we hope"))
                .on("/rate-once", new RateLimitedThen(1, null))
                .on("/rate-always", new RateLimitedThen(Integer.MAX_VALUE, null))
                .on("/retry-after-2", new RateLimitedThen(1, "2"))
                .on("/retry-after-date", new RateLimitedThen(1, "DATE"))
                .on("/retry-after-long", new RateLimitedThen(1, "3600"))
                .on("/unavailable-once", ex -> {
                    if (server.countPath("/unavailable-once") == 1) {
                        ex.getResponseHeaders().set("Retry-After", "1");
                        send(ex, 503, "text/html", "busy");
                    } else {
                        send(ex, 200, "application/pdf", "%PDF");
                    }
                })
                .on("/slow", ex -> {
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 200, "text/html", PAGE);
                })
                .on("/huge", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    if (ex.getRequestMethod().equals("HEAD")) {
                        ex.sendResponseHeaders(200, -1);
                        return;
                    }
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = ("<p>" + "x".repeat(8188) + "\n").getBytes();
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 25_000; i++) { // 200 MB if nobody stops reading
                            out.write(chunk);
                            hugeBytesWritten.addAndGet(chunk.length);
                        }
                    } catch (IOException expected) {
                        // the client hung up: that is the point
                    }
                });
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    /** 429 (or with a Retry-After) for the first {@code times} requests, then a PDF. */
    static final class RateLimitedThen implements LoopbackServer.Handler {
        private final int times;
        private final String retryAfter;
        private final AtomicInteger seen = new AtomicInteger();

        RateLimitedThen(int times, String retryAfter) {
            this.times = times;
            this.retryAfter = retryAfter;
        }

        @Override
        public void handle(com.sun.net.httpserver.HttpExchange ex) throws IOException {
            if (seen.incrementAndGet() <= times) {
                if ("DATE".equals(retryAfter)) {
                    ex.getResponseHeaders().set("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(ZonedDateTime.ofInstant(NOW.plusSeconds(3), ZoneOffset.UTC)));
                } else if (retryAfter != null) {
                    ex.getResponseHeaders().set("Retry-After", retryAfter);
                }
                send(ex, 429, "text/html", "slow down");
            } else {
                send(ex, 200, "application/pdf", "%PDF");
            }
        }
    }

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    HttpLinkVerifier.Builder builder() {
        return HttpLinkVerifier.builder()
                .noCache()
                .progress(null)
                .totalTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofSeconds(2))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .sleeper(waits::add)
                .nameLookup(() -> true);
    }

    WebLinkResult one(String url) {
        return one(builder().build(), url);
    }

    static WebLinkResult one(WebLinkVerifier v, String url) {
        Map<String, WebLinkResult> results = v.verify(List.of(url));
        assertThat(results).containsOnlyKeys(url);
        return results.get(url);
    }

    @Test
    void anHtmlPageThatAnswers200IsOkAndWasReadWithOneGet() {
        WebLinkResult r = one(server.url("/ok"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reason()).isEqualTo("200 OK");
        assertThat(r.finalUrl()).isEqualTo(server.url("/ok"));
        // The address names a page: GET at once, since the page is read anyway.
        assertThat(server.count("HEAD /ok")).isZero();
        assertThat(server.count("GET /ok")).isEqualTo(1);
    }

    @Test
    void onceAHostServesHtmlItsOtherLinksGoStraightToGet() {
        HttpLinkVerifier v = builder().globalLimit(1).build();
        Map<String, WebLinkResult> r = v.verify(List.of(server.url("/ok?first"), server.url("/page2"),
                server.url("/doc/after.pdf"), server.url("/missing2")));
        assertThat(r.values()).extracting(WebLinkResult::outcome)
                .containsExactly(Outcome.OK, Outcome.RESTRICTED, Outcome.OK, Outcome.BROKEN);
        assertThat(server.count("HEAD /page2")).isZero();
        assertThat(server.count("GET /page2")).isEqualTo(1);
        assertThat(server.count("HEAD /doc/after.pdf")).isZero();
        assertThat(server.count("GET /doc/after.pdf")).isEqualTo(1);
        assertThat(r.get(server.url("/missing2")).reason()).isEqualTo("404 Not Found");

        HttpLinkVerifier always = builder().globalLimit(1).skipHeadOnHtmlHosts(false).build();
        always.verify(List.of(server.url("/ok?again"), server.url("/page3")));
        assertThat(server.count("HEAD /page3")).isEqualTo(1);
    }

    @Test
    void aPdfIsCheckedByHeadAlone() {
        WebLinkResult r = one(server.url("/doc/report.pdf"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.count("HEAD /doc/report.pdf")).isEqualTo(1);
        assertThat(server.count("GET /doc/report.pdf")).isZero();
    }

    @Test
    void notFoundAndServerErrorsAreBroken() {
        WebLinkResult missing = one(server.url("/missing"));
        assertThat(missing.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.reason()).isEqualTo("404 Not Found");
        WebLinkResult error = one(server.url("/error"));
        assertThat(error.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(error.reason()).isEqualTo("500 Internal Server Error");
    }

    @Test
    void unauthorizedAndForbiddenAreRestricted() {
        WebLinkResult u = one(server.url("/unauthorized"));
        assertThat(u.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(u.status()).isEqualTo(401);
        assertThat(u.reason()).isEqualTo("401 Unauthorized");
        WebLinkResult f = one(server.url("/forbidden"));
        assertThat(f.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(f.reason()).isEqualTo("403 Forbidden");
    }

    @Test
    void aRedirectChainIsFollowedToTheFinalPage() {
        WebLinkResult r = one(server.url("/chain/1"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.finalUrl()).isEqualTo(server.url("/ok"));
        assertThat(r.url()).isEqualTo(server.url("/chain/1"));
    }

    @Test
    void aRedirectLoopIsBroken() {
        WebLinkResult r = one(server.url("/loop/a"));
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).isEqualTo("redirect loop");
        assertThat(server.countPath("/loop/a")).isEqualTo(1);
    }

    @Test
    void endlessRedirectsStopAtTheLimit() {
        WebLinkResult r = one(builder().maxRedirects(10).build(), server.url("/endless/0"));
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).isEqualTo("more than 10 redirects");
        assertThat(server.requests.stream().filter(s -> s.contains("/endless/")).count()).isEqualTo(11);
    }

    @Test
    void aRedirectToAPageWithAPasswordFieldIsRestricted() {
        WebLinkResult r = one(server.url("/private"));
        assertThat(r.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo(server.url("/signin?return=/private"));
        assertThat(r.reason()).startsWith("redirects to a sign-in page (127.0.0.1").contains("password");
    }

    @Test
    void aPageThatItselfAsksForAPasswordIsRestricted() {
        WebLinkResult r = one(server.url("/wordpress-protected"));
        assertThat(r.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(r.reason()).isEqualTo("is a sign-in page (it asks for a password)");
    }

    @Test
    void aRedirectToAKnownSignInPathIsRestrictedWithoutFetchingTheSignInPage() {
        WebLinkResult r = one(server.url("/course"));
        assertThat(r.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.finalUrl()).isEqualTo(server.url("/login/index.php"));
        assertThat(r.reason()).isEqualTo("redirects to a sign-in page (127.0.0.1)");
        assertThat(server.countPath("/login/index.php")).isZero();
    }

    @Test
    void headRefusedThenGetAnswered() {
        // An address that does not say it is a page is asked with HEAD first.
        WebLinkResult r = one(server.url("/no-head.dat"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.count("HEAD /no-head.dat")).isEqualTo(1);
        assertThat(server.count("GET /no-head.dat")).isEqualTo(1);
    }

    @Test
    void tooManyRequestsOnceThenOk() {
        WebLinkResult r = one(server.url("/rate-once"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.countPath("/rate-once")).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void tooManyRequestsAlwaysIsUnverifiedAfterThreeTries() {
        WebLinkResult r = one(server.url("/rate-always"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.reason()).isEqualTo("still 429 Too Many Requests after 3 tries");
        assertThat(server.countPath("/rate-always")).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        WebLinkResult r = one(server.url("/retry-after-2"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsADateIsHonoured() {
        WebLinkResult r = one(server.url("/retry-after-date"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterBeyondTheBoundIsNotWaitedFor() {
        WebLinkResult r = one(server.url("/retry-after-long"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).isEqualTo("429 Too Many Requests: asks to wait 3600 s, longer than the 10 s allowed");
        assertThat(waits).isEmpty();
    }

    @Test
    void serviceUnavailableIsRetriedToo() {
        WebLinkResult r = one(server.url("/unavailable-once"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aSlowServerTimesOutIsRetriedOnceAndIsUnverified() {
        // /slow answers only when the test ends, so both tries time out however busy the machine is.
        WebLinkResult r = one(builder().totalTimeout(Duration.ofMillis(300)).build(), server.url("/slow.dat"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.status()).isZero();
        assertThat(r.reason()).isEqualTo("timed out after 0.3 s (tried twice)");
        // HEAD first (the address does not say it is a page), then the one retry is a GET.
        assertThat(server.count("HEAD /slow.dat")).isEqualTo(1);
        assertThat(server.count("GET /slow.dat")).isEqualTo(1);

        WebLinkResult page = one(builder().totalTimeout(Duration.ofMillis(300)).build(), server.url("/slow"));
        assertThat(page.reason()).isEqualTo("timed out after 0.3 s (tried twice)");
        assertThat(server.count("HEAD /slow")).isZero();
        assertThat(server.count("GET /slow")).isEqualTo(2);
    }

    @Test
    void headersThatNeverEndTimeOutEvenWhenEachByteComesQuickly() throws Exception {
        // A byte every 20 ms, for ever: no single read waits long, only the whole request is too long.
        try (LoopbackServer dribble = LoopbackServer.raw(c -> dribble(c, "HTTP/1.1 200 OK\r\nX-Slow: "))) {
            WebLinkResult r = one(builder().totalTimeout(Duration.ofMillis(300)).build(), dribble.url("/evidence"));
            assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
            assertThat(r.reason()).isEqualTo("timed out after 0.3 s (tried twice)");
        }
    }

    @Test
    void aPageThatNeverEndsTimesOutEvenWhenEachByteComesQuickly() throws Exception {
        try (LoopbackServer dribble = LoopbackServer.raw(c -> dribble(c,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000000\r\n\r\n<p>"))) {
            WebLinkResult r = one(builder().totalTimeout(Duration.ofMillis(300)).build(), dribble.url("/evidence"));
            assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
            assertThat(r.reason()).isEqualTo("timed out after 0.3 s (tried twice)");
        }
    }

    /**
     * Refuses HEAD (so that the GET is the one that dribbles); to anything else writes {@code start},
     * then one byte every 20 ms until the client hangs up.
     */
    private static void dribble(java.net.Socket c, String start) throws IOException {
        byte[] request = new byte[4096];
        int n = c.getInputStream().read(request);
        OutputStream out = c.getOutputStream();
        if (n > 0 && new String(request, 0, n, java.nio.charset.StandardCharsets.US_ASCII).startsWith("HEAD")) {
            out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            return;
        }
        out.write(start.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
        try {
            while (true) {
                Thread.sleep(20);
                out.write('a');
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aHugeBodyIsReadOnlyUpToTheBound() {
        WebLinkResult r = one(builder().maxBodyBytes(64 * 1024).build(), server.url("/huge"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(hugeBytesWritten.get()).isLessThan(50L * 1024 * 1024);
    }

    @Test
    void aConnectionResetIsBroken() throws Exception {
        try (LoopbackServer rst = LoopbackServer.raw(c -> {
            c.setSoLinger(true, 0); // close with RST
            c.getInputStream().read();
        })) {
            WebLinkResult r = one(rst.url("/evidence"));
            assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(r.status()).isZero();
            assertThat(r.reason()).isEqualTo("connection reset");
        }
    }

    @Test
    void aRefusedConnectionIsBroken() throws Exception {
        WebLinkResult r = one("http://127.0.0.1:" + LoopbackServer.closedPort() + "/");
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).isEqualTo("connection refused");
    }

    @Test
    void aTlsFailureIsBroken() throws Exception {
        // A server that answers a TLS hello in plain text, as a plain HTTP server on an https link would.
        try (LoopbackServer plain = LoopbackServer.raw(c -> {
            c.getInputStream().read(new byte[512]);
            c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
            c.getOutputStream().flush();
        })) {
            WebLinkResult r = one(plain.url("/evidence").replace("http:", "https:"));
            assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(r.status()).isZero();
            assertThat(r.reason()).isEqualTo("TLS handshake failed");
        }
    }

    @Test
    void aConnectionThatIsNeverAcceptedTimesOutAndIsUnverified() throws Exception {
        try (LoopbackServer deaf = LoopbackServer.neverAccepting()) {
            WebLinkResult r = one(builder().connectTimeout(Duration.ofMillis(300)).build(), deaf.url("/evidence"));
            assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
            assertThat(r.status()).isZero();
            assertThat(r.reason()).isEqualTo("could not connect within 0.3 s (tried twice)");
        }
    }

    @Test
    void anUnknownHostIsBrokenWhenNamesCanBeLookedUp() {
        WebLinkResult r = one("http://nosuchhost.invalid/evidence.pdf");
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.status()).isZero();
        assertThat(r.reason()).isEqualTo("no such host");
    }

    @Test
    void withoutNameLookUpsAnUnknownHostIsUnverifiedNotBroken() {
        AtomicInteger asked = new AtomicInteger();
        HttpLinkVerifier offline = builder().nameLookup(() -> {
            asked.incrementAndGet();
            return false;
        }).build();
        WebLinkResult r = one(offline, "http://nosuchhost.invalid/evidence.pdf");
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).contains("no such host").contains("offline");
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void withoutNameLookUpsLinksOnIpAddressesDoNotMakeNamedHostsBroken() {
        // Issue 13: the links written as IP numbers answered, which used to count as "names work".
        String ip = server.url("/doc/x.pdf");
        Map<String, WebLinkResult> r = builder().nameLookup(() -> false).build().verify(List.of(
                "http://one.invalid/", "https://two.invalid/a", "http://three.invalid/b", ip));
        assertThat(r.get(ip).outcome()).isEqualTo(Outcome.OK);
        for (String named : List.of("http://one.invalid/", "https://two.invalid/a", "http://three.invalid/b")) {
            assertThat(r.get(named).outcome()).as(named).isEqualTo(Outcome.UNVERIFIED);
            assertThat(r.get(named).reason()).as(named).contains("offline");
        }
    }

    @Test
    void whenANamedHostAnswersNamesWorkAndAnUnknownHostIsBroken() {
        AtomicInteger asked = new AtomicInteger();
        String named = server.url("/doc/x.pdf").replace("127.0.0.1", "localhost");
        Map<String, WebLinkResult> r = builder().nameLookup(() -> asked.incrementAndGet() < 0).build()
                .verify(List.of("http://one.invalid/", named));
        assertThat(r.get(named).outcome()).isEqualTo(Outcome.OK);
        assertThat(r.get("http://one.invalid/").outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(asked.get()).isZero();
    }

    @Test
    void anInternationalHostNameIsCheckedLikeAnyOther() throws Exception {
        // Issue 13: "bücher" used to give "not a valid web address"; it is looked up as xn--bcher-kva.
        WebLinkResult r = one("http://bücher.invalid/katalog");
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).isEqualTo("no such host");
        assertThat(WebAddress.normalise("https://Bücher.Example/straße?q=ä#teil").toString())
                .isEqualTo("https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%A4");
        assertThat(WebAddress.normalise("http://例え.テスト:8080/").toString())
                .isEqualTo("http://xn--r8jz45g.xn--zckzah:8080/");
    }

    @Test
    void anAddressWithAUserNameAndPasswordIsBrokenAndNeverSent() {
        String withCredentials = server.url("/ok").replace("http://", "http://alex:secret@");
        WebLinkResult r = one(withCredentials);
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).contains("user name or password");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void aRedirectWithoutALocationIsBroken() {
        WebLinkResult r = one(server.url("/no-location"));
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.reason()).isEqualTo("302 Found without a Location to go to");
    }

    @Test
    void aRedirectToABadAddressIsBroken() {
        WebLinkResult r = one(server.url("/bad-location"));
        assertThat(r.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.reason()).isEqualTo("redirects to an invalid address: http://[oops/");
        WebLinkResult noHost = one(server.url("/no-host-location"));
        assertThat(noHost.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(noHost.reason()).isEqualTo("redirects to an invalid address: http:///nowhere");
    }

    @Test
    void headAnsweredButGetFailingIsUnverified() {
        WebLinkResult r = one(server.url("/head-only.dat"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).startsWith("HEAD answered 200 OK but GET failed: ");
        assertThat(server.count("HEAD /head-only.dat")).isEqualTo(1);
        // The JDK client itself sends a GET once more when its connection was closed under it.
        assertThat(server.count("GET /head-only.dat")).isBetween(1, 2);
    }

    @Test
    void theWaitBetweenTriesDoublesUpToTheBound() {
        WebLinkResult r = one(builder().defaultRetryWait(Duration.ofSeconds(6)).maxRetryWait(Duration.ofSeconds(10))
                .maxTries(4).build(), server.url("/rate-always"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).isEqualTo("still 429 Too Many Requests after 4 tries");
        assertThat(waits).containsExactly(Duration.ofSeconds(6), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheDefaultWait() {
        WebLinkResult r = one(server.url("/retry-after-unreadable"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void serviceUnavailableAfterEveryTryIsUnverified() {
        WebLinkResult r = one(server.url("/unavailable-always"));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.reason()).isEqualTo("still 503 Service Unavailable after 3 tries");
        assertThat(server.countPath("/unavailable-always")).isEqualTo(3);
    }

    @Test
    void mailtoIsASyntaxCheckOnly() {
        Map<String, WebLinkResult> r = builder().build().verify(List.of(
                "mailto:alex@example.ac.uk", "mailto:a@example.org,b@example.org?subject=CMALT",
                "mailto:alex@", "mailto:", "MAILTO:Alex.Example%40example.ac.uk"));
        assertThat(r.get("mailto:alex@example.ac.uk").outcome()).isEqualTo(Outcome.OK);
        assertThat(r.get("mailto:a@example.org,b@example.org?subject=CMALT").outcome()).isEqualTo(Outcome.OK);
        assertThat(r.get("mailto:alex@").outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.get("mailto:").outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.get("MAILTO:Alex.Example%40example.ac.uk").outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void theSameUrlIsFetchedOnceWhateverItsFragment() {
        String a = server.url("/doc/once.pdf");
        Map<String, WebLinkResult> r = builder().build().verify(List.of(a, a + "#page=2", a,
                a.replace("http://127.0.0.1", "HTTP://127.0.0.1")));
        assertThat(r).hasSize(3);
        assertThat(r.values()).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.OK));
        assertThat(r.get(a + "#page=2").url()).isEqualTo(a + "#page=2");
        assertThat(server.countPath("/doc/once.pdf")).isEqualTo(1);
    }

    @Test
    void otherSchemesAndBadAddressesAreNeverOk() {
        Map<String, WebLinkResult> r = builder().build().verify(List.of("ftp://example.org/x", "http://", "http://exa mple.org/"));
        assertThat(r.get("ftp://example.org/x").outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.get("http://").outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(r.get("http://exa mple.org/").outcome()).isNotEqualTo(Outcome.OK);
    }

    @Test
    void progressIsDrawnWhereItIsAskedFor() {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        builder().progress(new java.io.PrintStream(buf, true)).progressEveryMillis(0).build()
                .verify(List.of(server.url("/doc/p1.pdf"), server.url("/doc/p2.pdf"), server.url("/missing?p=3")));
        assertThat(buf.toString()).contains("Checking web links: 1/3").endsWith("Checking web links: 3/3" + System.lineSeparator());
    }

    @Test
    void theUserAgentSentNamesTheToolAndItsHome() {
        one(HttpLinkVerifier.builder().noCache().progress(null).build(), server.url("/doc/ua.pdf"));
        assertThat(server.seen).isNotEmpty().allSatisfy(req -> assertThat(req.header("User-Agent"))
                .matches("cmalt-kit-linkcheck/\\S+ \\(\\+https://github\\.com/cmaltkit/cmalt-kit\\)"));
        one(builder().userAgent("my-robot/1").build(), server.url("/doc/ua2.pdf"));
        assertThat(server.seen.get(server.seen.size() - 1).header("User-Agent")).isEqualTo("my-robot/1");
    }

    @Test
    void aRetryAfterEqualToTheLongestAllowedWaitIsWaited() {
        WebLinkResult r = one(builder().maxRetryWait(Duration.ofSeconds(2)).build(), server.url("/retry-after-2"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void withNoBodyToReadAnHtmlPageIsJudgedOnItsHeadAlone() {
        WebLinkResult r = one(builder().maxBodyBytes(0).build(), server.url("/ok"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.count("HEAD /ok")).isEqualTo(1);
        assertThat(server.count("GET /ok")).isZero();
    }

    @Test
    void aHeadRefusedWith400IsAskedAgainWithGet() {
        WebLinkResult r = one(server.url("/head-400"));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(server.count("GET /head-400")).isEqualTo(1);
    }

    @Test
    void linksOtherThanWebAndMailAreNotChecked() {
        WebLinkResult r = one("ftp://127.0.0.1/file.txt");
        assertThat(r).extracting(WebLinkResult::outcome, WebLinkResult::reason).containsExactly(Outcome.UNVERIFIED, "ftp: links are not checked");
        assertThat(server.requests).isEmpty();
    }
}
