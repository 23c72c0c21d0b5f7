package io.github.cmaltkit.links;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a link check is told, fixed once {@link HttpLinkVerifier.Builder#build} has run (see the
 * builder for what each means and its default).
 */
record LinkCheckOptions(
        Duration connectTimeout,
        Duration totalTimeout,
        int perHost,
        int global,
        int maxRedirects,
        int maxBodyBytes,
        int maxTries,
        Duration maxRetryWait,
        Duration defaultRetryWait,
        Path cacheDir,
        Duration cacheMaxAge,
        PrintStream progress,
        long progressEveryMillis,
        String userAgent,
        boolean skipHeadOnHtmlHosts,
        Clock clock,
        Sleeper sleeper,
        NameLookup nameLookup) {

    /** Waits before a retry; replaced in tests so that Retry-After is checked without sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * Whether this computer can look up host names at all; asked only when every named host of a
     * check was "no such host", to tell a misspelt host from a computer without a network.
     */
    interface NameLookup {
        boolean works();
    }
}
