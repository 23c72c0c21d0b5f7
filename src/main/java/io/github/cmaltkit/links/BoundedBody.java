package io.github.cmaltkit.links;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Keeps at most {@code limit} bytes of a response body, then cancels the rest (the connection is
 * closed, nothing more is read). A limit of 0 reads nothing at all. A body still coming at the
 * deadline is cancelled and fails with a timeout, so that a server dribbling bytes cannot hold a check.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    BoundedBody(int limit, long deadlineNanos) {
        this.limit = Math.max(0, limit);
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        result.orTimeout(left, TimeUnit.NANOSECONDS).whenComplete((body, failed) -> {
            if (failed != null) cancel();
        });
    }

    private synchronized void cancel() {
        if (subscription != null) subscription.cancel();
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else if (limit == 0) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            int n = Math.min(b.remaining(), limit - buffer.size());
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
            if (buffer.size() >= limit) {
                subscription.cancel();
                result.complete(buffer.toByteArray());
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
