package io.github.cmaltkit.links;

import static io.github.cmaltkit.build.HttpAnswers.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.links.LoopbackServer.InFlight;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import io.github.cmaltkit.testing.Prerequisites;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConcurrencyAndCacheTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path tmp;

    /** Long enough never to be reached unless the code under test is wrong (then the test fails, not hangs). */
    static final long SAFETY_SECONDS = 20;

    /** The other loopback addresses (all of 127/8 on Linux; macOS has only 127.0.0.1 unless aliased). */
    static void needLoopback(String... addresses) {
        for (String a : addresses) {
            if (canBind(a)) continue;
            String why = "this test needs " + a + " on the loopback interface (Linux has all of 127.0.0.0/8;"
                    + " on macOS: sudo ifconfig lo0 alias " + a + ")";
            Prerequisites.require(false, why);
        }
    }

    static HttpLinkVerifier.Builder quiet() {
        return HttpLinkVerifier.builder().noCache().progress(null).totalTimeout(Duration.ofSeconds(10));
    }

    @Test
    void noMoreThanThePerHostLimitIsInFlightToOneHost() throws IOException {
        InFlight inFlight = new InFlight(3, Duration.ofSeconds(SAFETY_SECONDS));
        try (LoopbackServer s = new LoopbackServer().on("/", ex -> {
            inFlight.hold();
            send(ex, 200, "application/pdf", "%PDF");
        })) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 24; i++) urls.add(s.url("/doc/" + i + ".pdf"));
            Map<String, WebLinkResult> r = quiet().perHostLimit(3).globalLimit(64).build().verify(urls);
            assertThat(r.values()).hasSize(24).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.OK));
            assertThat(inFlight.max()).isEqualTo(3);
        }
    }

    @Test
    void noMoreThanTheGlobalLimitIsInFlightInAll() throws IOException {
        needLoopback("127.0.0.2", "127.0.0.3");
        InFlight all = new InFlight(5, Duration.ofSeconds(SAFETY_SECONDS));
        List<LoopbackServer> servers = new ArrayList<>();
        try {
            List<String> urls = new ArrayList<>();
            for (String host : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
                LoopbackServer s = new LoopbackServer(host).on("/", ex -> {
                    all.hold();
                    send(ex, 200, "application/pdf", "%PDF");
                });
                servers.add(s);
                for (int i = 0; i < 10; i++) urls.add(s.url("/doc/" + i + ".pdf"));
            }
            Map<String, WebLinkResult> r = quiet().perHostLimit(4).globalLimit(5).build().verify(urls);
            assertThat(r.values()).hasSize(30).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.OK));
            assertThat(all.max()).isEqualTo(5);
        } finally {
            servers.forEach(LoopbackServer::close);
        }
    }

    @Test
    void eachPageCostsOneRequest() throws IOException {
        // An address that names a page is read with GET at once: HEAD first would be a second request.
        assertThat(methodsAsked("/page/%d")).as("GET alone for every page").hasSize(20).containsOnly("GET");
    }

    @Test
    void aHostsOtherLinksWaitForItsFirstAnswerSoEachFileThatIsAPageCostsOneRequest() throws IOException {
        // Addresses that do not say what they are ("…/7.dat") are asked with HEAD. Started together, each
        // of the first eight would learn that the file is an HTML page and ask GET again: 28 requests for 20.
        List<String> methods = methodsAsked("/file/%d.dat");
        assertThat(methods).as("HEAD and GET for the first, GET alone for the others").hasSize(21);
        assertThat(methods.stream().filter("HEAD"::equals)).hasSize(1);
    }

    /** The methods a host was asked while the links to 20 HTML pages at {@code path} (%d: 0 to 19) were checked, each found OK. */
    private static List<String> methodsAsked(String path) throws IOException {
        List<String> methods = Collections.synchronizedList(new ArrayList<>());
        try (LoopbackServer s = new LoopbackServer().on("/", ex -> {
            methods.add(ex.getRequestMethod());
            send(ex, 200, "text/html; charset=utf-8", "<!doctype html><title>A page</title><p>Nothing to sign in to.</p>");
        })) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 20; i++) urls.add(s.url(String.format(path, i)));
            Map<String, WebLinkResult> r = quiet().perHostLimit(8).globalLimit(64).build().verify(urls);
            assertThat(r.values()).hasSize(20).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.OK));
        }
        return List.copyOf(methods);
    }

    @Test
    void aBusyHostDoesNotHoldUpTheOthers() throws IOException {
        needLoopback("127.0.0.2");
        // The busy host answers nothing until the quick host has answered all its 40 links: a queue
        // taken in order would put the busy host's third link in the way of the quick ones, and the
        // busy requests would then end only at the safety bound, after which the test fails.
        CountDownLatch quickDone = new CountDownLatch(40);
        AtomicInteger busyInFlight = new AtomicInteger();
        AtomicInteger busyMax = new AtomicInteger();
        AtomicInteger busyAnsweredEarly = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean busyFirst = new java.util.concurrent.atomic.AtomicBoolean(true);
        // The quick host's first answer waits until the busy host is at its limit: else the quick links,
        // started while the busy host's first answer was on its way, could all end before any busy one began.
        CountDownLatch busyAtLimit = new CountDownLatch(1);
        try (LoopbackServer busy = new LoopbackServer("127.0.0.1").on("/", ex -> {
                    // Its first answer comes at once: until then its other links are held back.
                    if (busyFirst.getAndSet(false)) {
                        send(ex, 200, "application/pdf", "%PDF");
                        return;
                    }
                    if (busyMax.accumulateAndGet(busyInFlight.incrementAndGet(), Math::max) >= 2) busyAtLimit.countDown();
                    try {
                        if (!quickDone.await(SAFETY_SECONDS, TimeUnit.SECONDS)) busyAnsweredEarly.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    busyInFlight.decrementAndGet();
                    send(ex, 200, "application/pdf", "%PDF");
                });
                LoopbackServer quick = new LoopbackServer("127.0.0.2").on("/", ex -> {
                    try {
                        busyAtLimit.await(SAFETY_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 200, "application/pdf", "%PDF");
                    quickDone.countDown();
                })) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 4; i++) urls.add(busy.url("/doc/" + i));   // busy first in the queue
            for (int i = 0; i < 40; i++) urls.add(quick.url("/doc/" + i));
            Map<String, WebLinkResult> r = quiet().perHostLimit(2).globalLimit(3).build().verify(urls);
            assertThat(r.values()).hasSize(44).allSatisfy(x -> assertThat(x.outcome()).isEqualTo(Outcome.OK));
            assertThat(busyAnsweredEarly.get()).isZero();
            assertThat(busyMax.get()).isEqualTo(2);
        }
    }

    @Test
    void aCachedResultIsNotFetchedAgain() throws IOException {
        try (LoopbackServer s = new LoopbackServer().on("/", ex -> send(ex, 200, "application/pdf", "%PDF"))) {
            String url = s.url("/doc/cached.pdf");
            Path cache = tmp.resolve("cache");
            assertThat(one(quiet().cacheDir(cache).build(), url).outcome()).isEqualTo(Outcome.OK);
            assertThat(s.countPath("/doc/cached.pdf")).isEqualTo(1);
            assertThat(cache.resolve(ResultCache.FILE)).exists();

            WebLinkResult again = one(quiet().cacheDir(cache).build(), url + "#p2");
            assertThat(again.outcome()).isEqualTo(Outcome.OK);
            assertThat(again.url()).isEqualTo(url + "#p2");
            assertThat(again.status()).isEqualTo(200);
            assertThat(s.countPath("/doc/cached.pdf")).isEqualTo(1);
        }
    }

    @Test
    void aCachedResultExpires() throws IOException {
        try (LoopbackServer s = new LoopbackServer().on("/", ex -> send(ex, 404, "text/html", "no"))) {
            String url = s.url("/gone");
            Path cache = tmp.resolve("cache");
            Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
            assertThat(one(quiet().cacheDir(cache).clock(now).build(), url).outcome()).isEqualTo(Outcome.BROKEN);
            int first = s.countPath("/gone");
            assertThat(one(quiet().cacheDir(cache).clock(Clock.offset(now, Duration.ofHours(23))).build(), url).reason())
                    .isEqualTo("404 Not Found");
            assertThat(s.countPath("/gone")).isEqualTo(first);
            one(quiet().cacheDir(cache).clock(Clock.offset(now, Duration.ofHours(25))).build(), url);
            assertThat(s.countPath("/gone")).isGreaterThan(first);
        }
    }

    @Test
    void failuresOfTheNetworkRateLimitsAndTimeoutsAreNeverCached() throws IOException {
        int refusedPort = LoopbackServer.closedPort();
        try (LoopbackServer s = new LoopbackServer().on("/", ex -> send(ex, 429, "text/html", "slow down"))) {
            Path cache = tmp.resolve("cache");
            String limited = s.url("/limited");
            String refused = "http://127.0.0.1:" + refusedPort + "/x";
            HttpLinkVerifier v = quiet().cacheDir(cache).maxTries(1).nameLookup(() -> true).build();
            Map<String, WebLinkResult> r = v.verify(List.of(limited, refused, "http://nosuchhost.invalid/"));
            assertThat(r.get(limited).outcome()).isEqualTo(Outcome.UNVERIFIED);
            assertThat(r.get(refused).outcome()).isEqualTo(Outcome.BROKEN);
            assertThat(r.get("http://nosuchhost.invalid/").reason()).isEqualTo("no such host");
            int before = s.countPath("/limited");
            quiet().cacheDir(cache).maxTries(1).build().verify(List.of(limited));
            assertThat(s.countPath("/limited")).isEqualTo(before + 1);
            Path file = cache.resolve(ResultCache.FILE);
            if (Files.exists(file)) {
                assertThat(Files.readString(file)).doesNotContain("/limited", "/x\t", "nosuchhost");
            }
        }
    }

    @Test
    void cacheablePolicy() {
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.OK, 200, "u", "200 OK"))).isTrue();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.RESTRICTED, 403, "u", "403 Forbidden"))).isTrue();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.BROKEN, 404, "u", "404 Not Found"))).isTrue();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.BROKEN, 0, "u", "connection reset"))).isFalse();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.BROKEN, 0, "u", "no such host"))).isFalse();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.UNVERIFIED, 429, "u", "still 429"))).isFalse();
        assertThat(ResultCache.cacheable(new WebLinkResult("u", Outcome.UNVERIFIED, 0, "u", "timed out"))).isFalse();
    }

    @Test
    void theCacheIsNeverInsideAPortfolio() throws IOException {
        Path portfolio = Files.createDirectories(tmp.resolve("my-portfolio"));
        Files.writeString(portfolio.resolve("portfolio.yml"), "candidate: A\npathway: cmalt\n");
        assertThatThrownBy(() -> HttpLinkVerifier.builder().cacheDir(portfolio.resolve(".cache")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside the portfolio");
    }

    @Test
    void theDefaultCacheIsTheUsersCacheFolder() {
        Path dir = HttpLinkVerifier.defaultCacheDir();
        assertThat(dir.getFileName().toString()).isEqualTo("cmalt-kit");
        assertThat(dir).isAbsolute();
    }

    static WebLinkResult one(WebLinkVerifier v, String url) {
        return v.verify(List.of(url)).get(url);
    }

    static boolean canBind(String address) {
        try (ServerSocket ss = new ServerSocket()) {
            ss.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
