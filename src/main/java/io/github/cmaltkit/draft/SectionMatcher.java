package io.github.cmaltkit.draft;

import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.SectionSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which section of a pathway a heading names, however the candidate wrote it ("1a", "Core area 1 a)",
 * the official title, "Specialist option 2: …"). Every name it knows comes from the pathway's data
 * file: the group titles, the section titles and ids, the repeats' titles and numbering.
 */
final class SectionMatcher {

    /** What a heading names. */
    enum Kind { SECTION, REPEAT, GROUP }

    /**
     * @param id   the section id (SECTION), or null
     * @param group the group (REPEAT, GROUP: a heading for the whole group)
     * @param rest the candidate's own words after the name, e.g. the title after "1a –"
     */
    record Match(Kind kind, String id, Pathway.Group group, String rest) {
    }

    private record Key(List<String> tokens, Kind kind, String id, Pathway.Group group) {
    }

    /** Letters or digits: "1a" is two tokens, so "1a", "1 a" and "1(a)" read alike. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+");
    private static final Pattern LEADING_LETTER = Pattern.compile("^\\s*\\(?[a-zA-Z]\\s*[).:\\]–—-]");
    private static final int MAX_REPEAT = 26;

    private final Pathway pathway;
    private final List<Key> keys = new ArrayList<>();
    private final Set<String> looked = new LinkedHashSet<>();

    SectionMatcher(Pathway pathway) {
        this.pathway = pathway;
        for (Pathway.Group g : pathway.groups()) {
            List<String> groupName = tokens(g.title());
            List<String> groupCode = code(g.title());
            looked.add(g.title());
            for (SectionSpec s : g.sections()) {
                addSection(s.id(), s.title(), g, groupCode);
                if (g.sections().size() == 1 && g.repeat() == null) {
                    add(groupName, Kind.SECTION, s.id(), g);
                    add(groupCode, Kind.SECTION, s.id(), g);
                }
            }
            Pathway.Repeat r = g.repeat();
            if (r != null) {
                for (int n = 1; n <= MAX_REPEAT; n++) {
                    String id = r.idOf(n);
                    addSection(id, n <= r.titles().size() ? r.titleOf(n) : null, g, groupCode);
                    if (!r.letters()) {
                        List<String> t = tokens(r.title());
                        t.add(String.valueOf(n));
                        add(t, Kind.SECTION, id, g);
                    }
                }
                add(tokens(r.title()), Kind.REPEAT, null, g);
                add(groupName, Kind.REPEAT, null, g);
                add(groupCode, Kind.REPEAT, null, g);
                List<String> plural = tokens(g.title());
                plural.set(plural.size() - 1, plural.get(plural.size() - 1) + "s");
                add(plural, Kind.REPEAT, null, g);
                looked.add(r.title() + " N");
            } else if (g.sections().size() > 1) {
                add(groupName, Kind.GROUP, null, g);
                add(groupCode, Kind.GROUP, null, g);
            }
        }
    }

    private void addSection(String id, String title, Pathway.Group g, List<String> groupCode) {
        List<String> idTokens = tokens(id);
        add(idTokens, Kind.SECTION, id, g);
        if (title != null) {
            add(tokens(title), Kind.SECTION, id, g);
            looked.add(title);
        }
        // "core-1a" → "1 a", and the group's code "core area 1" + "a"
        List<String> tail = new ArrayList<>(idTokens.subList(1, idTokens.size()));
        if (!tail.isEmpty() && tail.get(0).chars().allMatch(Character::isDigit)) {
            // a bare "4" or "1" would catch any numbered heading: only "1a" forms stand alone
            if (tail.size() > 1) add(tail, Kind.SECTION, id, g);
            if (!groupCode.isEmpty() && groupCode.get(groupCode.size() - 1).equals(tail.get(0))) {
                List<String> withCode = new ArrayList<>(groupCode);
                withCode.addAll(tail.subList(1, tail.size()));
                add(withCode, Kind.SECTION, id, g);
                List<String> area = new ArrayList<>(List.of(groupCode.get(0)));
                area.addAll(tail);
                add(area, Kind.SECTION, id, g);
            }
            looked.add(id);
        }
    }

    private void add(List<String> tokens, Kind kind, String id, Pathway.Group g) {
        if (!tokens.isEmpty()) keys.add(new Key(List.copyOf(tokens), kind, id, g));
    }

    /** The headings this matcher knows, for the report when none matched. */
    Set<String> lookedFor() {
        return looked;
    }

    /**
     * The section a heading names, or null. {@code context} is the group of the last group heading,
     * so that "a) …" under "Core area 1" is core-1a.
     */
    Match match(String heading, Pathway.Group context) {
        Match m = best(heading);
        if (m == null && context != null && LEADING_LETTER.matcher(heading).find()) {
            Match inGroup = best(code(context.title()).isEmpty() ? heading : String.join(" ", code(context.title())) + " " + heading);
            if (inGroup != null && inGroup.kind() == Kind.SECTION) m = inGroup;
        }
        return m;
    }

    private Match best(String heading) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher t = TOKEN.matcher(clean(heading));
        while (t.find()) {
            words.add(t.group().toLowerCase(Locale.ROOT));
            spans.add(new int[] {t.start(), t.end()});
        }
        Key found = null;
        int at = -1;
        for (Key k : keys) {
            int start = startsWith(words, k.tokens()) ? 0 : -1;
            // a long official title anywhere in the heading: "a) An understanding of the constraints …"
            if (start < 0 && k.tokens().size() >= 4 && k.kind() == Kind.SECTION) start = indexOf(words, k.tokens());
            if (start < 0) continue;
            if (found == null || k.tokens().size() > found.tokens().size()
                    || (k.tokens().size() == found.tokens().size() && k.kind().ordinal() < found.kind().ordinal())) {
                found = k;
                at = start;
            }
        }
        if (found == null) return null;
        String cleaned = clean(heading);
        int end = spans.get(at + found.tokens().size() - 1)[1];
        String rest = at == 0 ? cleaned.substring(end) : cleaned.substring(0, spans.get(at)[0]) + cleaned.substring(end);
        rest = rest.replaceAll("^[\\s\\p{Punct}–—]+|[\\s:–—-]+$", "").strip();
        return new Match(found.kind(), found.id(), found.group(), rest);
    }

    /** The group's code: the part before a colon when it ends in a number ("Core area 1"), else nothing. */
    private static List<String> code(String groupTitle) {
        int colon = groupTitle.indexOf(':');
        if (colon < 0) return List.of();
        List<String> t = tokens(groupTitle.substring(0, colon));
        return !t.isEmpty() && t.get(t.size() - 1).chars().allMatch(Character::isDigit) ? t : List.of();
    }

    private static String clean(String s) {
        return s.replace("(s)", "").replace("(S)", "");
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(clean(s));
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean startsWith(List<String> words, List<String> key) {
        return words.size() >= key.size() && words.subList(0, key.size()).equals(key);
    }

    private static int indexOf(List<String> words, List<String> key) {
        for (int i = 0; i + key.size() <= words.size(); i++) if (words.subList(i, i + key.size()).equals(key)) return i;
        return -1;
    }

    Pathway pathway() {
        return pathway;
    }
}
