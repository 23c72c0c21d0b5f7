package io.github.cmaltkit.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Known sign-in pages (kept as data in {@code links/sign-in-pages.txt}) and the password-field test. */
final class SignInPages {

    static final String RESOURCE = "/links/sign-in-pages.txt";

    /** One line of the data file. {@code host} null: any host; {@code wildcard}: the domain and its sub-domains. */
    record Rule(String host, boolean wildcard, String path) {
        boolean matches(String h, String p) {
            if (host != null) {
                if (wildcard ? !(h.equals(host) || h.endsWith("." + host)) : !h.equals(host)) return false;
            }
            if (path == null) return true;
            return p.equals(path) || p.startsWith(path.endsWith("/") ? path : path + "/")
                    || p.startsWith(path + "?") || p.startsWith(path + ";");
        }
    }

    private final List<Rule> rules;

    SignInPages(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static SignInPages load() {
        try (InputStream in = SignInPages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SignInPages parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) continue;
            int slash = line.indexOf('/');
            String host = (slash >= 0 ? line.substring(0, slash) : line).toLowerCase(Locale.ROOT);
            String path = slash >= 0 ? line.substring(slash).toLowerCase(Locale.ROOT) : null;
            if (path != null && path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
            if (host.equals("*")) rules.add(new Rule(null, false, path));
            else if (host.startsWith("*.")) rules.add(new Rule(host.substring(2), true, path));
            else rules.add(new Rule(host, false, path));
        }
        return new SignInPages(rules);
    }

    int size() {
        return rules.size();
    }

    /** True when this address is a known sign-in page. */
    boolean isSignInAddress(URI uri) {
        String host = uri.getHost();
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath().toLowerCase(Locale.ROOT);
        for (Rule r : rules) if (r.matches(h, p)) return true;
        return false;
    }

    /** True when this (start of an) HTML page has a password field. */
    static boolean hasPasswordField(byte[] html) {
        if (html == null || html.length == 0) return false;
        // Parsing is most of the CPU a page costs: a page that cannot spell the field's type (no
        // "password" in any case, and no numeric character reference that could write it) is not parsed.
        if (!containsIgnoringAsciiCase(html, "password") && !containsIgnoringAsciiCase(html, "&#")) return false;
        // Read as HTML (jsoup matches attribute values in any case); a field in a comment is no field.
        return Jsoup.parse(new String(html, StandardCharsets.ISO_8859_1)).selectFirst("input[type=password]") != null;
    }

    /** Whether {@code bytes} hold {@code lower} (lower-case ASCII), ASCII letters in either case. */
    static boolean containsIgnoringAsciiCase(byte[] bytes, String lower) {
        int n = lower.length();
        byte first = (byte) lower.charAt(0);
        for (int i = 0, last = bytes.length - n; i <= last; i++) {
            if ((bytes[i] | 0x20) != first && bytes[i] != first) continue;
            int j = 1;
            while (j < n && ((bytes[i + j] | 0x20) == lower.charAt(j) || bytes[i + j] == lower.charAt(j))) j++;
            if (j == n) return true;
        }
        return false;
    }
}
