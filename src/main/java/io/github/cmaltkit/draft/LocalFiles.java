package io.github.cmaltkit.draft;

import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.PortfolioPath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/** Files a draft links to or shows, copied into the portfolio's assets/ (the draft's folder is only read). */
final class LocalFiles {

    private static final String IMAGE_EXT = ".*\\.(png|jpe?g|gif|svg|webp|bmp|tiff?|emf|wmf)$";

    private LocalFiles() {
    }

    /**
     * The destination, from a page under content/, of the file {@code href} names relative to
     * {@code pageDir}: the file is listed for copying into assets/. Null when {@code href} is a web
     * address, a fragment, or no file that exists beside the draft.
     */
    static String copy(Draft d, Path base, Path pageDir, String href, boolean image) {
        if (href == null || href.isBlank() || href.startsWith("#") || SitePaths.isExternal(href)) return null;
        String path = href.replaceAll("[?#].*$", "");
        String fragment = href.contains("#") ? href.substring(href.indexOf('#')) : "";
        Path file;
        try {
            file = pageDir.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null;
        }
        if (!Files.isRegularFile(file) || !near(base, file)) return null;
        String rel = under(base, file);
        String target;
        int assets = rel.indexOf("assets/");
        if (assets >= 0 && (assets == 0 || rel.charAt(assets - 1) == '/')) target = rel.substring(assets);
        else if (rel.contains("/") && !rel.startsWith("../")) target = "assets/" + rel;
        else target = null;
        boolean isImage = image || file.getFileName().toString().toLowerCase(Locale.ROOT).matches(IMAGE_EXT);
        if (target == null || (d.assets.containsKey(target) && !file.equals(d.assets.get(target).file()))) {
            target = d.assetPath(isImage ? "assets/images" : "assets/evidence", file.getFileName().toString(), file);
        }
        d.assets.put(target, new Draft.Asset(file, null));
        return "../" + target + fragment;
    }

    /** A {@code data:} image saved as a file of its own; null when it is not one. */
    static String dataImage(Draft d, String src, String stem) {
        if (src == null || !src.startsWith("data:image/")) return null;
        int comma = src.indexOf(',');
        if (comma < 0 || !src.substring(0, comma).endsWith(";base64")) return null;
        String type = src.substring("data:image/".length(), src.indexOf(';'));
        String ext = switch (type) {
            case "jpeg" -> "jpg";
            case "svg+xml" -> "svg";
            default -> type.replaceAll("[^a-z0-9]", "");
        };
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String target = d.assetPath("assets/images", stem + "." + ext, null);
        d.assets.put(target, new Draft.Asset(null, bytes));
        return "../" + target;
    }

    /**
     * Whether a file lies in the draft's folder or the folder above it (where a draft's evidence
     * usually is): a draft never makes the import copy other files of the computer into a portfolio.
     */
    private static boolean near(Path base, Path file) {
        try {
            Path root = base.toAbsolutePath().normalize();
            if (root.getParent() != null) root = root.getParent();
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String under(Path base, Path file) {
        try {
            return PortfolioPath.relative(base.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return file.getFileName().toString();
        }
    }
}
