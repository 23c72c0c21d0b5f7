package io.github.cmaltkit.check;

import io.github.cmaltkit.markdown.SitePaths;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Works out the {@link LinkTarget} of a destination as written. */
final class LinkTargets {

    private LinkTargets() {
    }

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*", Pattern.DOTALL);
    private static final Pattern HOME = Pattern.compile("^(?:/(?:home|Users|mnt|media|Volumes)/|~/|\\\\\\\\).*", Pattern.DOTALL);

    /** What {@code destination}, written in the file {@code sourceFile} (relative to the portfolio), points to. */
    static LinkTarget of(String sourceFile, String destination) {
        String d = destination == null ? "" : destination.strip();
        if (d.isEmpty()) return new LinkTarget.Empty();
        String lower = d.toLowerCase(Locale.ROOT);
        String url = WebLinks.urlOf(d);
        if (url != null) return new LinkTarget.Web(url);
        if (lower.startsWith("file:") || DRIVE.matcher(d).matches() || HOME.matcher(d).matches()) return new LinkTarget.OwnDisk(d);
        if (lower.startsWith("mailto:")) return new LinkTarget.Mail(decode(d.substring("mailto:".length()).split("\\?", 2)[0]));
        if (SitePaths.isExternal(d)) return new LinkTarget.Other(d.substring(0, Math.max(0, d.indexOf(':'))).toLowerCase(Locale.ROOT));
        int hash = d.indexOf('#');
        String fragment = hash >= 0 ? decode(d.substring(hash + 1)) : null;
        String rest = hash >= 0 ? d.substring(0, hash) : d;
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        if (path.isEmpty()) return new LinkTarget.Fragment(fragment == null ? "" : fragment);
        return new LinkTarget.LocalFile(path, SitePaths.resolve(sourceFile, path), fragment);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
