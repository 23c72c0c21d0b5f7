package io.github.cmaltkit.links;

import static io.github.cmaltkit.build.HttpAnswers.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.build.HttpAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One request at a time through the transport: what it sends, and how much of each answer it reads. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UrlConnectionTransportTest {

    static final int MAX_BODY = 40_000;
    static final String AGENT = "cmalt-kit-linkcheck/test (+https://example.org/)";

    LoopbackServer server;
    UrlConnectionTransport transport;

    static String page(int bytes) {
        return "<p>" + "x".repeat(bytes - 3);
    }

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer()
                .on("/small", ex -> send(ex, 200, "text/html", page(100)))
                .on("/exact", ex -> send(ex, 200, "text/html", page(MAX_BODY)))
                .on("/big", ex -> send(ex, 200, "text/html", page(MAX_BODY + 5_000)))
                .on("/middling", ex -> send(ex, 200, "text/html", page(30_000)))
                .on("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4 " + "x".repeat(5_000)))
                .on("/bad-request", ex -> send(ex, 400, "text/html", "<p>bad"))
                .on("/missing-big", ex -> send(ex, 404, "text/html", page(30_000)))
                .on("/chunked", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0); // no length: chunked
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(page(20_000).getBytes(StandardCharsets.UTF_8));
                    }
                })
                .on("/moved", ex -> HttpAnswers.redirect(ex, 302, "/small"));
        transport = new UrlConnectionTransport(new LinkCheckOptions(Duration.ofSeconds(5), Duration.ofSeconds(10), 8, 64, 10,
                MAX_BODY, 3, Duration.ofSeconds(10), Duration.ofSeconds(1), null, Duration.ofHours(1), null, 200, AGENT, true,
                Clock.systemUTC(), d -> { }, () -> true));
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    Exchange get(String path) {
        return transport.send("GET", URI.create(server.url(path)));
    }

    @Test
    void anHtmlPageIsReadUpToTheLimitAndNoFurther() {
        assertThat(get("/small").body()).hasSize(100);
        assertThat(get("/middling").body()).hasSize(30_000);
        assertThat(get("/exact").body()).hasSize(MAX_BODY);
        assertThat(get("/big").body()).hasSize(MAX_BODY);
        assertThat(get("/chunked").body()).hasSize(20_000);
        Exchange small = get("/small");
        assertThat(small.status()).isEqualTo(200);
        assertThat(small.reason()).isEqualTo("200 OK");
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).isEqualTo(page(100));
    }

    @Test
    void otherBodiesAreNotReadAndErrorPagesOnlyTheirStart() {
        assertThat(get("/pdf").body()).isEmpty();
        assertThat(transport.send("HEAD", URI.create(server.url("/small"))).body()).isEmpty();
        Exchange bad = get("/bad-request");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).isEqualTo("<p>bad");
        assertThat(get("/missing-big").body()).hasSize(16 * 1024);
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        Exchange moved = get("/moved");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.header("location")).isEqualTo("/small");
        assertThat(server.count("GET /small")).isZero();
    }

    @Test
    void eachRequestNamesTheCheckerAndWhatItAccepts() {
        get("/small");
        LoopbackServer.Request r = server.seen.get(0);
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.header("User-Agent")).isEqualTo(AGENT);
        assertThat(r.header("Accept")).isEqualTo("text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(r.header("Authorization")).isNull();
        assertThat(r.header("Cookie")).isNull();
    }

    @Test
    void theTimeoutWatchdogNeverKeepsTheProgramAlive() {
        get("/small");
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("cmalt-linkcheck-timeout"))
                .isNotEmpty().allMatch(Thread::isDaemon);
    }

    @Test
    void anAddressThatIsNotHttpIsNotAValidWebAddress() {
        Exchange x = transport.send("GET", URI.create("ftp://127.0.0.1/file"));
        assertThat(x.failure()).isEqualTo(Exchange.Failure.BROKEN);
        assertThat(x.reason()).isEqualTo("not a valid web address");
    }
}
