package io.github.cmaltkit.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.links.Exchange.Failure;
import io.github.cmaltkit.links.LinkCheck.Done;
import io.github.cmaltkit.links.LinkCheck.Send;
import io.github.cmaltkit.links.LinkCheck.Step;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-link protocol and the verdicts, driven by hand: no socket, no thread, no clock. */
class LinkCheckTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final Set<String> htmlHosts = new HashSet<>();

    LinkCheckOptions options() {
        return new LinkCheckOptions(Duration.ofSeconds(10), Duration.ofSeconds(20), 8, 64, 10, 1024, 3,
                Duration.ofSeconds(10), Duration.ofSeconds(1), null, Duration.ofHours(24), null, 200, "test",
                true, Clock.fixed(NOW, ZoneOffset.UTC), d -> { }, () -> true);
    }

    LinkCheck check(String url) {
        return new LinkCheck(URI.create(url), options(), SignInPages.load(), htmlHosts);
    }

    static HttpHeaders headers(String... nameValue) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put(nameValue[i], List.of(nameValue[i + 1]));
        return HttpHeaders.of(m, (a, b) -> true);
    }

    static Exchange answer(int status, String body, String... headers) {
        return new Exchange(status, headers(headers), body.getBytes(StandardCharsets.UTF_8), null, StatusText.of(status));
    }

    static Send send(Step s) {
        assertThat(s).isInstanceOf(Send.class);
        return (Send) s;
    }

    static WebLinkResult done(Step s) {
        assertThat(s).isInstanceOf(Done.class);
        return ((Done) s).result();
    }

    @Test
    void aPageIsReadWithGetAtOnce() {
        LinkCheck c = check("https://example.org/page");
        assertThat(send(c.start()).method()).isEqualTo("GET");
        WebLinkResult r = done(c.answered(answer(200, "<form><input type=password></form>", "content-type", "text/html")));
        assertThat(r.outcome()).isEqualTo(Outcome.RESTRICTED);
        for (String page : new String[] {"https://example.org/", "https://example.org", "https://example.org/a/b.html",
            "https://example.org/index.PHP?id=3", "https://example.org/v1.2/"}) {
            assertThat(send(check(page).start()).method()).as(page).isEqualTo("GET");
        }
    }

    @Test
    void anAddressThatDoesNotSayItIsAPageIsAskedWithHeadThenReadWithGet() {
        LinkCheck c = check("https://example.org/notes.txt");
        assertThat(send(c.start()).method()).isEqualTo("HEAD");
        Send get = send(c.answered(answer(200, "", "content-type", "text/html")));
        assertThat(get.method()).isEqualTo("GET");
        assertThat(htmlHosts).containsExactly("example.org");
        WebLinkResult r = done(c.answered(answer(200, "<form><input type=password></form>", "content-type", "text/html")));
        assertThat(r.outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(r.reason()).isEqualTo("is a sign-in page (it asks for a password)");
        // The next link on that host goes straight to GET.
        assertThat(send(check("https://example.org/other.txt").start()).method()).isEqualTo("GET");
    }

    @Test
    void aRateLimitWaitsAsAskedThenGivesUp() {
        LinkCheck c = check("https://example.org/file.pdf");
        send(c.start());
        Send again = send(c.answered(answer(429, "", "retry-after", "4")));
        assertThat(again.after()).isEqualTo(Duration.ofSeconds(4));
        assertThat(send(c.answered(answer(503, ""))).after()).isEqualTo(Duration.ofSeconds(2));
        WebLinkResult r = done(c.answered(answer(503, "")));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).isEqualTo("still 503 Service Unavailable after 3 tries");
    }

    @Test
    void aRedirectIsFollowedToTheNextAddress() {
        LinkCheck c = check("https://example.org/old.pdf");
        send(c.start());
        Send next = send(c.answered(answer(301, "", "location", "/new.pdf")));
        assertThat(next.uri()).hasToString("https://example.org/new.pdf");
        assertThat(next.method()).isEqualTo("HEAD");
        WebLinkResult r = done(c.answered(answer(200, "", "content-type", "application/pdf")));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.finalUrl()).isEqualTo("https://example.org/new.pdf");
        assertThat(r.url()).isEqualTo("https://example.org/old.pdf");
    }

    @Test
    void aTimeoutIsTriedOnceMoreWithGet() {
        LinkCheck c = check("https://example.org/slow");
        send(c.start());
        assertThat(send(c.answered(Exchange.failed(Failure.TIMEOUT, "timed out after 20 s"))).method()).isEqualTo("GET");
        WebLinkResult r = done(c.answered(Exchange.failed(Failure.TIMEOUT, "timed out after 20 s")));
        assertThat(r.outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(r.reason()).isEqualTo("timed out after 20 s (tried twice)");
    }

    @Test
    void verdictsOnFinalAnswers() {
        URI at = URI.create("https://example.org/x");
        SignInPages signIn = SignInPages.load();
        assertThat(LinkVerdicts.classify("u", at, false, answer(404, ""), signIn).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(LinkVerdicts.classify("u", at, false, answer(410, ""), signIn).reason()).isEqualTo("410 Gone");
        assertThat(LinkVerdicts.classify("u", at, false, answer(403, ""), signIn).outcome()).isEqualTo(Outcome.RESTRICTED);
        assertThat(LinkVerdicts.classify("u", at, false, answer(204, ""), signIn).outcome()).isEqualTo(Outcome.OK);
        assertThat(LinkVerdicts.classify("u", at, false, answer(304, ""), signIn).outcome()).isEqualTo(Outcome.UNVERIFIED);
        assertThat(LinkVerdicts.retryAfter("Mon, 23 Nov 2026 10:00:05 GMT", Clock.fixed(NOW, ZoneOffset.UTC)))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(LinkVerdicts.retryAfter("in a bit", Clock.fixed(NOW, ZoneOffset.UTC))).isNull();
        assertThat(LinkVerdicts.failure(new java.net.UnknownHostException("x"), Duration.ofSeconds(1), Duration.ofSeconds(1)).reason())
                .isEqualTo("no such host");
    }
}
