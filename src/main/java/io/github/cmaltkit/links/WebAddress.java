package io.github.cmaltkit.links;

import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Web addresses as the link checker keys, fetches and compares them. */
final class WebAddress {

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Thrown for an address with a user name or password in it (never sent anywhere). */
    static final class CredentialsException extends URISyntaxException {
        CredentialsException(String input) {
            super(input, "credentials in the address");
        }
    }

    private WebAddress() {
    }

    /**
     * Lower-case scheme and host, international host names in their ASCII (punycode) form, other
     * non-ASCII characters percent-encoded, no default port, no fragment, "/" for an empty path.
     */
    static URI normalise(String s) throws URISyntaxException {
        String written = asciiHost(s.replace(" ", "%20"));
        URI u = new URI(written);
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.isOpaque() || scheme == null || u.getRawAuthority() == null) {
            return new URI(new URI(scheme, u.getRawSchemeSpecificPart(), null).normalize().toASCIIString());
        }
        if (u.getRawUserInfo() != null) throw new CredentialsException(s);
        if (u.getHost() == null) throw new URISyntaxException(s, "no host name");
        String host = u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) port = -1;
        StringBuilder b = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) b.append(':').append(port);
        String path = u.getRawPath();
        b.append(path == null || path.isEmpty() ? "/" : path);
        if (u.getRawQuery() != null) b.append('?').append(u.getRawQuery());
        String normal = b.toString();
        if (!ascii(normal)) return new URI(new URI(normal).toASCIIString());
        // Most links are written in this form already: parsed once, not three times (the same URI).
        return normal.equals(written) ? u : new URI(normal);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /**
     * java.net.URI does not take a host name with non-ASCII letters ("bücher.example" has no host for
     * it), so such a name is turned into its ASCII form before parsing, as a browser does.
     */
    private static String asciiHost(String s) {
        int colonSlashes = s.indexOf("://");
        if (colonSlashes < 0) return s;
        int start = colonSlashes + 3;
        int end = start;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) end++;
        String authority = s.substring(start, end);
        if (authority.chars().allMatch(c -> c < 128)) return s;
        int at = authority.lastIndexOf('@');
        String user = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            // A label with a dot other than "." (e.g. the ideographic full stop) is split by IDN too.
            return s.substring(0, start) + user + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port + s.substring(end);
        } catch (IllegalArgumentException e) {
            return s; // not a name IDN can convert: URI reports it as an address without a host
        }
    }

    /** The host as the per-host limit and the cache count it. */
    static String hostKey(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** Endings of addresses that are web pages, whatever the site runs on. */
    private static final Set<String> PAGE_ENDINGS = Set.of("html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "cfm");

    /**
     * Whether the address names a web page rather than a file: its path ends in "/", its last part has
     * no ending (".pdf"), or a page's ending. Such a link is asked with GET at once: a page must be
     * read anyway (does it ask for a password?), so HEAD first would be a second request.
     */
    static boolean looksLikePage(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) return true;
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 || PAGE_ENDINGS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** True for an IP address written as the host (no name to look up). */
    static boolean isIpLiteral(String host) {
        return host.startsWith("[") || IPV4.matcher(host).matches();
    }

    /** mailto: only the syntax of the addresses (nothing is sent anywhere). */
    static WebLinkResult mailto(String url, String s) {
        String rest = s.substring(7);
        int q = rest.indexOf('?');
        String to = q >= 0 ? rest.substring(0, q) : rest;
        String decoded;
        try {
            decoded = URLDecoder.decode(to.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid e-mail address");
        }
        if (decoded.isBlank()) return new WebLinkResult(url, Outcome.BROKEN, 0, url, "no e-mail address after mailto:");
        for (String addr : decoded.split(",")) {
            if (!MAILBOX.matcher(addr.strip()).matches()) {
                return new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid e-mail address: " + addr.strip());
            }
        }
        return new WebLinkResult(url, Outcome.OK, 0, url, "e-mail address (syntax checked only)");
    }
}
