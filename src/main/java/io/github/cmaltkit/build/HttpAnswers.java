package io.github.cmaltkit.build;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Answers for the small loopback web servers the kit starts to exercise its link checker: the class-data
 * training's ({@link ClassDataTraining}), the link tests' and the link benchmark's ({@code bench/links}).
 * A HEAD request gets the headers only, as from a real server.
 */
public final class HttpAnswers {

    private HttpAnswers() {
    }

    /** {@code body} (UTF-8) with {@code status}, and its type when {@code type} is not null; an empty body is sent as none. */
    public static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        if (type != null) ex.getResponseHeaders().set("Content-Type", type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A redirect with {@code status} to {@code location} (none when null), and no body. */
    public static void redirect(HttpExchange ex, int status, String location) throws IOException {
        if (location != null) ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }
}
