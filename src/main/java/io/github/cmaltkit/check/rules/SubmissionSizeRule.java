package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A portfolio whose files add up to more than ALT accepts as one file (10 MB): its PDF and zip would be
 * too large to send, so it must go as a web link. The limit is {@code submission: {max-mb: 10}} in
 * portfolio.yml, should ALT change it.
 */
final class SubmissionSizeRule extends BaseRule {

    static final double DEFAULT_MAX_MB = 10;

    SubmissionSizeRule() {
        super("submission-size", Severity.WARNING, "the portfolio's files add up to more than ALT accepts as one file (10 MB)");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Portfolio portfolio = context.portfolio();
        double maxMb = DEFAULT_MAX_MB;
        Object submission = portfolio.settings().raw().get("submission").map(e -> e.value()).orElse(null);
        if (submission instanceof java.util.Map<?, ?> m && m.get("max-mb") != null) {
            try {
                maxMb = Double.parseDouble(m.get("max-mb").toString());
            } catch (NumberFormatException e) {
                // the settings rule does not know this key; a bad number keeps ALT's limit
            }
        }
        long bytes = size(portfolio.dir().resolve(Portfolio.CONTENT)) + size(portfolio.dir().resolve(Portfolio.ASSETS));
        double mb = bytes / (1024.0 * 1024.0);
        if (mb > maxMb) {
            sink.reportPortfolio(String.format(Locale.ROOT, "content/ and assets/ hold %.1f MB, more than the %s MB ALT accepts as one file: "
                    + "target/site/portfolio.pdf and target/portfolio-site.zip will be too large to send. Submit the link to your "
                    + "published site instead, or make large files smaller (compress images, link to long videos rather than include them)",
                    mb, maxMb == Math.rint(maxMb) ? String.valueOf((long) maxMb) : String.valueOf(maxMb)));
        }
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
