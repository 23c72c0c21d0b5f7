package io.github.cmaltkit.check;

import io.github.cmaltkit.portfolio.Portfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.cmaltkit.check.rules.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fixture portfolios and the findings they expect, written where they occur:
 * <ul>
 *   <li>{@code <!-- expect: RULE [RULE…] -->} on a Markdown line, or {@code # expect: RULE} on a YAML line
 *       (portfolio.yml, front matter): a finding of each rule on that line of that file;</li>
 *   <li>{@code # expect-portfolio: RULE TEXT} anywhere, {@code # expect: RULE TEXT} (TEXT not a rule id), or a line
 *       {@code RULE TEXT} in expect-portfolio.txt: a finding of the whole portfolio (no file) whose message
 *       contains TEXT;</li>
 *   <li>a line {@code RULE FILE[:LINE]} in expect-files.txt: for files that cannot carry a comment.</li>
 * </ul>
 */
final class Fixtures {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();
    static final Path ROOT = KIT.resolve("src/test/resources/check-fixtures");

    private static final Pattern EXPECT = Pattern.compile("(?:<!--|#)\\s*expect:\\s*([a-z][^>]*?)\\s*(?:-->|$)");
    private static final Set<String> RULE_IDS = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
    private static final Pattern EXPECT_PORTFOLIO = Pattern.compile("(?:<!--|#)\\s*expect-portfolio:\\s*([a-z-]+)\\s+(.*?)\\s*(?:-->|$)");

    private Fixtures() {
    }

    /** Every fixture portfolio: a folder with a portfolio.yml, as {@code rule/case}. */
    static List<String> all() {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.getFileName().toString().equals("portfolio.yml"))
                    .map(p -> ROOT.relativize(p.getParent()).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Portfolio read(Path dir) {
        try {
            return Portfolio.read(dir);
        } catch (Portfolio.UnreadableException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The expected findings of a fixture folder, as sorted keys comparable with {@link #keyOf}. */
    static List<String> expected(Path dir) {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (name.equals("expect-portfolio.txt")) {
                    for (String line : lines(p)) if (!line.isBlank()) keys.add(portfolioKey(line.strip().split("\\s+", 2)));
                    continue;
                }
                if (name.equals("expect-files.txt")) {
                    for (String line : lines(p)) if (!line.isBlank()) {
                        String[] parts = line.strip().split("\\s+", 2);
                        keys.add(parts[0] + " @ " + parts[1]);
                    }
                    continue;
                }
                if (!(name.endsWith(".md") || name.endsWith(".yml"))) continue;
                List<String> lines = lines(p);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher pm = EXPECT_PORTFOLIO.matcher(lines.get(i));
                    while (pm.find()) keys.add(portfolioKey(new String[] {pm.group(1), pm.group(2)}));
                    Matcher m = EXPECT.matcher(lines.get(i));
                    while (m.find()) {
                        String[] words = m.group(1).strip().split("[\\s,]+");
                        if (!Arrays.stream(words).allMatch(RULE_IDS::contains)) {
                            // "# expect: missing-section core-2b": a finding of the whole portfolio whose message names core-2b.
                            keys.add(portfolioKey(m.group(1).strip().split("\\s+", 2)));
                            continue;
                        }
                        for (String rule : words) keys.add(rule + " @ " + rel + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys.sort(null);
        return keys;
    }

    private static String portfolioKey(String[] ruleAndText) {
        return ruleAndText[0] + " @ portfolio: " + (ruleAndText.length > 1 ? ruleAndText[1].strip() : "");
    }

    /**
     * A finding as a key: {@code rule @ file:line}, or for the whole portfolio {@code rule @ portfolio: TEXT}
     * where TEXT is the expected text the message contains (so that keys compare equal).
     */
    static List<String> actual(List<Finding> findings, List<String> expected) {
        List<String> pending = new ArrayList<>(expected.stream().filter(k -> k.contains(" @ portfolio: ")).toList());
        List<String> keys = new ArrayList<>();
        for (Finding f : findings) {
            if (f.file() != null) {
                keys.add(f.rule() + " @ " + f.file() + (f.line() == null ? "" : ":" + f.line()));
                continue;
            }
            String match = pending.stream().filter(k -> k.startsWith(f.rule() + " @ portfolio: ")
                    && f.message().contains(k.substring(k.indexOf(": ") + 2))).findFirst().orElse(null);
            if (match != null) {
                pending.remove(match);
                keys.add(match);
            } else {
                keys.add(f.rule() + " @ portfolio: " + f.message());
            }
        }
        keys.sort(null);
        return keys;
    }

    private static List<String> lines(Path p) throws IOException {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return List.of(text.split("\n", -1));
    }
}
