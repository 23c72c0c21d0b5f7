package io.github.cmaltkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.build.HttpAnswers;
import io.github.cmaltkit.links.LoopbackServer;
import io.github.cmaltkit.portfolio.TestPortfolio;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check command on a portfolio whose evidence links cover every case, against a loopback server:
 * each link is reported with the right rule at its own line, and nothing else is.
 */
class WebLinksEndToEndTest {

    LoopbackServer server;
    final AtomicInteger requests = new AtomicInteger();
    String base;

    @BeforeEach
    void serve() throws Exception {
        server = new LoopbackServer();
        route("/ok", 200, "<html><body>Open report</body></html>");
        route("/gone", 404, "gone");
        route("/error", 500, "oops");
        route("/members", 401, "sign in");
        route("/private", 403, "forbidden");
        route("/busy", 429, "slow down");
        route("/signin", 200, "<html><body><form><input type=\"password\" name=\"p\"></form></body></html>");
        server.on("/moved", ex -> {
            requests.incrementAndGet();
            HttpAnswers.redirect(ex, 302, "/signin");
        });
        base = server.url("");
    }

    void route(String path, int status, String body) {
        server.on(path, ex -> {
            requests.incrementAndGet();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            if (status == 429) ex.getResponseHeaders().add("Retry-After", "0");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
            } else {
                ex.sendResponseHeaders(status, b.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(b);
                }
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Path portfolio(Path dir) throws Exception {
        return TestPortfolio.at(dir).settings("candidate: Test\npathway: cmalt\n").file("content/links.md", String.join("\n",
                "---",
                "title: Links",
                "---",
                "- [Open report](" + base + "/ok): I include it as it shows the data.",
                "- [Deleted page](" + base + "/gone): it showed the plan. <!-- expect: broken-link -->",
                "- [Broken server](" + base + "/error): it showed the plan. <!-- expect: broken-link -->",
                "- [Members only](" + base + "/members): it shows the forum. <!-- expect: restricted-link -->",
                "- [Private](" + base + "/private): it shows the forum; guest login: visitor, password: cmalt2027. <!-- expect-info: restricted-link -->",
                "- [Moved](" + base + "/moved): it shows the course. <!-- expect: restricted-link -->",
                "- [Busy](" + base + "/busy): it shows the survey. <!-- expect: link-unverified -->",
                "- Write to [the team](mailto:team@example.org) for a copy.",
                "")).dir();
    }

    static List<String> expectations(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        Matcher m;
        for (int i = 0; i < lines.size(); i++) {
            m = Pattern.compile("<!-- expect(-info)?: ([a-z-]+) -->").matcher(lines.get(i));
            if (m.find()) out.add(m.group(2) + "@" + (i + 1) + (m.group(1) == null ? "" : "/info"));
        }
        return out;
    }

    static List<String> found(String json) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"rule\": \"([a-z-]+)\",\\s*\"severity\": \"([a-z]+)\",\\s*\"file\": \"content/links.md\",\\s*\"line\": (\\d+)")
                .matcher(json);
        while (m.find()) {
            if (List.of("broken-link", "restricted-link", "link-unverified").contains(m.group(1))) {
                out.add(m.group(1) + "@" + m.group(3) + (m.group(2).equals("info") ? "/info" : ""));
            }
        }
        return out;
    }

    @Test
    void everyKindOfLinkIsReportedAtItsLineAndNothingElse(@TempDir Path dir) throws Exception {
        Path p = portfolio(dir);
        CommandRun r = CommandRun.of("check", p.toString(), "--format", "json", "--no-link-cache", "--timeout", "5");
        String json = r.out();
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        // Lists, not sets: a link reported twice is a bug that a set would hide.
        assertThat(found(json)).containsExactlyInAnyOrderElementsOf(expectations(p.resolve("content/links.md")));
        assertThat(requests.get()).isPositive();
    }

    @Test
    void offlineMakesNoConnection(@TempDir Path dir) throws Exception {
        Path p = portfolio(dir);
        CommandRun r = CommandRun.of("check", p.toString(), "--format", "json", "--offline");
        // The portfolio has no section at all: missing sections are errors, offline or not; the check itself ran.
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"rule\": \"missing-section\"");
        assertThat(requests.get()).isZero();
        assertThat(found(r.out())).isEmpty();
    }
}
