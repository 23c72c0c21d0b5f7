package io.github.cmaltkit.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmaltkit.links.Exchange.Failure;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link checker's parts that need no server: what an answer or a failure means, addresses, the
 * result cache and the history read from it, the limits, the progress line and the cache folder.
 */
class LinkPartsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path tmp;

    // --- what an answer means

    static final SignInPages SIGN_IN = SignInPages.parse(List.of("login.example.org", "*.sso.example/auth"));

    static Exchange answer(int status, String type, String body) {
        HttpHeaders headers = HttpHeaders.of(type == null ? Map.of() : Map.of("Content-Type", List.of(type)), (a, b) -> true);
        return new Exchange(status, headers, body.getBytes(StandardCharsets.UTF_8), null, StatusText.of(status));
    }

    static WebLinkResult classify(String at, boolean redirected, int status) {
        return LinkVerdicts.classify("https://start.example/x", URI.create(at), redirected, answer(status, "text/html", "<p>hi"), SIGN_IN);
    }

    @Test
    void aKnownSignInAddressIsRestrictedWhenItAnswers2xx401Or403() {
        assertThat(classify("https://login.example.org/x", false, 200))
                .isEqualTo(new WebLinkResult("https://start.example/x", Outcome.RESTRICTED, 200, "https://login.example.org/x",
                        "is a sign-in page (login.example.org)"));
        assertThat(classify("https://login.example.org/x", true, 204).reason()).isEqualTo("redirects to a sign-in page (login.example.org)");
        assertThat(classify("https://a.sso.example/auth/in", true, 401).reason()).isEqualTo("redirects to a sign-in page (a.sso.example)");
        assertThat(classify("https://login.example.org/", false, 403).reason()).isEqualTo("is a sign-in page (login.example.org)");
        // A sign-in address that is gone is broken like any page.
        assertThat(classify("https://login.example.org/x", false, 404))
                .extracting(WebLinkResult::outcome, WebLinkResult::reason).containsExactly(Outcome.BROKEN, "404 Not Found");
        assertThat(classify("https://login.example.org/x", false, 500).outcome()).isEqualTo(Outcome.BROKEN);
    }

    @Test
    void statusesElsewhereMeanOkRestrictedBrokenOrUnexpected() {
        assertThat(classify("https://other.example/", false, 200))
                .extracting(WebLinkResult::outcome, WebLinkResult::status, WebLinkResult::reason)
                .containsExactly(Outcome.OK, 200, "200 OK");
        assertThat(classify("https://other.example/", false, 401).outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(classify("https://other.example/", false, 400))
                .extracting(WebLinkResult::outcome, WebLinkResult::reason).containsExactly(Outcome.BROKEN, "400 Bad Request");
        assertThat(classify("https://other.example/", false, 304))
                .extracting(WebLinkResult::outcome, WebLinkResult::reason).containsExactly(Outcome.UNVERIFIED, "unexpected 304 Not Modified");
        assertThat(classify("https://other.example/", false, 199).outcome()).isEqualTo(Outcome.UNVERIFIED);
    }

    @Test
    void aPageWithAPasswordFieldIsASignInPage() {
        Exchange form = answer(200, "text/html", "<form><input type=password></form>");
        assertThat(LinkVerdicts.classify("u", URI.create("https://other.example/p"), false, form, SIGN_IN).reason())
                .isEqualTo("is a sign-in page (it asks for a password)");
        assertThat(LinkVerdicts.classify("u", URI.create("https://other.example/p"), true, form, SIGN_IN).reason())
                .isEqualTo("redirects to a sign-in page (other.example: it asks for a password)");
    }

    // --- what a failure means

    static Exchange failure(Throwable t) {
        return LinkVerdicts.failure(t, Duration.ofSeconds(10), Duration.ofMillis(20_000));
    }

    @Test
    void failuresOfTheNetworkAreNamedInPlainWords() {
        assertThat(failure(new TimeoutException())).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.TIMEOUT, "timed out after 20 s");
        assertThat(failure(new IOException(new HttpTimeoutException("x"))).reason()).isEqualTo("timed out after 20 s");
        assertThat(failure(new IOException(new UnknownHostException("nope.example")))).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.BROKEN, "no such host");
        assertThat(failure(new SSLException("bad cert"))).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.BROKEN, "TLS handshake failed");
        assertThat(failure(new NoRouteToHostException())).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.UNKNOWN, "no route to the host (network unreachable)");
        assertThat(failure(new IOException("Network is unreachable"))).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.UNKNOWN, "network unreachable");
        assertThat(failure(new ConnectException())).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.BROKEN, "connection refused");
        assertThat(failure(new IOException("Connection refused by peer")).reason()).isEqualTo("connection refused");
        for (Throwable reset : List.of(new IOException("Connection reset"), new IOException("HTTP/1.1 header parser received no bytes"),
                new EOFException(), new ClosedChannelException(), new IOException("stream closed"), new IOException("Broken pipe"))) {
            assertThat(failure(reset)).as("%s", reset).extracting(Exchange::failure, Exchange::reason)
                    .containsExactly(Failure.BROKEN, "connection reset");
        }
        assertThat(failure(new IOException("something odd"))).extracting(Exchange::failure, Exchange::reason)
                .containsExactly(Failure.UNKNOWN, "could not fetch: java.io.IOException: something odd");
    }

    @Test
    void onlyTheFirstTenCausesAreRead() {
        Throwable deep = new UnknownHostException("deep.example");
        for (int i = 0; i < 10; i++) deep = new IOException("wrapper " + i, deep);
        // The unknown host is the eleventh link of the chain: not looked at.
        assertThat(failure(deep).failure()).isEqualTo(Failure.UNKNOWN);
        assertThat(failure(deep.getCause()).failure()).isEqualTo(Failure.BROKEN);
    }

    // --- addresses

    @Test
    void defaultPortsGoOthersStay() throws URISyntaxException {
        assertThat(WebAddress.normalise("HTTP://Example.ORG:80")).hasToString("http://example.org/");
        assertThat(WebAddress.normalise("https://example.org:443/a?b=c#frag")).hasToString("https://example.org/a?b=c");
        assertThat(WebAddress.normalise("http://example.org:443/")).hasToString("http://example.org:443/");
        assertThat(WebAddress.normalise("https://example.org:80/")).hasToString("https://example.org:80/");
    }

    @Test
    void anAddressAlreadyInNormalFormIsTheSameUriAsOneBuiltAgainFromItsText() throws URISyntaxException {
        // normalise parses a link written in normal form once: the result must be the URI its text gives.
        for (String s : new String[] {"https://example.org/", "https://example.org/a/b?c=d", "http://127.0.0.2:8080/page/7",
            "https://example.org/caf%C3%A9", "https://example.org/café", "https://example.org/a%20b", "https://example.org/a b",
            "https://EXAMPLE.org/x", "https://example.org", "https://example.org/x#y"}) {
            URI u = WebAddress.normalise(s);
            assertThat(u).as(s).isEqualTo(new URI(new URI(u.toString()).toASCIIString()));
            assertThat(u.toString()).as(s).isEqualTo(u.toASCIIString());
        }
    }

    @Test
    void addressesWithoutAnAuthorityAndHostNamesInOtherScripts() throws URISyntaxException {
        assertThat(WebAddress.normalise("urn:isbn:0451450523")).hasToString("urn:isbn:0451450523");
        assertThat(WebAddress.normalise("http://bücher.example/a b")).hasToString("http://xn--bcher-kva.example/a%20b");
        assertThat(WebAddress.normalise("http://bücher.example:8080/")).hasToString("http://xn--bcher-kva.example:8080/");
        // A label longer than 63 letters cannot be converted: the address has no host name.
        assertThatThrownBy(() -> WebAddress.normalise("http://" + "ä".repeat(70) + ".example/"))
                .isInstanceOf(URISyntaxException.class);
        // An empty user name before a non-ASCII host is still a user name.
        assertThatThrownBy(() -> WebAddress.normalise("http://@bücher.example/")).isInstanceOf(WebAddress.CredentialsException.class);
    }

    @Test
    void mailtoChecksTheAddressesOnly() {
        assertThat(WebAddress.mailto("m", "mailto:a@example.org?subject=Hi").outcome()).isEqualTo(Outcome.OK);
        assertThat(WebAddress.mailto("m", "mailto:?subject=Hi").reason()).isEqualTo("no e-mail address after mailto:");
        assertThat(WebAddress.mailto("m", "mailto:%zz")).extracting(WebLinkResult::outcome, WebLinkResult::reason)
                .containsExactly(Outcome.BROKEN, "not a valid e-mail address");
        assertThat(WebAddress.mailto("m", "mailto:a@example.org,nobody").reason()).isEqualTo("not a valid e-mail address: nobody");
    }

    // --- the result cache and the history

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static WebLinkResult result(Outcome o, int status) {
        return new WebLinkResult("https://example.org/", o, status, "https://example.org/", "why");
    }

    @Test
    void onlyAnswersAServerGaveAreKept() {
        assertThat(ResultCache.cacheable(result(Outcome.OK, 200))).isTrue();
        assertThat(ResultCache.cacheable(result(Outcome.OK, 0))).isFalse();
        assertThat(ResultCache.cacheable(result(Outcome.RESTRICTED, 403))).isTrue();
        assertThat(ResultCache.cacheable(result(Outcome.RESTRICTED, 0))).isFalse();
        assertThat(ResultCache.cacheable(result(Outcome.BROKEN, 404))).isTrue();
        assertThat(ResultCache.cacheable(result(Outcome.BROKEN, 0))).isFalse();
        assertThat(ResultCache.cacheable(result(Outcome.BROKEN, 429))).isFalse();
        assertThat(ResultCache.cacheable(result(Outcome.BROKEN, 503))).isFalse();
        assertThat(ResultCache.cacheable(result(Outcome.UNVERIFIED, 200))).isFalse();
    }

    @Test
    void aResultIsFreshUpToItsMaximumAgeExactly() {
        ManualClock clock = new ManualClock();
        ResultCache cache = new ResultCache(tmp, MINUTE, clock);
        cache.put("k", result(Outcome.OK, 200));
        clock.now = NOW.plus(MINUTE);
        assertThat(cache.get("k")).isEqualTo(result(Outcome.OK, 200));
        clock.now = NOW.plus(MINUTE).plusSeconds(1);
        assertThat(cache.get("k")).isNull();
    }

    @Test
    void readingKeepsLinesWithinTheMaximumAgeAndAMinuteOfClockSkew() throws IOException {
        long now = NOW.getEpochSecond();
        Files.writeString(tmp.resolve(ResultCache.FILE), String.join("\n",
                "# header",
                (now - 60) + "\told-enough\tOK\t200\tf\tr",
                (now - 61) + "\ttoo-old\tOK\t200\tf\tr",
                (now + 60) + "\tskewed\tOK\t200\tf\tr",
                (now + 61) + "\tfuture\tOK\t200\tf\tr",
                "damaged\tline",
                "x\tbad-time\tOK\t200\tf\tr") + "\n");
        ResultCache cache = new ResultCache(tmp, MINUTE, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(cache.get("old-enough")).isNotNull();
        assertThat(cache.get("too-old")).isNull();
        assertThat(cache.get("skewed")).isNotNull();
        assertThat(cache.get("future")).isNull();
        // The history keeps every line, however old.
        assertThat(ResultCache.all(tmp)).containsKeys("old-enough", "too-old", "skewed").doesNotContainKeys("damaged", "bad-time");
    }

    @Test
    void savingDropsWhatIsOlderThanTheMaximumAge() throws IOException {
        ManualClock clock = new ManualClock();
        ResultCache cache = new ResultCache(tmp, MINUTE, clock);
        cache.put("first", result(Outcome.OK, 200));
        clock.now = NOW.plusSeconds(30);
        cache.put("second", result(Outcome.BROKEN, 404));
        clock.now = NOW.plus(MINUTE);
        cache.save();
        assertThat(Files.readAllLines(tmp.resolve(ResultCache.FILE))).hasSize(3);
        clock.now = NOW.plus(MINUTE).plusSeconds(1);
        cache.put("third", result(Outcome.OK, 200));
        cache.save();
        List<String> lines = Files.readAllLines(tmp.resolve(ResultCache.FILE));
        assertThat(lines).hasSize(3).noneMatch(l -> l.contains("\tfirst\t"));
    }

    @Test
    void theHistoryTellsEachLinksLastResultAndItsDay() {
        ResultCache cache = new ResultCache(tmp, MINUTE, Clock.fixed(NOW, ZoneOffset.UTC));
        cache.put("http://example.org/a", result(Outcome.BROKEN, 404));
        cache.save();
        LinkHistory history = LinkHistory.load(tmp);
        assertThat(history.lookup("HTTP://Example.org:80/a#top"))
                .contains(new LinkHistory.Known(new WebLinkResult("http://example.org/a", Outcome.BROKEN, 404, "https://example.org/", "why"),
                        LocalDate.of(2026, 11, 23)));
        assertThat(history.lookup("http://example.org/b")).isEmpty();
        assertThat(history.lookup("http://[oops/")).isEmpty();
        assertThat(LinkHistory.load((Path) null).lookup("http://example.org/a")).isEmpty();
        assertThat(LinkHistory.load()).isNotNull();
    }

    @Test
    void theCacheFolderFollowsXdgThenWindowsThenHome() {
        Map<String, String> none = Map.of();
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/me")::get, "Linux", "/home/me"))
                .isEqualTo(Path.of("/var/cache/me", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("XDG_CACHE_HOME", "relative")::get, "Linux", "/home/me"))
                .isEqualTo(Path.of("/home/me", ".cache", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("XDG_CACHE_HOME", " ")::get, "Linux", "/home/me"))
                .isEqualTo(Path.of("/home/me", ".cache", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("LOCALAPPDATA", "/appdata")::get, "Windows 11", "/home/me"))
                .isEqualTo(Path.of("/appdata", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("LOCALAPPDATA", "/appdata")::get, "Linux", "/home/me"))
                .isEqualTo(Path.of("/home/me", ".cache", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(Map.of("LOCALAPPDATA", "")::get, "Windows 11", "/home/me"))
                .isEqualTo(Path.of("/home/me", ".cache", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir(none::get, "Linux", "/home/me")).isEqualTo(Path.of("/home/me", ".cache", "cmalt-kit"));
        assertThat(HttpLinkVerifier.defaultCacheDir().getFileName()).hasToString("cmalt-kit");
    }

    @Test
    void builderRefusesLimitsBelowTheirMinimum() {
        assertThatThrownBy(() -> HttpLinkVerifier.builder().cacheMaxAge(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpLinkVerifier.builder().cacheMaxAge(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HttpLinkVerifier.builder().cacheMaxAge(Duration.ZERO)).isNotNull();
        assertThatThrownBy(() -> HttpLinkVerifier.builder().maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HttpLinkVerifier.builder().maxRedirects(0)).isNotNull();
        assertThatThrownBy(() -> HttpLinkVerifier.builder().maxBodyBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HttpLinkVerifier.builder().maxBodyBytes(0)).isNotNull();
    }

    // --- the limits

    @Test
    void theDispatcherKeepsBothLimitsAndTakesHostsInTurn() {
        List<Runnable> started = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        Dispatcher d = new Dispatcher(2, 3, started::add);
        for (String job : List.of("a1", "a2", "a3", "b1", "b2", "c1")) d.submit(job.substring(0, 1), () -> ran.add(job));
        assertThat(started).hasSize(3); // a1, a2 (a's limit), then b1: the global limit
        started.remove(0).run();
        assertThat(ran).containsExactly("a1");
        assertThat(started).hasSize(3); // a1's place goes to the next waiting job
        while (!started.isEmpty()) started.remove(0).run();
        assertThat(ran).containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "c1");
        assertThat(ran.subList(0, 3)).containsExactly("a1", "a2", "b1");
    }

    @Test
    void aHostNeverHasMoreThanItsLimitInFlight() {
        List<Runnable> started = new ArrayList<>();
        Dispatcher d = new Dispatcher(1, 8, started::add);
        for (int i = 0; i < 4; i++) d.submit("only", () -> { });
        assertThat(started).hasSize(1);
        started.remove(0).run();
        assertThat(started).hasSize(1);
    }

    // --- the progress line

    @Test
    void progressDrawsTheFirstAndLastStepWhenTheIntervalIsLong() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Not auto-flushing, and buffered: only a flush makes the line appear.
        PrintStream out = new PrintStream(new BufferedOutputStream(bytes, 1 << 16), false, StandardCharsets.UTF_8);
        Progress p = new Progress(out, 3, 1_000_000);
        p.step();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rChecking web links: 1/3");
        p.step();
        p.step();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rChecking web links: 1/3\rChecking web links: 3/3" + System.lineSeparator());
        new Progress(null, 1, 0).step(); // no terminal: nothing to draw, nothing fails
    }

    @Test
    void progressDrawsEveryStepWhenTheIntervalIsZero() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 3, 0);
        p.step();
        p.step();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rChecking web links: 1/3\rChecking web links: 2/3");
    }

    // --- sign-in pages

    @Test
    void signInDataCommentsWildcardsAndPaths() {
        SignInPages pages = SignInPages.parse(List.of("#only a comment", "   # indented comment", "", "*.sso.example", "idp.example/Login/",
                "*/wp-login.php # any host"));
        assertThat(pages.size()).isEqualTo(3);
        assertThat(pages.isSignInAddress(URI.create("https://sso.example/x"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("https://a.b.sso.example/x"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("https://xsso.example/x"))).isFalse();
        assertThat(pages.isSignInAddress(URI.create("https://idp.example/login"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("https://idp.example/login/step2"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("https://idp.example/login?next=/"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("https://idp.example/loginpage"))).isFalse();
        assertThat(pages.isSignInAddress(URI.create("https://a.idp.example/login"))).isFalse();
        assertThat(pages.isSignInAddress(URI.create("https://blog.example/wp-login.php"))).isTrue();
        assertThat(pages.isSignInAddress(URI.create("mailto:a@b.example"))).isFalse();
    }
}
