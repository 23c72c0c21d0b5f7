package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.LinkTarget;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.links.WebLinkResult;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.PortfolioPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link or image (Markdown, or raw HTML href/src) that leads nowhere: a local file that does not exist,
 * lies outside the portfolio folder (never opened) or outside the published folders content/ and assets/, a {@code #fragment} naming no heading or anchor of
 * the target Markdown page (fragments into other files are not checked), a malformed {@code mailto:},
 * or a web link the link checker found broken.
 */
final class BrokenLinkRule extends BaseRule {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    BrokenLinkRule() {
        super(new RuleInfo("broken-link", Severity.ERROR,
                "a link leads nowhere: a missing local file, a file outside the portfolio, a #fragment with no such heading, or a broken web link", true));
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Path dir = context.portfolio().dir();
        RealNames real = new RealNames(dir);
        for (Page page : context.pages()) {
            for (LinkRef link : page.links()) {
                String problem = problemOf(context, dir, real, page, link);
                if (problem != null) sink.report(page, link.at(), problem);
            }
        }
    }

    private static String problemOf(RuleContext context, Path dir, RealNames realNames, Page page, LinkRef link) {
        String d = link.destination() == null ? "" : link.destination().strip();
        String what = link.isImage() ? "image" : "link";
        LinkTarget goesTo = link.target();
        if (goesTo instanceof LinkTarget.Empty) return "this " + what + " has no target: write the file or address between the brackets ( )";
        if (goesTo instanceof LinkTarget.Web web) {
            Optional<WebLinkResult> r = context.webResult(web.url());
            if (r.isPresent() && r.get().outcome() == WebLinkResult.Outcome.BROKEN) {
                return "the web " + what + " " + d + " does not work (" + describe(r.get()) + "): correct the address, "
                        + "link to an archived copy (e.g. the Wayback Machine), or keep a copy in assets/ and link to that";
            }
            return null;
        }
        if (goesTo instanceof LinkTarget.OwnDisk) {
            return "the " + what + " " + d + " points to a file on your own computer, which nobody else can open: copy the file into "
                    + "assets/ and link to it there (from this page: " + "../".repeat((int) page.path().chars().filter(c -> c == '/').count())
                    + "assets/" + fileName(d) + "), or link to the copy on the web";
        }
        if (goesTo instanceof LinkTarget.Mail mail) {
            for (String a : mail.addresses().split(",")) {
                if (!EMAIL.matcher(a.strip()).matches()) return "the e-mail link " + d + " is not a valid address: write mailto:name@example.ac.uk";
            }
            return null;
        }
        if (goesTo instanceof LinkTarget.Fragment f) {
            if (f.id().isEmpty() || page.anchors().contains(f.id())) return null;
            return noAnchor(d, f.id(), page, "this page");
        }
        if (!(goesTo instanceof LinkTarget.LocalFile local)) return null;
        String path = local.path();
        String fragment = local.fragment();
        if (local.resolved() == null) {
            return "the " + what + " " + d + " points outside the portfolio folder, so it will not be published with your site: "
                    + "copy the file into assets/ and link to it there";
        }
        String target = local.resolved();
        if (path.indexOf('\\') >= 0) {
            return "the " + what + " " + d + " uses \\ between folders: write / instead (e.g. ../assets/file.pdf), as web addresses do";
        }
        Path file;
        try {
            file = dir.resolve(target).normalize();
        } catch (InvalidPathException e) {
            return "the " + what + " " + d + " is not a valid file name: check it for stray characters";
        }
        if (!file.startsWith(dir) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            String markdown = target.replaceAll("(?i)\\.html?$", ".md");
            if (!markdown.equals(target) && context.page(markdown).isPresent()) {
                return "the link " + d + " points to the page the site makes from " + markdown + ": link to the Markdown file instead ("
                        + path.replaceAll("(?i)\\.html?$", ".md") + (fragment == null ? "" : "#" + fragment)
                        + "), as your editor previews it; the site turns it into the page's address";
            }
            return "the " + what + " " + d + " points to " + target + ", which does not exist: check the spelling and the folder"
                    + " (links are relative to this file, so from content/ an asset is ../assets/…)";
        }
        String real = realNames.of(file);
        if (real == null) {
            return "the " + what + " " + d + " points to " + target + ", which lies outside the portfolio folder (through a shortcut "
                    + "or symbolic link): copy the file into assets/ instead";
        }
        String written = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        // Only a difference of letter case: a symbolic link inside the portfolio has another real name but is
        // published as a copy under the name the link uses, so it works on the site.
        if (!real.equals(written) && real.equalsIgnoreCase(written)) {
            return "the " + what + " " + d + " points to " + target + ", but the file is called " + real
                    + ": web servers treat capitals as different letters, so write the name exactly";
        }
        if (Files.isDirectory(file)) {
            return "the " + what + " " + d + " points to the folder " + target + ", not to a file: link to the file itself";
        }
        if (SitePaths.siteFileOf(target) == null) {
            return "the " + what + " " + d + " points to " + target + ", which is not published with your site (only content/ and "
                    + "assets/ are): move the file into assets/ and link to it there";
        }
        if (fragment != null && !fragment.isEmpty() && isMarkdown(target)) {
            Optional<Page> other = context.page(target);
            if (other.isPresent() && !other.get().anchors().contains(fragment)) return noAnchor(d, fragment, other.get(), target);
        }
        return null;
    }

    private static String noAnchor(String d, String fragment, Page target, String where) {
        String known = String.join(", ", target.headingIdsInOrder().stream().limit(8).map(id -> "#" + id).toList());
        return "the link " + d + " goes to #" + fragment + ", but " + where + " has no heading with that id"
                + (known.isEmpty() ? "" : "; its headings are " + known) + " (a heading's id is its text in lower case, with hyphens for spaces)";
    }

    /**
     * Each linked file's actual path relative to the portfolio (its real letter case), or null when it
     * resolves outside it: looked up once per file and check, since many links go to the same few files.
     */
    private static final class RealNames {
        private final Path dir;
        private Path realDir;
        private final Map<Path, Optional<String>> names = new HashMap<>();

        RealNames(Path dir) {
            this.dir = dir;
        }

        String of(Path file) {
            Optional<String> known = names.get(file);
            if (known == null) {
                known = Optional.ofNullable(lookUp(file));
                names.put(file, known);
            }
            return known.orElse(null);
        }

        private String lookUp(Path file) {
            try {
                if (realDir == null) realDir = dir.toRealPath();
                Path real = file.toRealPath();
                if (!real.startsWith(realDir)) return null;
                return PortfolioPath.relative(realDir, real);
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static boolean isMarkdown(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /** The file name at the end of a path written with / or \\, for the suggested assets/ link. */
    private static String fileName(String path) {
        String p = PortfolioPath.slashed(path);
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.isBlank() ? "file" : name;
    }

    static String describe(WebLinkResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.status() != null && r.status() > 0) sb.append("status ").append(r.status());
        if (r.reason() != null && !r.reason().isBlank()) sb.append(sb.length() > 0 ? ", " : "").append(r.reason());
        if (r.finalUrl() != null && !r.finalUrl().equals(r.url())) sb.append(sb.length() > 0 ? ", " : "").append("ends at ").append(r.finalUrl());
        return sb.length() == 0 ? "no answer" : sb.toString();
    }
}
