package io.github.cmaltkit.draft;

import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Pathway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Markdown from another tool (Jekyll, Hugo, another CMALT template): each file's front matter mapped
 * (its title as the page's heading; section, principles, status, topic and kind kept where they fit),
 * its text kept as written, with links to files beside it copied into assets/.
 */
final class MarkdownDraftReader {

    private static final Pattern FRONT = Pattern.compile("(?s)\\A\\uFEFF?(---|\\+\\+\\+)\\R(.*?)\\R\\1[ \\t]*(?:\\R|\\z)");
    private static final Pattern LINK = Pattern.compile("(!?\\[(?:[^\\]\\\\]|\\\\.)*\\]\\()(<[^>]*>|[^)\\s]+)((?:\\s+\"[^\"]*\")?\\))");
    /** Liquid and Hugo template code that only the other tool understands. */
    private static final Pattern BASEURL = Pattern.compile("\\{\\{-?\\s*(?:site\\.baseurl|site\\.url|\\.Site\\.BaseURL)\\s*-?}}");
    private static final Pattern KRAMDOWN_ATTRS = Pattern.compile("(?m)^\\{:[^}]*}\\s*$|\\{:[^}]*}");
    private static final Pattern HUGO_FIGURE = Pattern.compile("\\{\\{<\\s*figure\\s+([^>]*)>}}");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private MarkdownDraftReader() {
    }

    static Draft read(List<Path> files, Path base) throws IOException, ImportRefusedException {
        Draft d = new Draft(files.size() == 1 ? files.get(0).getFileName().toString() : base.getFileName() + "/");
        for (Path f : files) file(d, f, base);
        return d;
    }

    private static void file(Draft d, Path file, Path base) throws IOException, ImportRefusedException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        }
        text = text.replace("\r\n", "\n");
        Map<String, Object> fm = new LinkedHashMap<>();
        Matcher m = FRONT.matcher(text);
        if (m.find()) {
            if (m.group(1).equals("---")) {
                try {
                    if (new Load(LoadSettings.builder().build()).loadFromString(m.group(2)) instanceof Map<?, ?> map) {
                        for (var e : map.entrySet()) fm.put(String.valueOf(e.getKey()), e.getValue());
                    }
                } catch (YamlEngineException e) {
                    int line = e.getMessage() != null && e.getMessage().matches("(?s).*line (\\d+).*") ? Integer.parseInt(e.getMessage().replaceAll("(?s).*line (\\d+).*", "$1")) + 1 : 1;
                    throw new ImportRefusedException(file + ":" + line + ": the front matter is not YAML the kit can read: fix it (or remove it) and import again");
                }
            } else {
                for (String line : m.group(2).split("\n")) {
                    Matcher kv = Pattern.compile("^\\s*(\\w+)\\s*=\\s*\"?(.*?)\"?\\s*$").matcher(line);
                    if (kv.matches()) fm.put(kv.group(1), kv.group(2));
                }
            }
            text = text.substring(m.end());
        }
        if (fm.get("author") instanceof String a && !a.isBlank()) d.meta.putIfAbsent("author", a.strip());
        for (String k : fm.keySet()) {
            if (!List.of("title", "section", "status", "principles", "topic", "kind", "tags", "author").contains(k)) {
                d.remarks.add(file.getFileName() + ": front matter \"" + k + "\" is not kept (the kit's pages have no such setting)");
            }
        }

        text = BASEURL.matcher(text).replaceAll("");
        text = KRAMDOWN_ATTRS.matcher(text).replaceAll("");
        text = HUGO_FIGURE.matcher(text).replaceAll(r -> {
            Map<String, String> at = new LinkedHashMap<>();
            Matcher am = ATTR.matcher(r.group(1));
            while (am.find()) at.put(am.group(1), am.group(2));
            return Matcher.quoteReplacement("![" + at.getOrDefault("alt", at.getOrDefault("caption", "")) + "](" + at.getOrDefault("src", "") + ")");
        });
        Path dir = file.toAbsolutePath().getParent();
        String pageName = file.getFileName().toString();
        text = LINK.matcher(text).replaceAll(r -> {
            String dest = r.group(2).startsWith("<") ? r.group(2).substring(1, r.group(2).length() - 1) : r.group(2);
            String mapped = target(d, base, dir, dest, r.group(1).startsWith("!"), pageName);
            return Matcher.quoteReplacement(r.group(1) + MarkdownText.destination(mapped) + r.group(3));
        });

        Node doc = Markdown.parse(text);
        d.counts.addMarkdown(doc);

        Map<String, Object> fields = new LinkedHashMap<>();
        for (String k : List.of("section", "status", "principles", "topic", "kind", "tags")) if (fm.containsKey(k)) fields.put(k, fm.get(k));
        if (fields.get("section") instanceof String s && !Pathway.isContractId(s)) fields.remove("section");
        String title = fm.get("title") instanceof String t && !t.isBlank() ? t.strip() : null;
        if (title != null && fields.containsKey("section")) fields.put("title", title);

        // split the text at its headings, keeping what lies between them exactly as written
        String[] lines = text.split("\n", -1);
        List<int[]> heads = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && !h.getSourceSpans().isEmpty()) {
                SourceSpan first = h.getSourceSpans().get(0);
                SourceSpan last = h.getSourceSpans().get(h.getSourceSpans().size() - 1);
                heads.add(new int[] {first.getLineIndex(), last.getLineIndex()});
                headings.add(h);
            }
        }
        int firstLevel = headings.isEmpty() ? 1 : headings.get(0).getLevel();
        boolean paged = title != null || fields.containsKey("section") || headings.isEmpty()
                || heads.get(0)[0] > 0 && hasText(lines, 0, heads.get(0)[0]);
        if (paged) {
            String pageTitle = title != null ? title : pageName.replaceFirst("\\.[^.]+$", "");
            d.blocks.add(new Draft.Heading(1, pageTitle, List.of(pageName), fields));
        }
        int shift = paged ? Math.max(0, 2 - firstLevel) : 0;
        Map<Heading, String> ids = Markdown.headingIds(doc);
        int from = 0;
        for (int i = 0; i <= heads.size(); i++) {
            int end = i < heads.size() ? heads.get(i)[0] : lines.length;
            String chunk = String.join("\n", java.util.Arrays.asList(lines).subList(Math.min(from, end), end)).strip();
            if (!chunk.isEmpty()) d.blocks.add(new Draft.Body(chunk));
            if (i < heads.size()) {
                Heading h = headings.get(i);
                List<String> anchors = new ArrayList<>();
                if (i == 0 && d.blocks.stream().noneMatch(b -> b instanceof Draft.Heading dh && dh.anchors().contains(pageName))) anchors.add(pageName);
                anchors.add(pageName + "#" + ids.get(h));
                d.blocks.add(new Draft.Heading(Math.min(6, h.getLevel() + shift), Markdown.plainText(h), anchors, i == 0 && !paged ? fields : Map.of()));
                from = heads.get(i)[1] + 1;
            }
        }
    }

    private static boolean hasText(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) if (!lines[i].isBlank()) return true;
        return false;
    }

    private static String target(Draft d, Path base, Path dir, String dest, boolean image, String pageName) {
        if (dest.startsWith("#")) return d.anchorLink(pageName) + dest;
        if (SitePaths.isExternal(dest)) return dest;
        String file = dest.replaceAll("[?#].*$", "");
        if (file.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(md|markdown)$") && Files.isRegularFile(dir.resolve(file))) {
            String name = Path.of(file).getFileName().toString();
            return d.anchorLink(name) + (dest.contains("#") ? dest.substring(dest.indexOf('#')) : "");
        }
        // "/assets/x.png" is relative to the site's root, which is the folder imported
        String copied = dest.startsWith("/") ? LocalFiles.copy(d, base, base, dest.substring(1), image) : LocalFiles.copy(d, base, dir, dest, image);
        if (copied != null) return copied;
        if (!dest.isEmpty()) d.remarks.add(pageName + ": the " + (image ? "image" : "link") + " \"" + dest + "\" names no file beside the draft; it is kept as written");
        return dest;
    }
}
