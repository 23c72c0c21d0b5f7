package io.github.cmaltkit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fixture portfolios and the findings they expect, written where they occur (see the README of
 * check-fixtures/). Every expectation pins rule, severity, file, line and column:
 * <ul>
 *   <li>{@code <!-- expect: RULE@COLUMN SEVERITY[, RULE@COLUMN SEVERITY…] -->} on a Markdown line, or
 *       {@code # expect: RULE@COLUMN SEVERITY} on a YAML line (portfolio.yml, front matter): a finding on that
 *       line of that file, at that column ({@code @-} for a finding with a line but no column);</li>
 *   <li>{@code # expect-portfolio: RULE SEVERITY MESSAGE} anywhere (or {@code <!-- expect-portfolio: … -->}), or a
 *       line {@code RULE SEVERITY MESSAGE} in expect-portfolio.txt: a finding of the whole portfolio (no file)
 *       whose message is exactly MESSAGE;</li>
 *   <li>a line {@code RULE@COLUMN SEVERITY FILE[:LINE]} in expect-files.txt: for files that cannot carry a comment.</li>
 * </ul>
 * Expected and actual findings become keys ({@link #keyOf}) compared as sorted lists, so a missing, extra,
 * duplicated or misplaced finding fails.
 */
final class CheckFixtures {

    static final Path KIT = Path.of(System.getProperty("cmalt.kit.dir", ".")).toAbsolutePath().normalize();
    static final Path ROOT = KIT.resolve("src/test/resources/check-fixtures");

    private static final Pattern EXPECT = Pattern.compile("(?:<!--|#)\\s*expect:\\s*(.*?)\\s*(?:-->|$)");
    private static final Pattern EXPECT_PORTFOLIO = Pattern.compile("(?:<!--|#)\\s*expect-portfolio:\\s*(.*?)\\s*(?:-->|$)");
    /** {@code rule@column severity}, the column a number or {@code -}. */
    private static final Pattern ONE = Pattern.compile("([a-z][a-z0-9-]*)@([0-9]+|-)\\s+(error|warning|info)");
    private static final Pattern PORTFOLIO_LINE = Pattern.compile("([a-z][a-z0-9-]*)\\s+(error|warning|info)\\s+(.+)");
    private static final Pattern FILE_LINE = Pattern.compile("([a-z][a-z0-9-]*)@([0-9]+|-)\\s+(error|warning|info)\\s+(\\S+?)(?::([0-9]+))?");

    private CheckFixtures() {
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

    /** The key of a finding: {@code rule severity file:line:column}, or {@code rule severity portfolio: message}. */
    static String keyOf(Finding f) {
        String where = f.file() == null ? "portfolio: " + f.message()
                : f.file() + ":" + (f.line() == null ? "-" : f.line()) + ":" + (f.column() == null ? "-" : f.column());
        return f.rule() + " " + f.severity().id() + " " + where;
    }

    private static String key(String rule, String severity, String file, String line, String column) {
        return rule + " " + severity + " " + file + ":" + line + ":" + column;
    }

    /** The expected findings of a fixture folder, as sorted keys comparable with {@link #keyOf}. */
    static List<String> expected(Path dir) {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String name = p.getFileName().toString();
                if (name.equals("expect-portfolio.txt")) {
                    for (String line : lines(p)) if (!line.isBlank()) keys.add(portfolioKey(line, p));
                    continue;
                }
                if (name.equals("expect-files.txt")) {
                    for (String line : lines(p)) if (!line.isBlank()) {
                        Matcher m = FILE_LINE.matcher(line.strip());
                        if (!m.matches()) throw bad(p, line, "RULE@COLUMN SEVERITY FILE[:LINE]");
                        keys.add(key(m.group(1), m.group(3), m.group(4), m.group(5) == null ? "-" : m.group(5), m.group(2)));
                    }
                    continue;
                }
                if (!(name.endsWith(".md") || name.endsWith(".yml"))) continue;
                List<String> lines = lines(p);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher pm = EXPECT_PORTFOLIO.matcher(lines.get(i));
                    while (pm.find()) keys.add(portfolioKey(pm.group(1), p));
                    Matcher m = EXPECT.matcher(lines.get(i));
                    while (m.find()) {
                        String[] each = m.group(1).strip().split("\\s*,\\s*");
                        for (String one : each) {
                            Matcher o = ONE.matcher(one);
                            if (!o.matches()) throw bad(p, lines.get(i), "RULE@COLUMN SEVERITY[, RULE@COLUMN SEVERITY…]");
                            keys.add(key(o.group(1), o.group(3), rel, String.valueOf(i + 1), o.group(2)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys.sort(null);
        return keys;
    }

    private static String portfolioKey(String text, Path file) {
        Matcher m = PORTFOLIO_LINE.matcher(text.strip());
        if (!m.matches()) throw bad(file, text, "RULE SEVERITY MESSAGE");
        return m.group(1) + " " + m.group(2) + " portfolio: " + m.group(3).strip();
    }

    private static IllegalArgumentException bad(Path file, String line, String form) {
        return new IllegalArgumentException(file + ": an expectation is not written as " + form + ": " + line.strip());
    }

    /**
     * The findings of the fixture in {@code dir} as sorted keys. The fixture's absolute path, which some
     * messages name, is written {@code {portfolio}} so that expectations hold on any machine.
     */
    static List<String> actual(List<Finding> findings, Path dir) {
        List<String> keys = new ArrayList<>();
        for (Finding f : findings) keys.add(keyOf(f).replace(dir.toString(), "{portfolio}"));
        keys.sort(null);
        return keys;
    }

    private static List<String> lines(Path p) throws IOException {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return List.of(text.split("\n", -1));
    }
}
