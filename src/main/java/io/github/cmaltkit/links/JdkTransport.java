package io.github.cmaltkit.links;

import io.github.cmaltkit.links.Exchange.Failure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests through the JDK HTTP client, HTTP/1.1, no redirects, no cookies, no credentials.
 *
 * <p>It uses the blocking {@code send}: the client's {@code sendAsync} hands every answer to
 * CompletableFuture's default executor, which on a machine with two cores starts a new thread per
 * task (a profile of the link benchmark showed one thread started per request, about a fifth of
 * its CPU time).
 */
final class JdkTransport implements Transport, AutoCloseable {

    /** Error pages are read up to this much (then dropped), so that their connection can be used again. */
    private static final int SMALL_BODY = 16 * 1024;

    private final LinkCheckOptions o;
    private final ExecutorService io;
    private final HttpClient client;

    JdkTransport(LinkCheckOptions o) {
        this.o = o;
        AtomicInteger n = new AtomicInteger();
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cmalt-linkcheck-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(o.connectTimeout())
                .executor(io)
                .build();
    }

    @Override
    public Exchange send(String method, URI uri) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(o.totalTimeout())
                    .header("User-Agent", o.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build();
        } catch (IllegalArgumentException e) {
            return Exchange.failed(Failure.BROKEN, "not a valid web address");
        }
        long deadline = System.nanoTime() + o.totalTimeout().toNanos();
        int limit = o.maxBodyBytes();
        // Reading a small body to its end keeps the connection open for the next request; cancelling
        // (a PDF, a video: nothing in them matters) closes it. The request's timeout covers the wait
        // for the headers; the body must come within what is left of it.
        HttpResponse.BodyHandler<byte[]> handler = method.equals("HEAD")
                ? info -> HttpResponse.BodySubscribers.replacing(new byte[0])
                : info -> new BoundedBody(info.statusCode() / 100 != 2 ? SMALL_BODY
                        : Exchange.isHtml(info.headers()) ? limit : 0, deadline);
        try {
            HttpResponse<byte[]> response = client.send(request, handler);
            return new Exchange(response.statusCode(), response.headers(), response.body(), null,
                    StatusText.of(response.statusCode()));
        } catch (IOException e) {
            return LinkVerdicts.failure(e, o.connectTimeout(), o.totalTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.failed(Failure.UNKNOWN, "interrupted");
        } catch (IllegalArgumentException e) {
            return Exchange.failed(Failure.BROKEN, "not a valid web address");
        }
    }

    @Override
    public void close() {
        io.shutdownNow();
    }
}
