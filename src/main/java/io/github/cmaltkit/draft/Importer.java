package io.github.cmaltkit.draft;

import io.github.cmaltkit.KitCommand;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.Scaffold;
import io.github.cmaltkit.portfolio.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cmalt import}: reads a draft, sorts it into the pathway's sections and writes a portfolio
 * folder of the shape {@code init} writes, with a report of where every heading went and whether the
 * words, links and images of the draft all arrived. The draft and its folder are only read.
 */
public final class Importer {

    /**
     * @param pathway   a pathway id, or null to guess it from the headings
     * @param candidate the candidate's name, or null (the draft's author, else a placeholder)
     * @param into      the portfolio folder to write; must not exist or be empty
     * @param report    where the report goes (target/import-report.txt)
     */
    public record Options(String pathway, String candidate, Path into, Path report) {
    }

    /**
     * What was done.
     *
     * @param lines      the report, as printed and written
     * @param matchedNone no heading named a section: the whole draft is on one page
     */
    public record Result(Path into, String pathway, List<String> files, List<String> lines, boolean matchedNone,
                         List<String> missing) {
    }

    private static final Pattern ANCHOR_LINK = Pattern.compile("(!?)\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(" + Pattern.quote(Draft.ANCHOR) + "(\\d+)(#[^)\\s]*)?\\)");
    private static final Pattern NOTE = Pattern.compile(Draft.NOTE_START + "([^" + Draft.NOTE_END + "]*)" + Draft.NOTE_END);

    private Importer() {
    }

    public static Result run(Path draftPath, Options o) throws IOException, ImportRefusedException {
        if (!Files.exists(draftPath)) throw new ImportRefusedException(draftPath + " does not exist: name a .docx, .html or .md file, or a folder of pages");
        refuseTarget(draftPath, o.into());
        if (o.report() != null && Files.isDirectory(draftPath)
                && o.report().toAbsolutePath().normalize().startsWith(draftPath.toAbsolutePath().normalize())) {
            throw new ImportRefusedException("the report " + o.report() + " would be written inside the draft's folder " + draftPath
                    + ", which the import never writes to: run the import from another folder");
        }
        if (o.pathway() != null && Pathways.find(o.pathway()).isEmpty()) {
            throw new ImportRefusedException("unknown pathway \"" + o.pathway() + "\": use one of " + String.join(", ", Pathways.IDS));
        }
        Draft draft = Readers.read(draftPath);

        String pathwayId = o.pathway();
        String guessNote = null;
        if (pathwayId == null) {
            pathwayId = "cmalt";
            SectionMatcher senior = new SectionMatcher(Pathways.get("senior"));
            for (Draft.Block b : draft.blocks) {
                if (b instanceof Draft.Heading h) {
                    SectionMatcher.Match m = senior.match(h.text(), null);
                    if (m != null && m.group() != null && m.group().repeat() != null && m.group().repeat().prefix().startsWith("advanced")) {
                        pathwayId = "senior";
                        guessNote = "pathway senior, guessed from the heading \"" + h.text() + "\" (give --pathway to choose another)";
                        break;
                    }
                }
            }
            if (guessNote == null) guessNote = "pathway cmalt, guessed: no heading names an advanced area (give --pathway associate or senior to choose another)";
        }
        Pathway pathway = Pathways.get(pathwayId);
        Assembler a = new Assembler(pathway);
        a.assemble(draft);

        Set<String> written = new HashSet<>();
        for (Page p : a.pages) if (p.isSection()) written.add(p.sectionId);
        List<String> order = new ArrayList<>(pathway.slotIds(written));
        a.pages.removeIf(p -> p.isEmpty() && !p.isSection());
        Map<String, String> glossary = a.glossary();
        long wordsInGlossary = 0;
        for (Page p : List.copyOf(a.pages)) {
            if (!p.isSection() && Glossary.isGlossaryTitle(p.title) && Glossary.onlyEntries(p.blocks)) {
                // its entries are portfolio.yml's glossary, which the site shows as a page of its own
                Counts c = new Counts();
                c.addMarkdown(Markdown.parse(String.join("\n\n", p.blocks)));
                wordsInGlossary += c.words;
                p.file = Settings.FILE + " (glossary:)";
                a.pages.remove(p);
            }
        }
        Set<String> names = new HashSet<>();
        for (Page p : a.pages) {
            String name = p.isSection() ? String.format("%02d-%s.md", order.indexOf(p.sectionId) + 1, p.sectionId) : slug(p.title) + ".md";
            for (int n = 2; !names.add(name); n++) name = slug(p.title) + "-" + n + ".md";
            p.file = "content/" + name;
        }

        List<String> unresolved = new ArrayList<>();
        Map<Page, String> bodies = new LinkedHashMap<>();
        for (Page p : a.pages) bodies.put(p, notes(links(String.join("\n\n", p.blocks), p, draft, a, unresolved), draft));

        String candidate = o.candidate() != null ? o.candidate() : draft.meta.get("author");
        Path into = o.into();
        Files.createDirectories(into);
        List<String> files = new ArrayList<>(Scaffold.writeSettings(into, pathwayId, candidate, glossary));
        Counts portfolio = new Counts();
        for (var e : bodies.entrySet()) {
            Page p = e.getKey();
            String text = frontMatter(p) + e.getValue().strip() + "\n";
            Files.writeString(into.resolve(p.file), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            files.add(p.file);
            portfolio.addMarkdown(Markdown.parse(e.getValue()));
        }
        for (var e : draft.assets.entrySet()) {
            Path target = into.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            if (e.getValue().file() != null) Files.copy(e.getValue().file(), target);
            else Files.write(target, e.getValue().bytes(), StandardOpenOption.CREATE_NEW);
            files.add(e.getKey());
        }

        List<String> lines = report(draftPath, into, pathway, guessNote, draft, a, portfolio, unresolved, wordsInGlossary);
        if (o.report() != null) {
            if (o.report().getParent() != null) Files.createDirectories(o.report().getParent());
            Files.writeString(o.report(), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        return new Result(into, pathwayId, files, lines, a.matchedNone, a.missing());
    }

    private static void refuseTarget(Path draft, Path into) throws IOException, ImportRefusedException {
        if (Files.isDirectory(into)) {
            try (var s = Files.list(into)) {
                if (s.findAny().isPresent()) {
                    throw new ImportRefusedException(into + " already exists and is not empty: name a new folder with --into DIR, or move that one away");
                }
            }
        } else if (Files.exists(into)) {
            throw new ImportRefusedException(into + " is a file, not a folder: name a new folder with --into DIR");
        }
        Path folder = (Files.isDirectory(draft) ? draft : draft.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        Path target = into.toAbsolutePath().normalize();
        if (Files.isDirectory(draft) && target.startsWith(folder)) {
            throw new ImportRefusedException(into + " is inside the draft's folder " + draft + ", which the import never writes to: name a folder elsewhere with --into DIR");
        }
    }

    /** Links to headings of the draft become links to the files those headings went to. */
    private static String links(String markdown, Page page, Draft draft, Assembler a, List<String> unresolved) {
        Map<String, Draft.Heading> byAnchor = new LinkedHashMap<>();
        for (Draft.Block b : draft.blocks) if (b instanceof Draft.Heading h) for (String an : h.anchors()) byAnchor.putIfAbsent(an, h);
        Matcher m = ANCHOR_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String anchor = draft.anchorOf(Draft.ANCHOR + m.group(3));
            String frag = m.group(4);
            Draft.Heading h = anchor == null ? null : byAnchor.get(anchor + (frag == null ? "" : frag));
            if (h == null && frag != null) h = anchor == null ? null : byAnchor.get(anchor);
            Page target = h == null ? null : a.pageOf(h);
            String replacement;
            if (target == null) {
                unresolved.add(page.file + ": the link \"" + MarkdownText.plain(m.group(2)) + "\" points at " + (anchor == null ? "nothing" : "\"" + anchor + "\"")
                        + ", which is no heading of the draft: its text is kept without the link");
                replacement = m.group(2);
            } else {
                String part = a.partOf(h);
                String wantFrag = part != null ? "#" + part
                        : frag != null && frag.matches("#(description|evidence|reflection)") && target.blocks.contains("## " + Character.toUpperCase(frag.charAt(1)) + frag.substring(2)) ? frag : "";
                String dest = target.file.substring("content/".length()) + wantFrag;
                replacement = m.group(1) + "[" + m.group(2) + "](" + dest + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Note references become [1], [2] … and the notes a numbered list at the page's end. */
    private static String notes(String markdown, Draft draft) {
        Matcher m = NOTE.matcher(markdown);
        StringBuilder out = new StringBuilder();
        List<String> list = new ArrayList<>();
        while (m.find()) {
            String note = draft.notes.getOrDefault(m.group(1), "");
            list.add(note.replaceAll("\\s*\n\\s*", " ").strip());
            m.appendReplacement(out, Matcher.quoteReplacement("\\[" + list.size() + "\\]"));
        }
        m.appendTail(out);
        if (!list.isEmpty()) {
            out.append("\n\n");
            for (int i = 0; i < list.size(); i++) out.append(i + 1).append(". ").append(list.get(i).isEmpty() ? "(an empty note)" : list.get(i)).append('\n');
        }
        return out.toString();
    }

    private static String frontMatter(Page p) {
        StringBuilder b = new StringBuilder("---\n");
        if (p.isSection()) b.append("section: ").append(p.sectionId).append('\n');
        b.append("title: ").append(quoted(p.title)).append('\n');
        if (p.isSection()) {
            b.append("status: ").append(p.fields.getOrDefault("status", "draft")).append('\n');
            Object pr = p.fields.get("principles");
            b.append("principles: [").append(pr instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "").append("]\n");
            if (p.fields.get("topic") != null) b.append("topic: ").append(quoted(String.valueOf(p.fields.get("topic")))).append('\n');
            if (p.fields.get("kind") != null) b.append("kind: ").append(p.fields.get("kind")).append('\n');
        }
        return b.append("---\n").toString();
    }

    private static String quoted(String s) {
        return "\"" + s.replaceAll("\\s+", " ").strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? "page" : s;
    }

    private static List<String> report(Path draftPath, Path into, Pathway pathway, String guessNote, Draft draft, Assembler a,
                                       Counts portfolio, List<String> unresolved, long wordsInGlossary) {
        List<String> r = new ArrayList<>();
        r.add("Imported " + draftPath + " into " + into + " (" + (guessNote != null ? guessNote : "pathway " + pathway.id()) + ").");
        r.add("");
        r.add("Headings of the draft, and where each went:");
        if (a.placements.isEmpty()) r.add("  (the draft has no headings)");
        for (Assembler.Placement pl : a.placements) {
            Page p = pl.page();
            String where = p.file == null ? "nowhere: it has no text of its own before the next heading" : p.file;
            String how;
            if ("group".equals(pl.as())) how = p.file == null ? "" : " (extra page: the group's own text)";
            else if (!where.startsWith("content/")) how = "";
            else if (pl.as() != null) how = " as " + pl.as().replaceFirst("^(#+) .*", "$1 ") + (pl.as().startsWith("## ") && Parts.of(pl.as().substring(3)) != null ? pl.as().substring(3) : "sub-heading");
            else how = p.isSection() ? " (section " + p.sectionId + ")" : " (extra page)";
            r.add("  " + "#".repeat(Math.max(1, pl.heading().level())) + " " + pl.heading().text() + "  →  " + where + how);
        }
        if (a.matchedNone) {
            r.add("");
            r.add("No heading names a section of the " + pathway.name() + " pathway, so the whole draft is on one page, \""
                    + Assembler.FALLBACK_TITLE + "\". The headings looked for (any case, numbering or punctuation):");
            for (String s : a.matcher().lookedFor()) r.add("  " + s);
        }
        List<String> missing = a.missing();
        if (!missing.isEmpty() && !a.matchedNone) {
            r.add("");
            r.add("The " + pathway.name() + " pathway also needs: " + String.join(", ", missing)
                    + " (no heading of the draft names them; `" + KitCommand.LAUNCHER + " init " + into + "` adds a file for each).");
        }
        r.add("");
        r.add("The draft against the portfolio (words outside headings):");
        long inFront = a.wordsInFrontMatter;
        List<String> why = new ArrayList<>();
        if (inFront > 0) why.add(inFront + " words of \"Principles:\" lines are in front matter (principles:), not in the text");
        if (wordsInGlossary > 0) why.add(wordsInGlossary + " words of the glossary are in portfolio.yml (glossary:)");
        r.add(compare("words", draft.counts.words, portfolio.words, inFront + wordsInGlossary, String.join("; ", why)));
        r.add(compare("links", draft.counts.links, portfolio.links, unresolved.size(),
                unresolved.size() + " links to no heading of the draft kept their text only"));
        r.add(compare("images", draft.counts.images, portfolio.images, 0, ""));
        if (!unresolved.isEmpty() || !draft.remarks.isEmpty() || draft.commentsDropped > 0) {
            r.add("");
            r.add("Left out or changed:");
            if (draft.commentsDropped > 0) r.add("  " + draft.commentsDropped + " comment" + (draft.commentsDropped == 1 ? "" : "s") + " dropped (comments are not part of a portfolio)");
            for (String s : draft.remarks) r.add("  " + s);
            for (String s : unresolved) r.add("  " + s);
        }
        return r;
    }

    /** One count of the draft against the portfolio: they agree, or the differences are named. */
    private static String compare(String what, long draft, long portfolio, long explained, String why) {
        String head = String.format("  %-9s%d in the draft, %d in the portfolio", what + ":", draft, portfolio);
        if (draft == portfolio) return head + ": they agree";
        List<String> parts = new ArrayList<>();
        long left = draft - portfolio;
        if (explained != 0 && Long.signum(explained) == Long.signum(left)) {
            parts.add(why);
            left -= explained;
        }
        if (left != 0) {
            parts.add(Math.abs(left) + " " + what + (left > 0 ? " of the draft are not in the portfolio" : " in the portfolio are not in the draft")
                    + ": compare the two, please, and report it if the import lost them");
        }
        return head + ": " + String.join("; ", parts);
    }
}
