package io.github.cmaltkit.markdown;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where each file of a portfolio ends up in the site, and how a link written for a Markdown editor's
 * preview ({@code ../assets/evidence/report.pdf}, {@code other-section.md#reflection}) becomes a
 * relative link that works from {@code file://}, from a zip and under any web sub-path.
 * <ul>
 *   <li>{@code content/x/name.md} becomes the page {@code x/name.html} (JBake's naming);</li>
 *   <li>{@code assets/x/file} becomes {@code x/file} (JBake copies the assets folder's contents to the site's root);</li>
 *   <li>any other file under {@code content/} keeps its place below the root.</li>
 * </ul>
 * Paths here are relative to the portfolio folder (files) or the site root (pages), with {@code /}.
 */
public final class SitePaths {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);

    private SitePaths() {
    }

    /** Whether {@code destination} is a web, mail or other URL with a scheme (or protocol-relative). */
    public static boolean isExternal(String destination) {
        return SCHEME.matcher(destination).matches() || destination.startsWith("//");
    }

    /** The site path of the page made from a Markdown file under content/, as JBake writes it on disk. */
    public static String pageOf(String contentFile) {
        String inContent = stripPrefix(contentFile, "content/");
        int slash = inContent.lastIndexOf('/');
        String folder = inContent.substring(0, slash + 1);
        String name = inContent.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        try {
            return folder + URLEncoder.encode(base, StandardCharsets.UTF_8.name()) + ".html";
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site path of a portfolio file, or null when the site does not publish it. */
    public static String siteFileOf(String portfolioFile) {
        if (portfolioFile.startsWith("content/")) {
            return isMarkdown(portfolioFile) ? pageOf(portfolioFile) : portfolioFile.substring("content/".length());
        }
        if (portfolioFile.startsWith("assets/")) return portfolioFile.substring("assets/".length());
        return null;
    }

    /**
     * Resolves a relative link of {@code sourceFile} against it: the portfolio-relative path of the
     * target, normalised, or null when it climbs out of the portfolio folder.
     */
    public static String resolve(String sourceFile, String linkPath) {
        String decoded = decode(linkPath);
        String base = sourceFile.contains("/") ? sourceFile.substring(0, sourceFile.lastIndexOf('/') + 1) : "";
        String joined = decoded.startsWith("/") ? decoded.substring(1) : base + decoded;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : joined.split("/", -1)) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        String out = String.join("/", parts);
        return decoded.endsWith("/") && !out.isEmpty() ? out + "/" : out;
    }

    /**
     * The link to write in the page made from {@code sourceFile} for a destination written in its
     * Markdown. External links and same-page fragments are kept; anything that does not resolve to a
     * published file is kept as written (the checker reports it).
     */
    public static String mapLink(String sourceFile, String destination) {
        return mapLink(sourceFile, destination, isMarkdown(sourceFile) ? pageOf(sourceFile) : siteFileOf(sourceFile));
    }

    /** As {@link #mapLink(String, String)}, for the text of {@code sourceFile} shown on the page {@code fromPage}. */
    public static String mapLink(String sourceFile, String destination, String fromPage) {
        if (destination == null || destination.isEmpty() || destination.startsWith("#") || isExternal(destination)) {
            return destination;
        }
        int hash = destination.indexOf('#');
        String fragment = hash >= 0 ? destination.substring(hash) : "";
        String rest = hash >= 0 ? destination.substring(0, hash) : destination;
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q) : "";
        String path = q >= 0 ? rest.substring(0, q) : rest;
        if (path.isEmpty()) return destination;
        String target = resolve(sourceFile, path);
        if (target == null) return destination;
        String siteTarget = siteFileOf(target);
        if (siteTarget == null) return destination;
        return href(relative(fromPage, siteTarget)) + query + fragment;
    }

    /** The relative path from the page at {@code fromPage} to {@code toFile}, both site paths. */
    public static String relative(String fromPage, String toFile) {
        List<String> from = new ArrayList<>(List.of(fromPage.split("/", -1)));
        from.remove(from.size() - 1);
        List<String> to = new ArrayList<>(List.of(toFile.split("/", -1)));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size(); i++) sb.append("../");
        for (int i = common; i < to.size(); i++) {
            sb.append(to.get(i));
            if (i < to.size() - 1) sb.append('/');
        }
        String out = sb.toString();
        return out.isEmpty() ? "./" : out;
    }

    /** The relative prefix from a page to the site root: {@code ""} at the root, {@code "../"} one folder down. */
    public static String rootOf(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    /** Percent-encodes what a URL path may not hold as-is (spaces, %, non-ASCII), keeping {@code /}. */
    public static String href(String sitePath) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = sitePath.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
        return sb.toString();
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean isMarkdown(String f) {
        String n = f.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static String stripPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }
}
