package io.github.cmaltkit.preview;

import io.github.cmaltkit.portfolio.PortfolioPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview on the loopback interface: pages from the warm site with {@link PreviewPanel}
 * added, assets straight from the portfolio (read only), and {@value #WAIT} for the reload script.
 */
final class PreviewServer implements AutoCloseable {

    /** The reload script waits here for the next update: {@code /_cmalt/wait?since=GENERATION}. */
    static final String WAIT = "/_cmalt/wait";
    private static final long WAIT_MS = 25_000;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("zip", "application/zip"), Map.entry("ico", "image/x-icon"));

    private final Preview preview;
    private final HttpServer http;
    private final ExecutorService pool;

    PreviewServer(Preview preview, InetSocketAddress address) throws IOException {
        this.preview = preview;
        http = HttpServer.create(address, 0);
        // Several threads: waiting reload scripts must not hold up page requests.
        pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "cmalt-preview-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", this::handle);
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange ex) {
        try {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = ex.getRequestURI();
            String rawPath = uri.getRawPath();
            if (rawPath.equals(WAIT)) {
                wait(ex, uri.getRawQuery());
                return;
            }
            String raw = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
            if (raw.isEmpty() || raw.endsWith("/")) raw += "index.html";
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            Preview.PageView page = preview.page(raw);
            if (page == null && !decoded.equals(raw)) page = preview.page(decoded);
            if (page != null) {
                byte[] body = PreviewPanel.inject(page, raw, preview);
                send(ex, 200, TYPES.get("html"), body);
                return;
            }
            Path file = asset(decoded);
            if (file != null) {
                String name = file.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
                return;
            }
            send(ex, 404, TYPES.get("html"), PreviewPanel.notFound(decoded, preview));
        } catch (IOException | RuntimeException e) {
            // The browser went away, or a bug: never let one request stop the preview.
        } finally {
            ex.close();
        }
    }

    /** A file that the bake copies into the site: from the portfolio's assets, or a non-Markdown file of content/. */
    private Path asset(String path) {
        if (path.contains("\0")) return null;
        Path portfolio = preview.portfolio();
        for (String folder : new String[] {"assets", "content"}) {
            Path base = portfolio.resolve(folder);
            Path p;
            try {
                p = base.resolve(path).normalize();
            } catch (RuntimeException e) {
                return null;
            }
            if (!p.startsWith(base) || !Files.isRegularFile(p)) continue;
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (folder.equals("content") && (name.endsWith(".md") || name.endsWith(".markdown"))) continue;
            if (!PortfolioPath.ignored(base.relativize(p))) return p;
        }
        return null;
    }

    private void wait(HttpExchange ex, String query) throws IOException {
        long since = 0;
        if (query != null && query.startsWith("since=")) {
            try {
                since = Long.parseLong(query.substring("since=".length()));
            } catch (NumberFormatException e) {
                since = 0;
            }
        }
        long now;
        try {
            now = preview.awaitChange(since, WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            now = since;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, 200, "text/plain; charset=utf-8", Long.toString(now).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
