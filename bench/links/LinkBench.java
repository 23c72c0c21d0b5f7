import io.github.cmaltkit.links.HttpLinkVerifier;
import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.links.WebLinkVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link benchmark's client, kept out of the kit's jar: bench/links/run.sh compiles it against
 * target/cmalt.jar, then runs
 * {@code java -cp target/cmalt.jar:CLASSES LinkBench [--per-host 8] [--global 80] [--rounds 1] FILE}:
 * it checks every http(s) link of FILE through the kit's public verifier (no cache, no progress) and
 * prints the time it took.
 */
public final class LinkBench {

    private static final Pattern URL = Pattern.compile("https?://[^\\s)<>\\]\"']+");

    private LinkBench() {
    }

    public static void main(String[] args) throws IOException {
        int perHost = 8;
        int global = 80;
        int rounds = 1;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--per-host" -> perHost = Integer.parseInt(args[++i]);
                case "--global" -> global = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: LinkBench [--per-host N] [--global N] FILE");
            System.exit(2);
        }
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = URL.matcher(Files.readString(file));
        while (m.find()) urls.add(m.group());

        for (int round = 1; round <= rounds; round++) {
            // A new verifier each round: no connection, no result is carried over.
            WebLinkVerifier v = HttpLinkVerifier.builder().noCache().progress(null)
                    .perHostLimit(perHost).globalLimit(global).build();
            long t0 = System.nanoTime();
            Map<String, WebLinkResult> results = v.verify(new ArrayList<>(urls));
            double secs = (System.nanoTime() - t0) / 1e9;

            Map<WebLinkResult.Outcome, Integer> tally = new EnumMap<>(WebLinkResult.Outcome.class);
            results.values().forEach(r -> tally.merge(r.outcome(), 1, Integer::sum));
            System.out.printf(Locale.ROOT,
                    "ours round %d: %d links in %.3f s (in process) = %.0f links/s; per host %d, global %d; %s%n",
                    round, results.size(), secs, results.size() / secs, perHost, global, tally);
            results.values().stream().filter(r -> r.outcome() != WebLinkResult.Outcome.OK).limit(3)
                    .forEach(r -> System.out.println("  " + r.url() + " " + r.outcome() + " " + r.reason()));
        }
        System.exit(0);
    }
}
