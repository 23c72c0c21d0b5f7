package io.github.cmaltkit.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a generated site without any network: every relative {@code href}/{@code src} (and
 * {@code srcset}, {@code poster}, {@code object data}) of every {@code .html} page resolves to a file
 * inside the site folder, and every {@code #fragment} to an {@code id} (or {@code <a name>}) of the
 * target page. Links with a scheme ({@code https:}, {@code mailto:}…) and {@code //host} links are not
 * this class's business. A root-relative link ({@code /x}) is a problem: it breaks when the site is
 * published in a sub-folder (GitHub Pages, a university web space).
 */
public final class SiteLinks {

    /**
     * One link of the site that does not resolve.
     *
     * @param page the page it is on, relative to the site folder, with {@code /} separators
     * @param href the link as written
     * @param why  what is wrong, in plain words
     */
    public record Problem(String page, String href, String why) {
        @Override
        public String toString() {
            return page + ": " + href + ": " + why;
        }
    }

    private static final String[][] ATTRIBUTES = {
        {"a", "href"}, {"area", "href"}, {"link", "href"},
        {"img", "src"}, {"script", "src"}, {"iframe", "src"}, {"frame", "src"}, {"embed", "src"},
        {"source", "src"}, {"track", "src"}, {"audio", "src"}, {"video", "src"}, {"input", "src"},
        {"video", "poster"}, {"object", "data"}, {"img", "srcset"}, {"source", "srcset"},
    };

    private final Path site;
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    private SiteLinks(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Every problem of every page of the site folder, pages in path order. */
    public static List<Problem> check(Path siteDir) throws IOException {
        if (!Files.isDirectory(siteDir)) throw new IOException("not a folder: " + siteDir);
        SiteLinks s = new SiteLinks(siteDir);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(s.site)) {
            pages = walk.filter(Files::isRegularFile).filter(SiteLinks::isHtml).sorted().toList();
        }
        List<Problem> problems = new ArrayList<>();
        for (Path page : pages) s.checkPage(page, problems);
        return problems;
    }

    private void checkPage(Path page, List<Problem> problems) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), null);
        String name = relative(page);
        anchors.putIfAbsent(page, idsOf(doc));
        for (String[] pair : ATTRIBUTES) {
            for (Element e : doc.select(pair[0] + "[" + pair[1] + "]")) {
                String value = e.attr(pair[1]);
                if (pair[1].equals("srcset")) {
                    for (String candidate : value.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) checkOne(page, name, url, problems);
                    }
                } else {
                    checkOne(page, name, value, problems);
                }
            }
        }
    }

    private void checkOne(Path page, String name, String href, List<Problem> problems) {
        String h = href.strip();
        if (h.isEmpty()) {
            problems.add(new Problem(name, href, "empty link"));
            return;
        }
        if (h.startsWith("//") || h.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) return; // another site, mailto:, data:…
        if (h.startsWith("/")) {
            problems.add(new Problem(name, href,
                    "root-relative link: it breaks when the site is published in a sub-folder; use a relative link"));
            return;
        }
        String pathPart = h;
        String fragment = null;
        int hash = pathPart.indexOf('#');
        if (hash >= 0) {
            fragment = pathPart.substring(hash + 1);
            pathPart = pathPart.substring(0, hash);
        }
        int q = pathPart.indexOf('?');
        if (q >= 0) pathPart = pathPart.substring(0, q);

        Path target;
        if (pathPart.isEmpty()) {
            target = page;
        } else {
            String decoded;
            try {
                decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
                new URI(null, null, decoded, null); // reject what no browser could follow either
            } catch (IllegalArgumentException | URISyntaxException e) {
                problems.add(new Problem(name, href, "not a valid link"));
                return;
            }
            target = page.getParent().resolve(decoded).normalize();
            if (!target.startsWith(site)) {
                problems.add(new Problem(name, href, "points outside the site"));
                return;
            }
            if (Files.isDirectory(target)) {
                Path index = target.resolve("index.html");
                if (!Files.isRegularFile(index)) {
                    problems.add(new Problem(name, href, "a folder without an index.html: " + relative(target)));
                    return;
                }
                target = index;
            } else if (!Files.isRegularFile(target)) {
                problems.add(new Problem(name, href, "no such file: " + relative(target)));
                return;
            } else if (!exactCase(target)) {
                problems.add(new Problem(name, href, "the file's name differs in case (it would break on a web server): "
                        + relative(target)));
                return;
            }
        }
        if (fragment == null || fragment.isEmpty() || !isHtml(target)) return;
        String id;
        try {
            id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            id = fragment;
        }
        if (id.equalsIgnoreCase("top") || anchorsOf(target).contains(id)) return;
        problems.add(new Problem(name, href, "no element with id \"" + id + "\" in " + relative(target)));
    }

    private Set<String> anchorsOf(Path page) {
        return anchors.computeIfAbsent(page, p -> {
            try {
                return idsOf(Jsoup.parse(p.toFile(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) ids.add(e.id());
        for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
        return ids;
    }

    /** On a case-insensitive file system, "Report.PDF" is found for "report.pdf"; a web server would not find it. */
    private boolean exactCase(Path target) {
        try {
            Path real = target.toRealPath();
            return real.getFileName().toString().equals(target.getFileName().toString());
        } catch (IOException e) {
            return true;
        }
    }

    private String relative(Path p) {
        return site.relativize(p).toString().replace('\\', '/');
    }

    private static boolean isHtml(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }
}
