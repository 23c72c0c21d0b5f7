package io.github.cmaltkit.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Marks the uses of the portfolio's glossary acronyms: {@code VLE} becomes a {@link GlossaryTerm}, shown as
 * {@code <a href="kit/glossary.html#glossary-VLE"><abbr title="virtual learning environment">VLE</abbr></a>},
 * so a reader can always find what an acronym stands for. Text inside links and headings is left
 * alone (no link inside a link; headings keep their plain ids).
 */
final class GlossaryMarks {

    /** The site page that lists the glossary. */
    static final String PAGE = "kit/glossary.html";

    private GlossaryMarks() {
    }

    /** The anchor of an acronym's entry on the glossary page. */
    static String anchor(String acronym) {
        return "glossary-" + acronym.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    static void mark(Node document, Map<String, String> glossary, String glossaryHref) {
        List<String> keys = new ArrayList<>(glossary.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String k : keys) {
            if (k.isBlank()) continue;
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(Pattern.quote(k));
        }
        if (alternatives.length() == 0) return;
        Pattern uses = Pattern.compile("(?<![\\p{L}\\p{N}_])(" + alternatives + ")(s?)(?![\\p{L}\\p{N}_])");
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // never a link inside a link
            }

            @Override
            public void visit(Image image) {
                // alt text is plain text
            }

            @Override
            public void visit(Heading heading) {
                // headings stay plain
            }
        });
        for (Text text : texts) {
            String literal = text.getLiteral();
            Matcher m = uses.matcher(literal);
            if (!m.find()) continue;
            int last = 0;
            m.reset();
            while (m.find()) {
                if (m.start() > last) text.insertBefore(new Text(literal.substring(last, m.start())));
                String acronym = m.group(1);
                text.insertBefore(new GlossaryTerm(acronym, glossary.get(acronym), SitePaths.href(glossaryHref) + "#" + anchor(acronym)));
                if (!m.group(2).isEmpty()) text.insertBefore(new Text(m.group(2)));
                last = m.end();
            }
            if (last < literal.length()) text.insertBefore(new Text(literal.substring(last)));
            text.unlink();
        }
    }
}
