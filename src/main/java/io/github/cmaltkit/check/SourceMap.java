package io.github.cmaltkit.check;

import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.YamlMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.jsoup.nodes.Entities;

/**
 * Where things are in a section file: turns the Markdown tree's source spans (which count from the
 * body's first line) into lines and columns of the file, front matter included.
 */
final class SourceMap {

    /** A character reference in Markdown text: the source is longer than the character it stands for. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    private final SectionFile file;
    private String[] bodyLines;

    SourceMap(SectionFile file) {
        this.file = file;
    }

    /** The file line of a span's line (spans count from 0 at the body's first line). */
    int line(SourceSpan span) {
        return file.bodyLine() + span.getLineIndex();
    }

    /** Where a node starts in the file. */
    Position start(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return node.getParent() != null && !(node.getParent() instanceof Document) ? start(node.getParent()) : declaration();
        }
        SourceSpan s = spans.get(0);
        return new Position(line(s), s.getColumnIndex() + 1);
    }

    /** Where character {@code offset} of a node's literal (an HTML node's text) stands in the file. */
    Position inLiteral(Node node, String literal, int offset) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return start(node);
        int lineNo = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < literal.length(); i++) {
            if (literal.charAt(i) == '\n') {
                lineNo++;
                lineStart = i + 1;
            }
        }
        if (lineNo < spans.size()) {
            SourceSpan s = spans.get(lineNo);
            return new Position(line(s), s.getColumnIndex() + 1 + offset - lineStart);
        }
        SourceSpan first = spans.get(0);
        return new Position(line(first) + lineNo, 1 + offset - lineStart);
    }

    /** Where the page says what it is: its {@code section:} (or {@code title:}) line, else line 1. */
    Position declaration() {
        Optional<YamlMap.Entry> e = file.entry("section").or(() -> file.entry("title"));
        return e.map(x -> new Position(x.line(), x.column())).orElse(new Position(1, 1));
    }

    /**
     * Where each character of a text's literal is in its source span: the same place, unless backslash
     * escapes or entities ({@code \\*}, {@code &amp;}) make the source longer than the literal.
     */
    int[] sourceOffsets(String literal, SourceSpan span) {
        int[] out = new int[literal.length()];
        String source = sourceOf(span);
        if (source == null || source.length() == literal.length()) {
            for (int j = 0; j < out.length; j++) out[j] = source == null ? Math.min(j, Math.max(0, span.getLength() - 1)) : j;
            return out;
        }
        int k = 0;
        for (int j = 0; j < literal.length(); j++) {
            char c = literal.charAt(j);
            if (k < source.length() && source.charAt(k) == '\\' && k + 1 < source.length() && source.charAt(k + 1) == c) k++;
            else if (k < source.length() && source.charAt(k) == '&') {
                Matcher entity = ENTITY.matcher(source).region(k, source.length());
                if (entity.lookingAt() && decoded(entity.group())) {
                    int semi = entity.end() - 1;
                    out[j] = k;
                    // An entity may stand for two chars (a surrogate pair); both point at the entity.
                    if (Character.isHighSurrogate(c) && j + 1 < literal.length()) out[++j] = k;
                    k = semi + 1;
                    continue;
                }
            }
            out[j] = Math.min(k, Math.max(0, source.length() - 1));
            k++;
        }
        return out;
    }

    /** Markdown decodes every numeric reference but only the named ones HTML knows: {@code &foo;} stays as written. */
    private static boolean decoded(String reference) {
        return reference.startsWith("&#") || Entities.isNamedEntity(reference.substring(1, reference.length() - 1));
    }

    private String sourceOf(SourceSpan span) {
        if (bodyLines == null) bodyLines = file.body().split("\n", -1);
        if (span.getLineIndex() >= bodyLines.length) return null;
        String line = bodyLines[span.getLineIndex()];
        int from = span.getColumnIndex();
        int to = from + span.getLength();
        return from >= 0 && to <= line.length() ? line.substring(from, to) : null;
    }
}
