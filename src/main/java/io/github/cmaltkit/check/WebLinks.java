package io.github.cmaltkit.check;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Which destinations are web links, and the URL under which each is checked once for the whole portfolio. */
public final class WebLinks {

    private WebLinks() {
    }

    /** The URL to check for a destination, or null when it is not a web link (local, mailto:, tel:…). */
    public static String urlOf(String destination) {
        if (destination == null) return null;
        String d = destination.strip();
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return d;
        if (d.startsWith("//")) return "https:" + d;
        return null;
    }

    /** Every distinct web URL of the pages, in order of first appearance. */
    public static Set<String> collect(Collection<Page> pages) {
        Set<String> urls = new LinkedHashSet<>();
        for (Page p : pages) {
            for (LinkRef l : p.links()) {
                if (l.target() instanceof LinkTarget.Web web) urls.add(web.url());
            }
        }
        return urls;
    }
}
