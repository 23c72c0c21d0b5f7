package io.github.cmaltkit.export;

import io.github.cmaltkit.site.KitPages;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print page made ready to be one file on its own. In a PDF a link written for the site
 * ({@code ../02-core-1a.html#reflection}) leads nowhere, so every link becomes something that works
 * from the file: a jump inside the PDF, the published site's address (when {@code portfolio.yml}
 * gives {@code url:}), or the evidence file itself, attached to the PDF while it fits under ALT's
 * limit. What cannot travel is listed on the title page as not included.
 */
final class PdfContent {

    /** A file the PDF links to but does not carry, and why. */
    record Left(String path, String reason) {
    }

    private static final String PRINT_PAGE = KitPages.FOLDER + "/print.html";
    private static final URI BASE = URI.create("http://site.invalid/" + PRINT_PAGE);

    final Document html;
    final String siteUrl;
    final Instant date;
    final List<String> attached = new ArrayList<>();
    final List<Left> left = new ArrayList<>();
    private final Set<String> leftPaths = new java.util.HashSet<>();
    /** Every local file the PDF draws on (images, attachments), for the document's id. */
    private final Set<Path> used = new LinkedHashSet<>();
    private final Path site;

    private PdfContent(Path site, Document html) {
        this.site = site;
        this.html = html;
        Element url = html.selectFirst("a.site-url[href]");
        this.siteUrl = url == null ? null : url.attr("href").endsWith("/") ? url.attr("href") : url.attr("href") + "/";
        Element time = html.selectFirst(".title-page time[datetime]");
        Instant d = null;
        if (time != null) {
            try {
                d = Instant.parse(time.attr("datetime"));
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        this.date = d;
    }

    /**
     * Rewrites {@code html} (the site's print page) for the PDF; evidence files are attached while
     * their sizes add up to at most {@code attachmentBudget} bytes.
     */
    static PdfContent prepare(Path site, Document html, long attachmentBudget) throws IOException {
        PdfContent c = new PdfContent(site, html);
        // The PDF is for reading on its own: the site's navigation has no place in it.
        html.select(".skip-link, .site-header, nav.contents, .pager, .site-footer, .screen-only").remove();
        Element titlePage = html.selectFirst(".title-page");
        if (titlePage != null) titlePage.attr("id", "title-page");
        Map<String, String> pages = new HashMap<>();
        for (Element s : html.select("section.print-section[data-page]")) {
            Element h = s.selectFirst("h2[id]");
            if (h != null) pages.put(s.attr("data-page"), h.id());
        }
        pages.put("index.html", "title-page");
        for (Element img : html.select("img[src]")) {
            Local l = c.local(img.attr("src"));
            if (l != null && Files.isRegularFile(l.file)) c.used.add(l.file);
        }
        long budget = attachmentBudget - c.used.stream().mapToLong(PdfContent::size).sum();
        Map<Path, Boolean> decided = new LinkedHashMap<>();
        // The ids are counted once: looking each link's target up in the whole page made a long
        // section's PDF cost the square of its length.
        Ids ids = new Ids(html);
        for (Element a : html.select("a[href]")) {
            if (a.hasClass("site-url")) continue;
            String href = a.attr("href");
            if (href.startsWith("#")) {
                if (!ids.has(href.substring(1))) ids.unwrap(a);
                continue;
            }
            URI u = uri(href);
            if (u == null) {
                ids.unwrap(a);
                continue;
            }
            if (!"site.invalid".equals(u.getHost()) || u.isOpaque()) {
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!List.of("http", "https", "mailto", "tel").contains(scheme)) ids.unwrap(a);
                continue;
            }
            String path = u.getPath().substring(1);
            String fragment = u.getFragment();
            String anchor = pages.get(path);
            if (anchor != null) {
                String prefixed = fragment == null ? null : anchor + "-" + fragment;
                a.attr("href", "#" + (prefixed != null && ids.has(prefixed) ? prefixed : anchor));
                continue;
            }
            if (c.siteUrl != null) {
                a.attr("href", c.siteUrl + encode(path) + (fragment == null ? "" : "#" + fragment));
                continue;
            }
            Path file = site.resolve(path).normalize();
            if (path.isEmpty() || !file.startsWith(site) || !Files.isRegularFile(file) || path.endsWith(".html") && isKitPage(path)) {
                if (!path.startsWith(KitPages.FOLDER + "/")) c.leave(path, "it is missing from the site");
                ids.unwrap(a);
                continue;
            }
            Boolean fits = decided.get(file);
            if (fits == null) {
                fits = size(file) <= budget;
                if (fits) {
                    budget -= size(file);
                    c.attached.add(path);
                    c.used.add(file);
                } else {
                    c.leave(path, String.format(Locale.ROOT, "%.1f MB, more than fits in one file under ALT's 10 MB limit",
                            size(file) / (1024.0 * 1024.0)));
                }
                decided.put(file, fits);
            }
            if (fits) {
                a.attr("download", file.getFileName().toString());
                a.attr("title", "Attached file " + file.getFileName());
            } else {
                ids.unwrap(a);
            }
        }
        c.titlePageNotes();
        return c;
    }

    private static boolean isKitPage(String path) {
        return path.startsWith(KitPages.FOLDER + "/");
    }

    private void leave(String path, String reason) {
        if (leftPaths.add(path)) left.add(new Left(path, reason));
    }

    /** The page's element ids, counted, kept true as links are unwrapped (an unwrapped link's id goes). */
    private static final class Ids {
        private final Map<String, Integer> count = new HashMap<>();

        Ids(Document html) {
            for (Element e : html.getAllElements()) if (!e.id().isEmpty()) count.merge(e.id(), 1, Integer::sum);
        }

        boolean has(String id) {
            return count.containsKey(id);
        }

        void unwrap(Element a) {
            if (!a.id().isEmpty()) count.computeIfPresent(a.id(), (k, n) -> n == 1 ? null : n - 1);
            a.unwrap();
        }
    }

    private void titlePageNotes() {
        Element title = html.selectFirst(".title-page");
        if (title == null) return;
        if (siteUrl != null) {
            title.appendElement("p").addClass("title-note")
                    .text("Links to evidence open the published site, where every evidence file can be read.");
        } else if (!attached.isEmpty()) {
            title.appendElement("p").addClass("title-note")
                    .text("The evidence files travel inside this PDF: a link marked \u201cattached\u201d opens its file, and your PDF reader's "
                            + "attachments panel lists them all (" + attached.size() + ").");
        }
        if (left.isEmpty()) return;
        Element box = title.appendElement("section").addClass("not-included").attr("aria-labelledby", "not-included");
        box.appendElement("h2").attr("id", "not-included").text("Not included in this file");
        box.appendElement("p").text("These files are linked in the portfolio but are not inside this PDF; the text links to them only by name:");
        Element ul = box.appendElement("ul");
        for (Left l : left) {
            Element li = ul.appendElement("li");
            li.appendElement("code").text(l.path);
            li.appendText(": " + l.reason);
        }
    }

    private record Local(String path, Path file) {
    }

    private Local local(String href) {
        URI u = uri(href);
        if (u == null || u.isOpaque() || !"site.invalid".equals(u.getHost())) return null;
        String path = u.getPath().substring(1);
        return new Local(path, site.resolve(path).normalize());
    }

    private static URI uri(String href) {
        try {
            return BASE.resolve(new URI(href.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    /** 16 bytes that change when the text, the images or the attached files change, and only then. */
    byte[] contentId() throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(html.outerHtml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path p : used) {
                md.update(site.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return java.util.Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
