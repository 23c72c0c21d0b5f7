package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.FindingSink;
import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.RuleContext;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The counted requirements of the pathway data ({@code repeat.min} and {@code repeat.kinds} in
 * pathways/*.yml): how many core area 3 topics, specialist options and advanced areas, and which kinds
 * of core area 3 topic. Nothing is counted in Java; a pathway file change is enough.
 */
final class PathwayRule extends BaseRule {

    PathwayRule() {
        super("pathway-rule", Severity.ERROR,
                "a counted requirement of the pathway fails: core area 3 topic kinds, number of specialist options, advanced areas");
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Pathway pathway = context.portfolio().pathway();
        for (Pathway.Group g : pathway.groups()) {
            Pathway.Repeat r = g.repeat();
            if (r == null) continue;
            List<SectionFile> written = new ArrayList<>();
            for (SectionFile f : context.portfolio().files()) {
                if (r.numberOf(f.sectionId()) > 0 && written.stream().noneMatch(w -> w.sectionId().equals(f.sectionId()))) written.add(f);
            }
            if (written.size() < r.min()) {
                String next = nextFree(r, written);
                sink.reportPortfolio("\"" + g.title() + "\" needs at least " + r.min() + " section" + (r.min() == 1 ? "" : "s")
                        + " in the " + pathway.name() + " pathway" + (g.guidance() == null ? "" : " — " + sentence(g.guidance()) + " —")
                        + " and you have " + (written.isEmpty() ? "none" : written.size() + " (" + ids(written) + ")")
                        + ". Add a file such as content/" + next + ".md whose front matter says \"section: " + next + "\"");
            }
            // Kinds matter once a topic is written; a fresh file from init is reported as empty instead.
            if (written.isEmpty() || written.stream().allMatch(f -> context.page(f.path()).map(Page::blank).orElse(true))) continue;
            for (Pathway.KindRequirement k : r.kinds()) {
                long have = written.stream().filter(f -> f.kind() != null && k.kinds().contains(f.kind())).count();
                if (have >= k.min()) continue;
                List<String> each = new ArrayList<>();
                for (SectionFile f : written) each.add(f.sectionId() + (f.kind() == null ? " has no kind" : " is " + noun(f.kind())));
                String kinds = "\"kind: " + String.join("\" or \"kind: ", k.kinds()) + "\"";
                String wanted = String.join(" or ", k.kinds().stream().map(PathwayRule::noun).toList());
                String explain = capitalise(k.explain()) + (k.explain().contains(pathway.name()) ? "" : " (" + pathway.name() + ")");
                sink.reportPortfolio(explain + ", but " + and(each) + ". If one of them is about " + wanted + ", set " + kinds
                        + " in its front matter; otherwise add a section about " + wanted + ", with \"topic:\" naming it and " + kinds);
            }
        }
    }

    /** A kind as a candidate would say it: legislation, a policy, a standard. */
    private static String noun(String kind) {
        return kind.equals("legislation") ? "legislation" : "a " + kind;
    }

    /** The guidance of a group as a clause: lower-case start, no final full stop. */
    private static String sentence(String guidance) {
        String s = guidance.strip().replaceAll("\\.$", "");
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) return String.join("", parts);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String nextFree(Pathway.Repeat r, List<SectionFile> written) {
        for (int n = 1; ; n++) {
            String id = r.idOf(n);
            if (written.stream().noneMatch(f -> f.sectionId().equals(id))) return id;
        }
    }

    private static String ids(List<SectionFile> files) {
        return String.join(", ", files.stream().map(SectionFile::sectionId).sorted().toList());
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
