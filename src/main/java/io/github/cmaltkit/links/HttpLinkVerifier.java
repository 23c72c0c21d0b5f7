package io.github.cmaltkit.links;

import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Checks web links with the JDK HTTP client: HEAD first, GET when HEAD is refused or cannot tell
 * (an HTML page might be a sign-in page: its first {@link Builder#maxBodyBytes} are read; a host that
 * serves HTML gets GET straight away, see {@link Builder#skipHeadOnHtmlHosts}); redirects
 * followed by hand; 429/503 retried honouring Retry-After within a bound; timeouts retried once;
 * per-host and global concurrency limits; no cookies, no credentials; results cached on disk.
 *
 * <pre>{@code
 * WebLinkVerifier v = HttpLinkVerifier.builder().perHostLimit(4).build();
 * Map<String, WebLinkResult> results = v.verify(List.of("https://example.org/", "mailto:a@example.org"));
 * }</pre>
 */
public final class HttpLinkVerifier implements WebLinkVerifier {

    /** The project's home, named in the User-Agent so that site owners can find out who calls. */
    static final String HOME = "https://github.com/cmaltkit/cmalt-kit";

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+");

    /** Error pages are read up to this much (then dropped), so that their connection can be used again. */
    private static final int SMALL_BODY = 16 * 1024;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Builder o;
    private final HttpClient client;
    private final SignInPages signIn;
    private final ConcurrentHashMap<String, Semaphore> hostPermits = new ConcurrentHashMap<>();
    private final Set<String> htmlHosts = ConcurrentHashMap.newKeySet();

    private HttpLinkVerifier(Builder b) {
        this.o = b.copy();
        this.signIn = SignInPages.load();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(o.connectTimeout)
                .executor(Executors.newCachedThreadPool(daemon("cmalt-linkcheck-io")))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options; every one has a sensible default. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration totalTimeout = Duration.ofSeconds(20);
        private int perHost = 8;
        private int global = 64;
        private int maxRedirects = 10;
        private int maxBodyBytes = 256 * 1024;
        private int maxTries = 3;
        private Duration maxRetryWait = Duration.ofSeconds(10);
        private Duration defaultRetryWait = Duration.ofSeconds(1);
        private Path cacheDir = defaultCacheDir();
        private Duration cacheMaxAge = Duration.ofHours(24);
        private PrintStream progress = System.console() != null ? System.err : null;
        private long progressEveryMillis = 200;
        private String userAgent = "cmalt-kit-linkcheck/" + version() + " (+" + HOME + ")";
        private boolean skipHeadOnHtmlHosts = true;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder() {
        }

        /** How long to wait for a connection (default 10 s). */
        public Builder connectTimeout(Duration d) {
            connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /** How long one request may take in all, body included (default 20 s). */
        public Builder totalTimeout(Duration d) {
            totalTimeout = positive(d, "totalTimeout");
            return this;
        }

        /** Requests in flight to one host at most (default 8). */
        public Builder perHostLimit(int n) {
            perHost = atLeastOne(n, "perHostLimit");
            return this;
        }

        /** Requests in flight in all at most (default 64). */
        public Builder globalLimit(int n) {
            global = atLeastOne(n, "globalLimit");
            return this;
        }

        /** Redirects followed at most (default 10). */
        public Builder maxRedirects(int n) {
            if (n < 0) throw new IllegalArgumentException("maxRedirects must be 0 or more");
            maxRedirects = n;
            return this;
        }

        /** Bytes of an HTML page read at most, to look for a password field (default 256 KB). */
        public Builder maxBodyBytes(int n) {
            if (n < 0) throw new IllegalArgumentException("maxBodyBytes must be 0 or more");
            maxBodyBytes = n;
            return this;
        }

        /** Tries at most for a link answered 429 or 503 (default 3). */
        public Builder maxTries(int n) {
            maxTries = atLeastOne(n, "maxTries");
            return this;
        }

        /** The longest wait before a retry; a server asking for longer is not retried (default 10 s). */
        public Builder maxRetryWait(Duration d) {
            if (d == null || d.isNegative()) throw new IllegalArgumentException("maxRetryWait must be 0 or more");
            maxRetryWait = d;
            return this;
        }

        /** The wait before a retry when the server gives no Retry-After (default 1 s, doubling). */
        public Builder defaultRetryWait(Duration d) {
            if (d == null || d.isNegative()) throw new IllegalArgumentException("defaultRetryWait must be 0 or more");
            defaultRetryWait = d;
            return this;
        }

        /** Where results are cached (default: the user's cache folder). Never give a portfolio folder. */
        public Builder cacheDir(Path dir) {
            cacheDir = Objects.requireNonNull(dir, "cacheDir");
            return this;
        }

        /** No cache: every link is fetched. */
        public Builder noCache() {
            cacheDir = null;
            return this;
        }

        /** How long a cached result is trusted (default 24 h). */
        public Builder cacheMaxAge(Duration d) {
            if (d == null || d.isNegative()) throw new IllegalArgumentException("cacheMaxAge must be 0 or more");
            cacheMaxAge = d;
            return this;
        }

        /** Where to draw progress, or null for none (default: standard error when it is a terminal). */
        public Builder progress(PrintStream out) {
            progress = out;
            return this;
        }

        /**
         * Once a host has answered a HEAD with an HTML page, its other links go straight to the
         * (bounded) GET that an HTML page needs anyway to be checked for a password field: one request
         * a page instead of two. A non-HTML answer to such a GET is not read (the connection is closed).
         * Default true; false: always HEAD first.
         */
        public Builder skipHeadOnHtmlHosts(boolean skip) {
            skipHeadOnHtmlHosts = skip;
            return this;
        }

        public Builder userAgent(String ua) {
            userAgent = Objects.requireNonNull(ua, "userAgent");
            return this;
        }

        Builder progressEveryMillis(long ms) {
            progressEveryMillis = ms;
            return this;
        }

        Builder clock(Clock c) {
            clock = Objects.requireNonNull(c);
            return this;
        }

        Builder sleeper(Sleeper s) {
            sleeper = Objects.requireNonNull(s);
            return this;
        }

        public HttpLinkVerifier build() {
            if (cacheDir != null) refuseInsidePortfolio(cacheDir);
            return new HttpLinkVerifier(this);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.connectTimeout = connectTimeout;
            b.totalTimeout = totalTimeout;
            b.perHost = perHost;
            b.global = global;
            b.maxRedirects = maxRedirects;
            b.maxBodyBytes = maxBodyBytes;
            b.maxTries = maxTries;
            b.maxRetryWait = maxRetryWait;
            b.defaultRetryWait = defaultRetryWait;
            b.cacheDir = cacheDir;
            b.cacheMaxAge = cacheMaxAge;
            b.progress = progress;
            b.progressEveryMillis = progressEveryMillis;
            b.userAgent = userAgent;
            b.skipHeadOnHtmlHosts = skipHeadOnHtmlHosts;
            b.clock = clock;
            b.sleeper = sleeper;
            return b;
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) throw new IllegalArgumentException(what + " must be positive");
            return d;
        }

        private static int atLeastOne(int n, String what) {
            if (n < 1) throw new IllegalArgumentException(what + " must be 1 or more");
            return n;
        }
    }

    /** Waits; replaced in tests so that Retry-After is checked without sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** $XDG_CACHE_HOME/cmalt-kit, %LOCALAPPDATA%\cmalt-kit on Windows, else ~/.cache/cmalt-kit. */
    static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "cmalt-kit");
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(local, "cmalt-kit");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "cmalt-kit");
    }

    /** The cache must never be written into a candidate's portfolio (a folder with portfolio.yml). */
    private static void refuseInsidePortfolio(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("portfolio.yml"))) {
                throw new IllegalArgumentException("the link cache folder " + dir
                        + " is inside the portfolio " + p + ": choose a folder outside it");
            }
        }
    }

    static String version() {
        try (InputStream in = HttpLinkVerifier.class.getResourceAsStream(
                "/META-INF/maven/io.github.cmaltkit/cmalt-kit/pom.properties")) {
            if (in == null) return "dev";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Override
    public Map<String, WebLinkResult> verify(Collection<String> urls) {
        Map<String, WebLinkResult> byKey = new ConcurrentHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        Map<String, URI> toFetch = new LinkedHashMap<>();
        Map<String, WebLinkResult> immediate = new LinkedHashMap<>();
        ResultCache cache = o.cacheDir == null ? null : new ResultCache(o.cacheDir, o.cacheMaxAge, o.clock);

        for (String url : urls) {
            if (keyOf.containsKey(url) || immediate.containsKey(url)) continue;
            String s = url == null ? "" : url.strip();
            if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
                immediate.put(url, mailto(url, s));
                continue;
            }
            URI uri;
            try {
                uri = normalise(s);
            } catch (URISyntaxException | IllegalArgumentException e) {
                immediate.put(url, new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid web address"));
                continue;
            }
            String scheme = uri.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                immediate.put(url, new WebLinkResult(url, Outcome.UNVERIFIED, 0, url,
                        (scheme == null ? "no scheme" : scheme + ": links") + " are not checked"));
                continue;
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                immediate.put(url, new WebLinkResult(url, Outcome.BROKEN, 0, url, "no host in the address"));
                continue;
            }
            String key = uri.toString();
            keyOf.put(url, key);
            if (byKey.containsKey(key) || toFetch.containsKey(key)) continue;
            WebLinkResult cached = cache == null ? null : cache.get(key);
            if (cached != null) byKey.put(key, cached);
            else toFetch.put(key, uri);
        }

        fetchAll(toFetch, byKey, cache);
        if (cache != null) cache.save();

        Map<String, WebLinkResult> out = new LinkedHashMap<>();
        for (String url : urls) {
            if (out.containsKey(url)) continue;
            WebLinkResult r = immediate.get(url);
            if (r == null) {
                WebLinkResult k = byKey.get(keyOf.get(url));
                r = new WebLinkResult(url, k.outcome(), k.status(), k.finalUrl(), k.reason());
            }
            out.put(url, r);
        }
        return out;
    }

    private void fetchAll(Map<String, URI> toFetch, Map<String, WebLinkResult> byKey, ResultCache cache) {
        if (toFetch.isEmpty()) return;
        Progress progress = new Progress(o.progress, toFetch.size(), o.progressEveryMillis);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.global, toFetch.size()), daemon("cmalt-linkcheck"));
        try {
            Dispatcher dispatcher = new Dispatcher(o.perHost, o.global, pool);
            CountDownLatch done = new CountDownLatch(toFetch.size());
            toFetch.forEach((key, uri) -> dispatcher.submit(hostKey(uri), () -> {
                try {
                    WebLinkResult r;
                    try {
                        r = check(uri);
                    } catch (RuntimeException e) {
                        r = new WebLinkResult(key, Outcome.UNVERIFIED, 0, key, "could not check: " + e);
                    }
                    byKey.put(key, r);
                    if (cache != null) cache.put(key, r);
                } finally {
                    progress.step();
                    done.countDown();
                }
            }));
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            toFetch.forEach((key, uri) -> byKey.putIfAbsent(key,
                    new WebLinkResult(key, Outcome.UNVERIFIED, 0, key, "interrupted")));
        } finally {
            pool.shutdownNow();
        }
        offlineGuess(toFetch, byKey);
    }

    /**
     * When no host at all could be found (and there were several), the machine is most likely
     * offline: then "no such host" proves nothing about the links, which are left unverified.
     */
    private static void offlineGuess(Map<String, URI> fetched, Map<String, WebLinkResult> byKey) {
        Set<String> hosts = new HashSet<>();
        for (Map.Entry<String, URI> e : fetched.entrySet()) {
            WebLinkResult r = byKey.get(e.getKey());
            if (r == null || !"no such host".equals(r.reason())) return;
            hosts.add(hostKey(e.getValue()));
        }
        if (hosts.size() < 3) return;
        fetched.keySet().forEach(k -> {
            WebLinkResult r = byKey.get(k);
            byKey.put(k, new WebLinkResult(r.url(), Outcome.UNVERIFIED, 0, r.finalUrl(),
                    "no such host (no host could be found at all: is this computer offline?)"));
        });
    }

    // ------------------------------------------------------------------------------------------------
    // One link

    /** What one request got: a response, or a failure of the network, or a timeout. */
    private record Exchange(int status, HttpHeaders headers, byte[] body, Failure failure, String reason) {
        boolean responded() {
            return failure == null;
        }

        boolean timedOut() {
            return failure == Failure.TIMEOUT;
        }

        boolean ok() {
            return responded() && status / 100 == 2;
        }

        boolean redirect() {
            return responded() && REDIRECTS.contains(status);
        }

        boolean retryable() {
            return responded() && (status == 429 || status == 503);
        }

        String header(String name) {
            return headers == null ? null : headers.firstValue(name).orElse(null);
        }

        /** An HTML page, or a page that does not say what it is: it may ask for a password. */
        boolean html() {
            return headers == null || isHtml(headers);
        }
    }

    private enum Failure { TIMEOUT, BROKEN, UNKNOWN }

    WebLinkResult check(URI start) {
        String url = start.toString();
        URI current = start;
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        int redirects = 0;
        while (true) {
            Exchange x = fetch(current);
            String at = current.toString();
            if (x.timedOut()) {
                return new WebLinkResult(url, Outcome.UNVERIFIED, 0, at, x.reason() + " (tried twice)");
            }
            if (!x.responded()) {
                Outcome outcome = x.failure() == Failure.BROKEN ? Outcome.BROKEN : Outcome.UNVERIFIED;
                return new WebLinkResult(url, outcome, 0, at, x.reason());
            }
            if (x.retryable()) return new WebLinkResult(url, Outcome.UNVERIFIED, x.status(), at, x.reason());
            if (x.redirect()) {
                String location = x.header("location");
                if (location == null || location.isBlank()) {
                    return new WebLinkResult(url, Outcome.BROKEN, x.status(), at,
                            StatusText.of(x.status()) + " without a Location to go to");
                }
                URI next;
                try {
                    next = normalise(current.resolve(new URI(location.strip().replace(" ", "%20"))).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new WebLinkResult(url, Outcome.BROKEN, x.status(), at,
                            "redirects to an invalid address: " + location);
                }
                if (!"http".equals(next.getScheme()) && !"https".equals(next.getScheme())) {
                    return new WebLinkResult(url, Outcome.UNVERIFIED, x.status(), next.toString(),
                            "redirects to a " + next.getScheme() + ": address, which is not checked");
                }
                if (signIn.isSignInAddress(next)) {
                    return new WebLinkResult(url, Outcome.RESTRICTED, x.status(), next.toString(),
                            "redirects to a sign-in page (" + next.getHost() + ")");
                }
                if (!seen.add(next)) {
                    return new WebLinkResult(url, Outcome.BROKEN, x.status(), next.toString(), "redirect loop");
                }
                if (++redirects > o.maxRedirects) {
                    return new WebLinkResult(url, Outcome.BROKEN, x.status(), next.toString(),
                            "more than " + o.maxRedirects + " redirects");
                }
                current = next;
                continue;
            }
            return classify(url, current, redirects > 0, x);
        }
    }

    private WebLinkResult classify(String url, URI at, boolean redirected, Exchange x) {
        String finalUrl = at.toString();
        int s = x.status();
        if (signIn.isSignInAddress(at) && (s / 100 == 2 || s == 401 || s == 403)) {
            return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl,
                    (redirected ? "redirects to a sign-in page (" : "is a sign-in page (") + at.getHost() + ")");
        }
        if (s / 100 == 2) {
            if (SignInPages.hasPasswordField(x.body())) {
                return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl, redirected
                        ? "redirects to a sign-in page (" + at.getHost() + ": it asks for a password)"
                        : "is a sign-in page (it asks for a password)");
            }
            return new WebLinkResult(url, Outcome.OK, s, finalUrl, StatusText.of(s));
        }
        if (s == 401 || s == 403) return new WebLinkResult(url, Outcome.RESTRICTED, s, finalUrl, StatusText.of(s));
        if (s >= 400) return new WebLinkResult(url, Outcome.BROKEN, s, finalUrl, StatusText.of(s));
        return new WebLinkResult(url, Outcome.UNVERIFIED, s, finalUrl, "unexpected " + StatusText.of(s));
    }

    /**
     * HEAD, then GET when HEAD was refused, timed out, or answered 2xx for what may be an HTML page
     * (the page itself must be read to see whether it asks for a password).
     */
    private Exchange fetch(URI uri) {
        if (o.skipHeadOnHtmlHosts && htmlHosts.contains(hostKey(uri))) {
            // This host has answered HEAD with HTML before: a HEAD would only lead to the GET anyway.
            Exchange get = attempt("GET", uri);
            return get.timedOut() ? attempt("GET", uri) : get;
        }
        Exchange head = attempt("HEAD", uri);
        if (head.ok() && head.html() && head.headers() != null) htmlHosts.add(hostKey(uri));
        if (head.timedOut()) {
            // The one retry after a timeout is a GET: some servers never answer HEAD.
            return attempt("GET", uri);
        }
        if (!head.responded() || head.retryable() || head.redirect()) return head;
        boolean look = head.ok() && head.html() && o.maxBodyBytes > 0;
        if (head.ok() && !look) return head;
        if (!head.ok() && head.status() < 400) return head;
        Exchange get = attempt("GET", uri);
        if (get.timedOut()) get = attempt("GET", uri);
        if (head.ok() && !get.responded() && !get.timedOut()) {
            return new Exchange(0, null, null, Failure.UNKNOWN,
                    "HEAD answered " + StatusText.of(head.status()) + " but GET failed: " + get.reason());
        }
        return get;
    }

    /** One method on one address, tried again on 429/503 within the bounds. */
    private Exchange attempt(String method, URI uri) {
        for (int tries = 1; ; tries++) {
            Exchange x = once(method, uri);
            if (!x.retryable()) return x;
            String what = StatusText.of(x.status());
            if (tries >= o.maxTries) {
                return new Exchange(x.status(), x.headers(), null, null,
                        "still " + what + " after " + tries + (tries == 1 ? " try" : " tries"));
            }
            Duration wait = retryAfter(x.header("retry-after"));
            if (wait == null) wait = o.defaultRetryWait.multipliedBy(1L << (tries - 1));
            if (wait.compareTo(o.maxRetryWait) > 0) {
                if (x.header("retry-after") != null) {
                    return new Exchange(x.status(), x.headers(), null, null, what + ": asks to wait "
                            + seconds(wait) + ", longer than the " + seconds(o.maxRetryWait) + " allowed");
                }
                wait = o.maxRetryWait;
            }
            try {
                o.sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Exchange(x.status(), x.headers(), null, null, what + " (interrupted while waiting)");
            }
        }
    }

    /** Retry-After: delay-seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            long secs = Long.parseLong(v);
            return Duration.ofSeconds(Math.max(0, secs));
        } catch (NumberFormatException e) {
            // not seconds: a date
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(o.clock.instant(), when.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One request, holding a permit of the host it goes to for as long as it is in flight. */
    private Exchange once(String method, URI uri) {
        Semaphore permit = hostPermits.computeIfAbsent(hostKey(uri), h -> new Semaphore(o.perHost, true));
        try {
            permit.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(0, null, null, Failure.UNKNOWN, "interrupted");
        }
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(o.totalTimeout)
                    .header("User-Agent", o.userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build();
            int limit = o.maxBodyBytes;
            // Reading a small body to its end keeps the connection open for the next request; cancelling
            // (a PDF, a video: nothing in them matters) closes it.
            HttpResponse.BodyHandler<byte[]> handler = method.equals("HEAD")
                    ? info -> HttpResponse.BodySubscribers.replacing(new byte[0])
                    : info -> new BoundedBody(info.statusCode() / 100 != 2 ? SMALL_BODY
                            : isHtml(info.headers()) ? limit : 0);
            future = client.sendAsync(request, handler);
            HttpResponse<byte[]> response = future.get(o.totalTimeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), response.headers(), response.body(), null,
                    StatusText.of(response.statusCode()));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(0, null, null, Failure.TIMEOUT, "timed out after " + seconds(o.totalTimeout));
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (future != null) future.cancel(true);
            return new Exchange(0, null, null, Failure.UNKNOWN, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Exchange(0, null, null, Failure.BROKEN, "not a valid web address");
        } finally {
            permit.release();
        }
    }

    private static boolean isHtml(HttpHeaders h) {
        String type = h.firstValue("content-type").orElse(null);
        return type == null || type.toLowerCase(Locale.ROOT).contains("html");
    }

    /** Names a failure of the network in plain words. */
    private Exchange failure(Throwable t) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && chain.size() < 10; c = c.getCause()) chain.add(c);
        for (Throwable c : chain) {
            if (c instanceof HttpConnectTimeoutException) {
                return new Exchange(0, null, null, Failure.TIMEOUT,
                        "could not connect within " + seconds(o.connectTimeout));
            }
        }
        for (Throwable c : chain) {
            if (c instanceof HttpTimeoutException) {
                return new Exchange(0, null, null, Failure.TIMEOUT, "timed out after " + seconds(o.totalTimeout));
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return new Exchange(0, null, null, Failure.BROKEN, "no such host");
            }
            if (c instanceof SSLException) {
                return new Exchange(0, null, null, Failure.BROKEN, "TLS handshake failed");
            }
            if (c instanceof NoRouteToHostException) {
                return new Exchange(0, null, null, Failure.UNKNOWN, "no route to the host (network unreachable)");
            }
        }
        for (Throwable c : chain) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("unreachable")) return new Exchange(0, null, null, Failure.UNKNOWN, "network unreachable");
        }
        for (Throwable c : chain) {
            // The JDK client reports a refused connection as a ConnectException without a message
            // (its cause a ClosedChannelException).
            if (c instanceof ConnectException || String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("refused")) {
                return new Exchange(0, null, null, Failure.BROKEN, "connection refused");
            }
        }
        for (Throwable c : chain) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("reset") || m.contains("received no bytes") || c instanceof EOFException
                    || c instanceof ClosedChannelException || m.contains("closed") || m.contains("broken pipe")) {
                return new Exchange(0, null, null, Failure.BROKEN, "connection reset");
            }
        }
        return new Exchange(0, null, null, Failure.UNKNOWN, "could not fetch: " + t);
    }

    // ------------------------------------------------------------------------------------------------
    // Addresses

    /** Lower-case scheme and host, no default port, no fragment, "/" for an empty path. */
    static URI normalise(String s) throws URISyntaxException {
        URI u = new URI(s.replace(" ", "%20"));
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.isOpaque() || scheme == null || u.getRawAuthority() == null) {
            return new URI(scheme, u.getRawSchemeSpecificPart(), null).normalize();
        }
        if (u.getHost() == null) throw new URISyntaxException(s, "no host name");
        String host = IDN.toASCII(u.getHost()).toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) port = -1;
        if (u.getRawUserInfo() != null) throw new URISyntaxException(s, "credentials in the address");
        StringBuilder b = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) b.append(':').append(port);
        String path = u.getRawPath();
        b.append(path == null || path.isEmpty() ? "/" : path);
        if (u.getRawQuery() != null) b.append('?').append(u.getRawQuery());
        return new URI(b.toString());
    }

    static String hostKey(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** mailto: only the syntax of the addresses (nothing is sent anywhere). */
    static WebLinkResult mailto(String url, String s) {
        String rest = s.substring(7);
        int q = rest.indexOf('?');
        String to = q >= 0 ? rest.substring(0, q) : rest;
        String decoded;
        try {
            decoded = URLDecoder.decode(to.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid e-mail address");
        }
        if (decoded.isBlank()) return new WebLinkResult(url, Outcome.BROKEN, 0, url, "no e-mail address after mailto:");
        for (String addr : decoded.split(",")) {
            if (!MAILBOX.matcher(addr.strip()).matches()) {
                return new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid e-mail address: " + addr.strip());
            }
        }
        return new WebLinkResult(url, Outcome.OK, 0, url, "e-mail address (syntax checked only)");
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0).replace(".0 s", " s");
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
