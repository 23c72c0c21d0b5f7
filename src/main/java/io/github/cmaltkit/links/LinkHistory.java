package io.github.cmaltkit.links;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What the last link checks on this computer found, read from the checker's result cache, so the
 * site's evidence register can show it. Reading never fetches anything.
 */
public final class LinkHistory {

    /** A link's last known result and the day it was checked. */
    public record Known(WebLinkResult result, LocalDate checkedOn) {
    }

    private final Map<String, ResultCache.Entry> entries;

    private LinkHistory(Map<String, ResultCache.Entry> entries) {
        this.entries = entries;
    }

    /** The history in the default cache folder (empty when no check has run here). */
    public static LinkHistory load() {
        return load(HttpLinkVerifier.defaultCacheDir());
    }

    public static LinkHistory load(Path cacheDir) {
        return new LinkHistory(cacheDir == null ? Map.of() : ResultCache.all(cacheDir));
    }

    public Optional<Known> lookup(String url) {
        try {
            ResultCache.Entry e = entries.get(WebAddress.normalise(url).toString());
            if (e == null) return Optional.empty();
            return Optional.of(new Known(e.result(), LocalDate.ofInstant(Instant.ofEpochSecond(e.checkedAt()), ZoneOffset.UTC)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
