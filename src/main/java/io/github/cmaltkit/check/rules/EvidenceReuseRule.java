package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.LinkRef;
import io.github.cmaltkit.check.LinkTarget;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The same evidence (the same file or web address) explained with the same sentence in several sections.
 * Using one item for several sections is fine, but each section must say what it shows there; the
 * finding is made at every use after the first, in the pathway's section order. A sentence counts when it
 * has at least {@value #MIN_WORDS} words; letter case, punctuation and link texts are ignored.
 */
final class EvidenceReuseRule extends BaseRule {

    // Compiled once: they run on every sentence of every evidence item.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:—–]+(?:\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static final int MIN_WORDS = 5;

    /** One evidence item of a section: what it links to and the sentences that explain it. */
    private record Use(Page page, ListItem item, int order, Set<String> targets, Set<String> sentences) {
    }

    EvidenceReuseRule() {
        super("evidence-reuse", Severity.WARNING,
                "the same evidence is explained with the same sentence in several sections (reported at each use after the first)");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Map<String, Integer> official = context.portfolio().pathway().order(context.portfolio().writtenIds());
        List<Use> uses = new ArrayList<>();
        for (Page page : context.sections()) {
            int order = official.getOrDefault(page.sectionId(), Integer.MAX_VALUE);
            for (ListItem item : page.items("evidence")) {
                Set<String> targets = new LinkedHashSet<>();
                for (LinkRef l : page.links()) if (within(l.node(), item)) targetOf(l).ifPresent(targets::add);
                if (!targets.isEmpty()) uses.add(new Use(page, item, order, targets, sentences(item)));
            }
        }
        uses.sort(Comparator.comparingInt(Use::order));
        for (int i = 0; i < uses.size(); i++) {
            Use later = uses.get(i);
            for (int j = 0; j < i; j++) {
                Use earlier = uses.get(j);
                if (earlier.page() == later.page() || disjoint(earlier.targets(), later.targets())) continue;
                String shared = firstShared(earlier.sentences(), later.sentences());
                if (shared == null) continue;
                sink.report(later.page(), later.page().start(later.item()), "this evidence is explained with the same words as in "
                        + earlier.page().sectionId() + " (\"" + shorten(shared) + "\"): using it again is fine, but say what it shows "
                        + "for " + later.page().sectionId() + " in particular");
                break;
            }
        }
    }

    private static java.util.Optional<String> targetOf(LinkRef l) {
        if (l.target() instanceof LinkTarget.LocalFile f && f.resolved() != null) return java.util.Optional.of("file:" + f.resolved());
        if (l.target() instanceof LinkTarget.Web w) return java.util.Optional.of("web:" + w.url());
        return java.util.Optional.empty();
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) if (n == ancestor) return true;
        return false;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return false;
        return true;
    }

    private static String firstShared(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return s;
        return null;
    }

    /** The item's sentences outside link texts and alt texts, lower case, punctuation dropped. */
    private static Set<String> sentences(ListItem item) {
        StringBuilder text = new StringBuilder();
        item.accept(new AbstractVisitor() {
            @Override public void visit(Link link) { text.append(' '); }
            @Override public void visit(Image image) { text.append(' '); }
            @Override public void visit(Text t) { text.append(t.getLiteral()); }
            @Override public void visit(org.commonmark.node.SoftLineBreak b) { text.append(' '); }
        });
        Set<String> out = new LinkedHashSet<>();
        for (String s : SENTENCE_END.split(text)) {
            String words = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (!words.isEmpty() && words.split(" ").length >= MIN_WORDS) out.add(words);
        }
        return out;
    }

    private static String shorten(String s) {
        String[] w = s.split(" ");
        return w.length <= 10 ? s : String.join(" ", java.util.Arrays.copyOf(w, 10)) + " …";
    }
}
