package io.github.cmaltkit.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link tests' one server, on a loopback address and an ephemeral port: an HTTP server recording
 * every request (method, path, headers), or, for what HTTP servers never do, a raw socket server
 * ({@link #raw}: reset connections, plain text to a TLS hello) and a socket that never accepts
 * ({@link #neverAccepting}: connections time out). Make one per test, so that no count is shared.
 */
public final class LoopbackServer implements AutoCloseable {

    public interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    /** What a raw server does with each accepted connection. */
    public interface RawHandler {
        void handle(Socket s) throws IOException;
    }

    /** One request as the server saw it. */
    public record Request(String method, String path, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
            }
            return null;
        }
    }

    /**
     * Counts the requests a handler holds at once (on one server: per host). Each request waits until
     * {@code target} have been in flight together once, so a limit that allows {@code target} is seen
     * whatever the speed of the machine; where the limit does not allow it, every wait ends at
     * {@code bound} (short where none may come, long as a safety bound where they must).
     */
    public static final class InFlight {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();
        private final java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final CountDownLatch reached = new CountDownLatch(1);
        private final int target;
        private final Duration bound;

        public InFlight(int target, Duration bound) {
            this.target = target;
            this.bound = bound;
        }

        /**
         * Called by a handler: counts the request in flight while it waits. The very first request is
         * answered at once: the checker holds a host's other links back until its first answer, so
         * holding that one would only wait out the bound.
         */
        public void hold() {
            if (first.getAndSet(false)) return;
            int n = now.incrementAndGet();
            if (max.accumulateAndGet(n, Math::max) >= target) reached.countDown();
            try {
                reached.await(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
        }

        /** The most requests held at once so far. */
        public int max() {
            return max.get();
        }
    }

    public final String host;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<Request> seen = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ServerSocket socket;
    private final List<Socket> held = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });

    public LoopbackServer() throws IOException {
        this("127.0.0.1");
    }

    public LoopbackServer(String address) throws IOException {
        this.host = address;
        this.socket = null;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
        server.setExecutor(pool);
        server.start();
    }

    private LoopbackServer(ServerSocket socket) {
        this.host = "127.0.0.1";
        this.socket = socket;
        this.server = null;
    }

    /** A socket server that hands each connection to {@code h}, then closes it. */
    public static LoopbackServer raw(RawHandler h) throws IOException {
        LoopbackServer s = new LoopbackServer(new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")));
        s.pool.execute(() -> {
            while (!s.socket.isClosed()) {
                try (Socket c = s.socket.accept()) {
                    h.handle(c);
                } catch (IOException e) {
                    // closed by close(), or the client went away: next
                }
            }
        });
        return s;
    }

    /**
     * A listening socket whose queue is full and which never accepts: a new connection to it is not
     * completed, so the client's connect times out (Linux drops the SYN when the queue is full).
     */
    public static LoopbackServer neverAccepting() throws IOException {
        LoopbackServer s = new LoopbackServer(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), s.port()), 200);
                s.held.add(filler);
            } catch (IOException full) {
                filler.close();
                break; // the queue is full: the next connection attempt will hang as wanted
            }
        }
        return s;
    }

    /** A port on 127.0.0.1 where nothing listens (a connection is refused). */
    public static int closedPort() throws IOException {
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return ss.getLocalPort();
        }
    }

    /** Handles every path under {@code prefix}, counting "METHOD path" requests. */
    public LoopbackServer on(String prefix, Handler h) {
        server.createContext(prefix, ex -> {
            String key = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            requests.add(key);
            seen.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders())));
            counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            try {
                h.handle(ex);
            } finally {
                ex.close();
            }
        });
        return this;
    }

    public int port() {
        return server != null ? server.getAddress().getPort() : socket.getLocalPort();
    }

    public String url(String path) {
        return "http://" + host + ":" + port() + path;
    }

    public int count(String methodAndPath) {
        AtomicInteger n = counts.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    public int countPath(String path) {
        return count("HEAD " + path) + count("GET " + path);
    }

    @Override
    public void close() {
        if (server != null) server.stop(0);
        try {
            if (socket != null) socket.close();
            for (Socket s : held) s.close();
        } catch (IOException e) {
            // closing a test server: nothing to do
        }
        pool.shutdownNow();
    }
}
