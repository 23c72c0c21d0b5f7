package io.github.cmaltkit.links;

import io.github.cmaltkit.KitVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Checks web links with the JDK's HttpURLConnection: GET at once for an address that names a page (an
 * HTML page might be a sign-in page: its first {@link Builder#maxBodyBytes} are read), else HEAD first
 * and GET when HEAD is refused or cannot tell (a host that serves HTML gets GET straight away, see
 * {@link Builder#skipHeadOnHtmlHosts}); redirects
 * followed by hand; 429/503 retried honouring Retry-After within a bound; timeouts retried once;
 * per-host and global concurrency limits; no cookies, no credentials; results cached on disk.
 * The work is shared out: {@link LinkCheckOptions} (what was asked), {@link LinkBatch} (one call),
 * {@link LinkCheck} (one link's requests), {@link LinkVerdicts} (what answers mean),
 * {@link WebAddress} (addresses), {@link Dispatcher} (the limits), {@link UrlConnectionTransport} (the requests).
 *
 * <pre>{@code
 * WebLinkVerifier v = HttpLinkVerifier.builder().perHostLimit(4).build();
 * Map<String, WebLinkResult> results = v.verify(List.of("https://example.org/", "mailto:a@example.org"));
 * }</pre>
 */
public final class HttpLinkVerifier implements WebLinkVerifier {

    /** The project's home, named in the User-Agent so that site owners can find out who calls. */
    static final String HOME = "https://github.com/cmaltkit/cmalt-kit";

    private final LinkCheckOptions options;
    private final SignInPages signIn;
    private final Transport transport;
    private final AtomicBoolean prepared = new AtomicBoolean();

    private HttpLinkVerifier(LinkCheckOptions options) {
        this.options = options;
        this.signIn = SignInPages.load();
        this.transport = new UrlConnectionTransport(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JDK's HTTP client starts its classes (logger, proxy selector, handlers) on a side thread. */
    @Override
    public void prepare() {
        if (!prepared.compareAndSet(false, true)) return;
        Thread t = new Thread(UrlConnectionTransport::prepare, "cmalt-linkcheck-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Map<String, WebLinkResult> verify(Collection<String> urls) {
        return new LinkBatch(options, signIn, transport).verify(urls);
    }

    /** Options; every one has a sensible default. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration totalTimeout = Duration.ofSeconds(20);
        private int perHost = 8;
        private int global = 80;
        private int maxRedirects = 10;
        private int maxBodyBytes = 256 * 1024;
        private int maxTries = 3;
        private Duration maxRetryWait = Duration.ofSeconds(10);
        private Duration defaultRetryWait = Duration.ofSeconds(1);
        private Path cacheDir = defaultCacheDir();
        private Duration cacheMaxAge = Duration.ofHours(24);
        private PrintStream progress = System.console() != null ? System.err : null;
        private long progressEveryMillis = 200;
        private String userAgent = "cmalt-kit-linkcheck/" + KitVersion.get() + " (+" + HOME + ")";
        private boolean skipHeadOnHtmlHosts = true;
        private Clock clock = Clock.systemUTC();
        private LinkCheckOptions.Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private LinkCheckOptions.NameLookup nameLookup = HttpLinkVerifier::namesCanBeLookedUp;

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

        /**
         * Requests in flight in all at most (default 80: ten sites at the per-host limit of 8, while
         * what is being read at once stays modest for a slow home line; politeness is per host).
         */
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
         * One request a page instead of two: an address that names a page (its path ends in "/", has
         * no ending, or a page's, such as ".html" or ".php") goes straight to the (bounded) GET that an
         * HTML page needs anyway to be checked for a password field; and once a host has answered with
         * an HTML page, its other links do too. The links of a host whose addresses do not say what
         * they are wait for its first link's first answer, so that only that link pays for HEAD and GET.
         * A non-HTML answer to such a GET is not read (the connection is closed). Default true; false:
         * always HEAD first, every link of a host at once.
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

        Builder sleeper(LinkCheckOptions.Sleeper s) {
            sleeper = Objects.requireNonNull(s);
            return this;
        }

        Builder nameLookup(LinkCheckOptions.NameLookup n) {
            nameLookup = Objects.requireNonNull(n);
            return this;
        }

        public HttpLinkVerifier build() {
            if (cacheDir != null) refuseInsidePortfolio(cacheDir);
            return new HttpLinkVerifier(new LinkCheckOptions(connectTimeout, totalTimeout, perHost, global,
                    maxRedirects, maxBodyBytes, maxTries, maxRetryWait, defaultRetryWait, cacheDir, cacheMaxAge,
                    progress, progressEveryMillis, userAgent, skipHeadOnHtmlHosts, clock, sleeper, nameLookup));
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

    /** $XDG_CACHE_HOME/cmalt-kit, %LOCALAPPDATA%\cmalt-kit on Windows, else ~/.cache/cmalt-kit. */
    static Path defaultCacheDir() {
        return defaultCacheDir(System::getenv, System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** As {@link #defaultCacheDir()}, for the given environment, system name and home folder. */
    static Path defaultCacheDir(Function<String, String> env, String osName, String home) {
        String xdg = env.apply("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "cmalt-kit");
        String local = env.apply("LOCALAPPDATA");
        if (local != null && !local.isBlank() && osName.startsWith("Windows")) return Path.of(local, "cmalt-kit");
        return Path.of(home, ".cache", "cmalt-kit");
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

    /**
     * True when a name that always exists can be looked up: asked only when no named host of a check
     * was found, to tell misspelt hosts from a computer that cannot look names up at all.
     */
    static boolean namesCanBeLookedUp() {
        for (String name : List.of("example.org", "www.w3.org")) {
            try {
                InetAddress.getByName(name);
                return true;
            } catch (UnknownHostException | SecurityException e) {
                // try the next
            }
        }
        return false;
    }
}
