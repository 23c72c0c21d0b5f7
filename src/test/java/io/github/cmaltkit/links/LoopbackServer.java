package io.github.cmaltkit.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HTTP server on a loopback address and an ephemeral port, recording every request. */
final class LoopbackServer implements AutoCloseable {

    interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    final HttpServer server;
    final String host;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });

    LoopbackServer() throws IOException {
        this("127.0.0.1");
    }

    LoopbackServer(String address) throws IOException {
        this.host = address;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
        server.setExecutor(pool);
        server.start();
    }

    /** Handles every path under {@code prefix}, counting "METHOD path" requests. */
    LoopbackServer on(String prefix, Handler h) {
        server.createContext(prefix, ex -> {
            String key = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            requests.add(key);
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            try {
                h.handle(ex);
            } finally {
                ex.close();
            }
        });
        return this;
    }

    String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    int count(String methodAndPath) {
        AtomicInteger n = counts.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    int countPath(String path) {
        return count("HEAD " + path) + count("GET " + path);
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
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

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
