package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.build.HttpAnswers;
import io.github.cmaltkit.links.LoopbackServer;
import io.github.cmaltkit.links.LoopbackServer.InFlight;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    /** How long a request waits for a second one where none may come. */
    private static final Duration SHORT = Duration.ofMillis(700);

    @TempDir
    Path tmp;

    private LoopbackServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    /**
     * The shared loopback server, every answer a 200 plain-text page, recording how many requests it
     * held at once: each waits for a second one to be in flight with it, at most the bound of {@code inFlight}. With a
     * limit of one that never happens and each wait ends at the bound; with a higher limit the second
     * request ends it at once. No assertion depends on how long this takes.
     */
    private String serve(InFlight inFlight) throws IOException {
        server = new LoopbackServer().on("/", ex -> {
            inFlight.hold();
            HttpAnswers.send(ex, 200, "text/plain", "");
        });
        return server.url("");
    }

    private Path portfolioLinkingTo(String... urls) {
        StringBuilder md = new StringBuilder("---\ntitle: Links\n---\n");
        for (int i = 0; i < urls.length; i++) md.append("- [Report ").append(i + 1).append("](").append(urls[i]).append(")\n");
        return TestPortfolio.at(tmp.resolve("p")).settings("candidate: Alex Example\npathway: cmalt\n").file("content/links.md", md.toString()).dir();
    }

    private static CommandRun check(Path portfolio, String... options) {
        return CommandRun.of(List.of("check", portfolio.toString(), "--format", "json", "--no-link-cache"), options);
    }

    @Test
    void perHostOneSendsOneRequestAtATimeToASite() throws Exception {
        InFlight inFlight = new InFlight(2, SHORT);
        String base = serve(inFlight);
        CommandRun r = check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "1");
        assertThat(r.err()).isEmpty();
        assertThat(inFlight.max()).isEqualTo(1);
    }

    @Test
    void withoutTheLimitTheSameLinksOverlap() throws Exception {
        // The control for the test above: the server can see overlap, so a 1 there is the option's doing.
        InFlight inFlight = new InFlight(2, Duration.ofSeconds(30));
        String base = serve(inFlight);
        check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "3");
        assertThat(inFlight.max()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void maxInFlightOneSendsOneRequestAtATimeInAll() throws Exception {
        InFlight inFlight = new InFlight(2, SHORT);
        String base = serve(inFlight);
        CommandRun r = check(portfolioLinkingTo(base + "/a.txt", base + "/b.txt", base + "/c.txt"), "--per-host", "8",
                "--max-in-flight", "1");
        assertThat(r.err()).isEmpty();
        assertThat(inFlight.max()).isEqualTo(1);
    }

    @Test
    void connectTimeoutIsTheOneGiven() throws Exception {
        // A listening socket that never accepts, its queue filled: a further connection is never completed.
        try (LoopbackServer silent = LoopbackServer.neverAccepting()) {
            String url = "http://127.0.0.1:" + silent.port() + "/report.pdf";
            CommandRun r = check(portfolioLinkingTo(url), "--connect-timeout", "1", "--timeout", "30");
            assertThat(r.out()).contains("could not connect within 1 s");
        }
    }

    @ParameterizedTest
    @CsvSource({"--per-host,0", "--per-host,-2", "--per-host,many", "--max-in-flight,0", "--connect-timeout,0",
            "--connect-timeout,1.5", "--timeout,soon"})
    void aValueThatIsNotAWholeNumberOfOneOrMoreIsRefused(String option, String value) throws Exception {
        CommandRun r = check(portfolioLinkingTo("https://example.org/"), option, value);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(option + " takes a whole number of 1 or more, not \"" + value + "\"");
    }
}
