import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, deterministic CMALT portfolio folder for benchmarks.
 *
 * <pre>java bench/GenPortfolio.java N OUT [SEED]</pre>
 *
 * <p>Writes OUT/portfolio.yml (CMALT pathway), OUT/assets/ (a few small evidence files and one SVG)
 * and OUT/content/ with N Markdown files: the 12 sections the CMALT pathway requires (for N < 12,
 * the first N of them), then extra pages (a {@code title} and no {@code section}) up to N files.
 * Every file has about 400 words under Description / Evidence / Reflection headings, with links to
 * assets and to other sections, a table, emphasis and lists. The same N and SEED give the same bytes.
 * OUT must not exist or be empty.
 */
public final class GenPortfolio {

    static final String[][] SECTIONS = {
        {"contextual-statement", "Contextual statement"},
        {"core-1a", "Weighing up lecture capture and interactive video"},
        {"core-1b", "Building accessible module templates"},
        {"core-1c", "Rolling out a new quiz tool with champions"},
        {"core-2a", "Redesigning a staged assessment"},
        {"core-2b", "Designing for apprentices who study at night"},
        {"core-3a", "Recording lectures under UK GDPR"},
        {"core-3b", "Meeting the accessibility regulations"},
        {"core-4", "Running a lunchtime exchange for staff"},
        {"specialist-1", "Producing short clinical skills videos"},
        {"future-plans", "Future plans"},
        {"confirmation", "Confirmation"},
    };

    static final String[] NOUNS = {"module team", "VLE", "template", "quiz", "video", "workshop", "student partner",
        "lecturer", "feedback", "rubric", "caption", "screen reader", "survey", "pilot", "guide", "checklist",
        "assessment", "timetable", "apprentice", "policy", "audit", "dashboard", "forum", "handbook", "portfolio"};
    static final String[] VERBS = {"reviewed", "designed", "tested", "compared", "explained", "revised", "piloted",
        "supported", "measured", "documented", "shared", "planned", "evaluated", "simplified", "introduced"};
    static final String[] ADJS = {"accessible", "short", "practical", "clear", "consistent", "mobile-friendly",
        "inclusive", "structured", "optional", "weekly", "shared", "revised", "low-stakes", "formative"};
    static final String[] LINKERS = {"Because of this", "In the spring", "With two colleagues", "After the pilot",
        "Over the semester", "At the steering group", "During the rollout", "In the debrief", "By the autumn"};

    private final Random rnd;

    GenPortfolio(long seed) {
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/GenPortfolio.java N OUT [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 20261123L;
        if (n < 1) throw new IllegalArgumentException("N must be at least 1");
        if (Files.exists(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    System.err.println(out + " exists and is not empty");
                    System.exit(2);
                }
            }
        }
        new GenPortfolio(seed).write(n, out);
    }

    void write(int n, Path out) throws IOException {
        Files.createDirectories(out.resolve("content"));
        Files.createDirectories(out.resolve("assets/evidence"));
        Files.createDirectories(out.resolve("assets/images"));
        write(out.resolve("portfolio.yml"), """
                candidate: Sam Bench
                pathway: cmalt
                target: 2027-05-31
                glossary:
                  VLE: virtual learning environment
                  UK: United Kingdom
                  GDPR: General Data Protection Regulation
                acronyms:
                  allow: [CMALT, ALT]
                """);
        for (int i = 1; i <= 6; i++) {
            write(out.resolve("assets/evidence/evidence-" + i + ".html"),
                    "<!DOCTYPE html><html lang=\"en\"><title>Evidence " + i + "</title><p>Evidence file " + i + ".</p></html>\n");
        }
        write(out.resolve("assets/images/chart.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" role="img"><title>Chart</title>\
                <rect x="10" y="10" width="60" height="80" fill="#0a4d8c"/><rect x="90" y="40" width="60" height="50" fill="#5b2a86"/></svg>
                """);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(i < SECTIONS.length
                    ? String.format("%03d-%s.md", i + 1, SECTIONS[i][0])
                    : String.format("%03d-extra-page-%d.md", i + 1, i + 1 - SECTIONS.length));
        }
        for (int i = 0; i < n; i++) {
            StringBuilder fm = new StringBuilder("---\n");
            if (i < SECTIONS.length) {
                String id = SECTIONS[i][0];
                fm.append("section: ").append(id).append('\n');
                fm.append("title: ").append(SECTIONS[i][1]).append('\n');
                fm.append("status: final\n");
                if (id.equals("core-3a")) fm.append("topic: UK GDPR\nkind: legislation\n");
                if (id.equals("core-3b")) fm.append("topic: Public Sector Bodies Accessibility Regulations 2018\nkind: legislation\n");
                if (id.startsWith("core-") || id.startsWith("specialist-")) fm.append("principles: [exploring, up-to-date]\n");
            } else {
                fm.append("title: Extra page ").append(i + 1 - SECTIONS.length).append('\n');
            }
            fm.append("---\n");
            String other = names.get(rnd.nextInt(Math.min(n, SECTIONS.length)));
            write(out.resolve("content").resolve(names.get(i)), fm + body(other));
        }
    }

    String body(String otherFile) {
        StringBuilder b = new StringBuilder();
        b.append("## Description\n\n");
        b.append(paragraph(42)).append("\n\n").append(paragraph(38)).append("\n\n");
        b.append("- ").append(sentence(9)).append('\n');
        b.append("- ").append(sentence(8)).append(" *").append(pick(ADJS)).append("*\n");
        b.append("- ").append(sentence(10)).append('\n').append('\n');
        b.append("## Evidence\n\n");
        int e1 = 1 + rnd.nextInt(6);
        int e2 = 1 + rnd.nextInt(6);
        b.append("- [Evidence report ").append(e1).append("](../assets/evidence/evidence-").append(e1)
                .append(".html): I include this as evidence because ").append(sentence(14)).append('\n');
        b.append("- [Evidence summary ").append(e2).append("](../assets/evidence/evidence-").append(e2)
                .append(".html): I include this because ").append(sentence(12)).append('\n');
        b.append("- ![Bar chart comparing two options: the first scored higher](../assets/images/chart.svg) ")
                .append(sentence(10)).append("\n\n");
        b.append("| Criterion | Weight | Option A | Option B |\n| --- | --- | --- | --- |\n");
        for (int r = 0; r < 4; r++) {
            b.append("| ").append(cap(pick(ADJS))).append(' ').append(pick(NOUNS)).append(" | ")
                    .append(5 + rnd.nextInt(20)).append(" | ").append(rnd.nextInt(10)).append(" | ")
                    .append(rnd.nextInt(10)).append(" |\n");
        }
        b.append('\n');
        b.append("## Reflection\n\n");
        b.append(paragraph(45)).append(" See also [this section](").append(otherFile).append("#reflection).\n\n");
        b.append("1. ").append(sentence(10)).append('\n');
        b.append("2. ").append(sentence(9)).append(" **").append(pick(NOUNS)).append("**\n\n");
        b.append(paragraph(40)).append("\n\n").append(paragraph(32)).append('\n');
        return b.toString();
    }

    String paragraph(int words) {
        StringBuilder p = new StringBuilder();
        int count = 0;
        while (count < words) {
            int len = 8 + rnd.nextInt(8);
            if (p.length() > 0) p.append(' ');
            if (rnd.nextInt(3) == 0) {
                p.append(pick(LINKERS)).append(", ").append(sentence(len));
            } else {
                p.append(sentence(len));
            }
            count += len + 2;
        }
        return p.toString();
    }

    String sentence(int words) {
        if (words <= 0) return "";
        StringBuilder s = new StringBuilder("I ").append(pick(VERBS)).append(" the ");
        int w = 3;
        while (w < words) {
            switch (rnd.nextInt(4)) {
                case 0 -> s.append(pick(ADJS)).append(' ');
                case 1 -> s.append(pick(NOUNS)).append(" with the ");
                case 2 -> s.append(pick(NOUNS)).append(" and ");
                default -> s.append("_").append(pick(ADJS)).append("_ ");
            }
            w += 2;
        }
        s.append(pick(NOUNS)).append('.');
        return s.toString();
    }

    private String pick(String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
