package io.github.cmaltkit.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of earlier runs, in {@code DIR/weblinks.tsv}: one line a link,
 * {@code checked-at (epoch seconds) TAB url TAB outcome TAB status TAB final url TAB reason}.
 * Only answers a server gave are kept (OK, RESTRICTED, BROKEN with an HTTP status); failures of the
 * network, rate limits and timeouts never are. Entries older than the maximum age are ignored and dropped.
 * A cache that cannot be read or written is simply not used.
 */
final class ResultCache {

    static final String FILE = "weblinks.tsv";
    private static final String HEADER = "# cmalt-kit web link results v1: checked-at\turl\toutcome\tstatus\tfinal-url\treason";

    record Entry(long checkedAt, WebLinkResult result) {
    }

    private final Path file;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();
    private boolean changed;

    ResultCache(Path dir, Duration maxAge, Clock clock) {
        this.file = dir.resolve(FILE);
        this.maxAge = maxAge;
        this.clock = clock;
        load();
    }

    /** Every result kept in {@code dir}, however old, with the time it was checked (for the evidence register). */
    static Map<String, Entry> all(Path dir) {
        ResultCache c = new ResultCache(dir, Duration.ofDays(36_500), Clock.systemUTC());
        return Map.copyOf(c.entries);
    }

    static boolean cacheable(WebLinkResult r) {
        return switch (r.outcome()) {
            case OK, RESTRICTED -> r.status() > 0;
            case BROKEN -> r.status() > 0 && r.status() != 429 && r.status() != 503;
            case UNVERIFIED -> false;
        };
    }

    private void load() {
        if (!Files.isRegularFile(file)) return;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 6) continue;
            try {
                long at = Long.parseLong(f[0]);
                if (now - at > maxAge.toSeconds() || at > now + 60) continue;
                WebLinkResult r = new WebLinkResult(f[1], WebLinkResult.Outcome.valueOf(f[2]),
                        Integer.parseInt(f[3]), f[4], f[5]);
                if (cacheable(r)) entries.put(f[1], new Entry(at, r));
            } catch (IllegalArgumentException e) {
                // a damaged line: ignore it
            }
        }
    }

    /** The result for this normalised URL, if a fresh one is kept. */
    synchronized WebLinkResult get(String key) {
        Entry e = entries.get(key);
        if (e == null) return null;
        if (clock.instant().getEpochSecond() - e.checkedAt > maxAge.toSeconds()) return null;
        return e.result;
    }

    synchronized void put(String key, WebLinkResult r) {
        if (!cacheable(r) || key.contains("\t") || key.contains("\n")) return;
        entries.put(key, new Entry(clock.instant().getEpochSecond(), r));
        changed = true;
    }

    /** Writes the file (atomically, by a rename) when something was added. */
    synchronized void save() {
        if (!changed) return;
        long now = clock.instant().getEpochSecond();
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        entries.forEach((key, e) -> {
            if (now - e.checkedAt > maxAge.toSeconds()) return;
            WebLinkResult r = e.result;
            out.add(e.checkedAt + "\t" + key + "\t" + r.outcome() + "\t" + r.status() + "\t"
                    + clean(r.finalUrl()) + "\t" + clean(r.reason()));
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            changed = false;
        } catch (IOException | RuntimeException e) {
            // the cache is only an optimisation: a run never fails because of it
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
