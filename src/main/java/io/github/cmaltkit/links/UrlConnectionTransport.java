package io.github.cmaltkit.links;

import io.github.cmaltkit.links.Exchange.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Requests through the JDK's {@link HttpURLConnection}: blocking, on the caller's thread, HTTP/1.1
 * with idle connections kept for the next request to the same host; no redirects, no credentials, no
 * cache (and no cookies: the kit never sets a default {@link java.net.CookieHandler}).
 *
 * <p>Why not the JDK's {@code java.net.http.HttpClient}: in the link benchmark (bench/links) it cost
 * about twice the CPU for the same 1000 links. Every request hops between the caller, the client's
 * selector thread and its executor, through many small asynchronous stages, and building a client
 * sets up TLS even when every link is plain http. Here TLS is loaded by the first https link only.
 */
final class UrlConnectionTransport implements Transport, AutoCloseable {

    /** Error pages are read up to this much (then dropped), so that their connection can be used again. */
    private static final int SMALL_BODY = 16 * 1024;

    /** Answers every request for credentials with none, whatever default the program may have set. */
    private static final Authenticator NO_CREDENTIALS = new Authenticator() {
    };

    private final LinkCheckOptions o;
    /** Closes a connection whose request outlives the total timeout (a read timeout alone restarts on every byte). */
    private final ScheduledThreadPoolExecutor watchdog;

    UrlConnectionTransport(LinkCheckOptions o) {
        this.o = o;
        keepIdleConnections(o.perHost());
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cmalt-linkcheck-timeout");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        // Its thread goes when idle: a verifier that is done with holds none.
        watchdog.setKeepAliveTime(1, TimeUnit.SECONDS);
        watchdog.allowCoreThreadTimeOut(true);
    }

    /**
     * The JDK keeps 5 idle connections a host unless told otherwise (read once, at the first request
     * of the program): as many as the per-host limit avoids a new connection per request beyond 5.
     * A value the user set is left alone.
     */
    private static void keepIdleConnections(int perHost) {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(5, perHost)));
        }
    }

    @Override
    public Exchange send(String method, URI uri) {
        HttpURLConnection c;
        try {
            c = (HttpURLConnection) uri.toURL().openConnection();
        } catch (IllegalArgumentException | IOException | ClassCastException e) {
            return Exchange.failed(Failure.BROKEN, "not a valid web address");
        }
        long total = o.totalTimeout().toMillis();
        long deadline = System.nanoTime() + o.totalTimeout().toNanos();
        Timer timer = new Timer(c);
        try {
            c.setRequestMethod(method);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setAllowUserInteraction(false);
            c.setAuthenticator(NO_CREDENTIALS);
            c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, o.connectTimeout().toMillis())));
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
            c.setRequestProperty("User-Agent", o.userAgent());
            c.setRequestProperty("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            timer.start(watchdog, total);
            int status = c.getResponseCode();
            if (status < 0) throw new IOException("not an HTTP answer");
            HttpHeaders headers = headersOf(c);
            int limit = method.equals("HEAD") ? 0
                    : status / 100 != 2 ? SMALL_BODY
                    : Exchange.isHtml(headers) ? o.maxBodyBytes() : 0;
            byte[] body = read(c, status, limit, deadline);
            return new Exchange(status, headers, body, null, StatusText.of(status));
        } catch (IOException e) {
            c.disconnect();
            return failure(e, timer, deadline);
        } catch (IllegalArgumentException e) {
            c.disconnect();
            return Exchange.failed(Failure.BROKEN, "not a valid web address");
        } finally {
            timer.stop();
        }
    }

    /**
     * Makes (and drops) a connection object for a loopback address without connecting: the first one
     * of a JVM loads and starts the HTTP handler's classes, which the first real request then finds ready.
     */
    static void prepare() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1/").toURL().openConnection();
            c.setRequestMethod("HEAD");
        } catch (IOException | RuntimeException e) {
            // Only a head start is lost: the first request starts them itself.
        }
    }

    /**
     * Reads at most {@code limit} bytes. A body read to its end leaves the connection open for the
     * next request; a longer one (a PDF, a video, a huge page: nothing further in it matters) is cut
     * off by closing the connection.
     */
    private static byte[] read(HttpURLConnection c, int status, int limit, long deadline) throws IOException {
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        if (in == null) return new byte[0];
        // Sized to the page when it says its length (most do), so a small page costs a small buffer.
        long length = c.getContentLengthLong();
        byte[] buf = new byte[(int) Math.max(1, Math.min(limit, length >= 0 ? length + 1 : 8 * 1024))];
        int n = 0;
        boolean ended = false;
        while (n < limit) {
            if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(limit, buf.length * 2L));
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                ended = true;
                break;
            }
            n += r;
            if (System.nanoTime() - deadline > 0) throw new SocketTimeoutException("body too slow");
        }
        if (!ended && in.read() < 0) ended = true; // exactly at the limit: the end may be next
        if (ended) in.close();
        else c.disconnect();
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    private static HttpHeaders headersOf(HttpURLConnection c) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : c.getHeaderFields().entrySet()) {
            if (e.getKey() != null) map.put(e.getKey(), e.getValue()); // the null key is the status line
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /** Says a timeout in the words the rest of the checker uses for one (as the JDK HttpClient does). */
    private Exchange failure(IOException e, Timer timer, long deadline) {
        IOException named = e;
        if (timer.fired() || System.nanoTime() - deadline >= 0) {
            named = new HttpTimeoutException("request timed out");
        } else if (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect")) {
            named = new HttpConnectTimeoutException("connect timed out");
        } else if (e instanceof SocketTimeoutException) {
            named = new HttpTimeoutException("request timed out");
        }
        return LinkVerdicts.failure(named, o.connectTimeout(), o.totalTimeout());
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** Closes the connection at the deadline, and remembers that it did. */
    private static final class Timer implements Runnable {
        private final HttpURLConnection c;
        private volatile boolean fired;
        private ScheduledFuture<?> task;

        Timer(HttpURLConnection c) {
            this.c = c;
        }

        void start(ScheduledThreadPoolExecutor watchdog, long millis) {
            task = watchdog.schedule(this, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            fired = true;
            c.disconnect();
        }

        boolean fired() {
            return fired;
        }

        void stop() {
            if (task != null) task.cancel(false);
        }
    }
}
