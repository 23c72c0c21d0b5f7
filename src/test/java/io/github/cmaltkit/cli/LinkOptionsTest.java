package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.cmaltkit.links.LoopbackServer;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web-link options of {@code cmalt check} reach the link checker: {@code --per-host},
 * {@code --max-in-flight} and {@code --connect-timeout}, and bad values are refused with a plain message.
 */
class LinkOptionsTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    /** Counts down as requests arrive: a request waits (briefly) for a second one, so overlap can be seen. */
    private final CountDownLatch arrivals = new CountDownLatch(2);
    /** How long a request waits for a second one: short where none may come, long where one must (a loaded machine). */
    private long holdMillis = 700;

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    /** A loopback server whose every answer is a 200 plain-text page, recording how many requests it held at once. */
    private String serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrivals.countDown();
            try {
                // Held until another request arrives: with a limit of one that never happens, and the
                // wait ends at the bound; with a higher limit the second request ends it at once. No
                // assertion depends on how long this takes.
                arrivals.await(holdMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Path portfolioLinkingTo(String... urls) {
        StringBuilder md = new StringBuilder("---\ntitle: Links\n---\n");
        for (int i = 0; i < urls.length; i++) md.append("- [Report ").append(i + 1).append("](").append(urls[i]).append(")\n");
        return TestPortfolio.at(tmp.resolve("p")).settings("candidate: Alex Example\npathway: cmalt\n").file("content/links.md", md.toString()).dir();
    }

    private String[] check(Path portfolio, String... options) {
        List<String> args = new ArrayList<>(List.of("check", portfolio.toString(), "--format", "json", "--no-link-cache"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void perHostOneSendsOneRequestAtATimeToASite() throws Exception {
        String base = serve();
        String[] r = check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "1");
        assertThat(r[2]).isEmpty();
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void withoutTheLimitTheSameLinksOverlap() throws Exception {
        // The control for the test above: the server can see overlap, so a 1 there is the option's doing.
        holdMillis = 30_000;
        String base = serve();
        check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "3");
        assertThat(mostAtOnce.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void maxInFlightOneSendsOneRequestAtATimeInAll() throws Exception {
        String base = serve();
        String[] r = check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "8",
                "--max-in-flight", "1");
        assertThat(r[2]).isEmpty();
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void connectTimeoutIsTheOneGiven() throws Exception {
        // A listening socket that never accepts, its queue filled: a further connection is never completed.
        try (LoopbackServer silent = LoopbackServer.neverAccepting()) {
            String url = "http://127.0.0.1:" + silent.port() + "/report.pdf";
            String[] r = check(portfolioLinkingTo(url), "--connect-timeout", "1", "--timeout", "30");
            assertThat(r[1]).contains("could not connect within 1 s");
        }
    }

    @ParameterizedTest
    @CsvSource({"--per-host,0", "--per-host,-2", "--per-host,many", "--max-in-flight,0", "--connect-timeout,0",
            "--connect-timeout,1.5", "--timeout,soon"})
    void aValueThatIsNotAWholeNumberOfOneOrMoreIsRefused(String option, String value) throws Exception {
        String[] r = check(portfolioLinkingTo("https://example.org/"), option, value);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).isEmpty();
        assertThat(r[2]).contains(option + " takes a whole number of 1 or more, not \"" + value + "\"");
    }
}
