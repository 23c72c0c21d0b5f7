package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a section file tells beyond its front matter: whether it is written, which keys are unknown, its section when the front matter is broken. */
class SectionFileTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    private static SectionFile read(String text) {
        return SectionFile.read("content/x.md", text, CMALT);
    }

    @Test
    void everyFileThatInitWritesIsNotWrittenYet(@TempDir Path tmp) throws Exception {
        for (String pathway : Pathways.IDS) {
            Path dir = tmp.resolve(pathway);
            Scaffold.init(dir, pathway, "Jo Bloggs");
            Portfolio p = Portfolio.read(dir);
            assertThat(p.sections()).isNotEmpty().allSatisfy(f -> assertThat(f.written()).as(f.path()).isFalse());
        }
    }

    @Test
    void aSentenceUnderAnInitPromptMakesTheSectionWritten(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("p");
        Scaffold.init(dir, "cmalt", "Jo Bloggs");
        Path core1a = dir.resolve("content/02-core-1a.md");
        Files.writeString(core1a, Files.readString(core1a).replace("## Evidence", "In 2024 I moved our courses to a new VLE.\n\n## Evidence"));
        Portfolio p = Portfolio.read(dir);
        assertThat(p.section("core-1a").orElseThrow().written()).isTrue();
        assertThat(p.section("core-1b").orElseThrow().written()).isFalse();
    }

    @Test
    void onlyHeadingsCommentsAndBlankLinesAreNotWriting() {
        assertThat(read("---\nsection: core-1a\n---\n").written()).isFalse();
        assertThat(read("---\nsection: core-1a\n---\n## Description\n\n### Context\n<!-- prompt\n  more -->\n\nReflection\n----------\n").written()).isFalse();
        assertThat(read("---\nsection: core-1a\n---\n## Description\nI did it.\n").written()).isTrue();
        assertThat(read("---\nsection: core-1a\n---\n<!-- prompt --> but this is text\n").written()).isTrue();
        assertThat(read("---\nsection: core-1a\n---\n- [Report](a.pdf)\n").written()).isTrue();
        assertThat(read("---\nsection: core-1a\n---\n#hashtag is not a heading\n").written()).isTrue();
        assertThat(SectionFile.unreadable("content/x.md", "binary", 1).written()).isFalse();
    }

    @Test
    void unknownFrontMatterKeysAreLocatedWithTheClosestKnownOne() {
        SectionFile f = read("---\nsection: core-1a\ntitel: Mine\nrating: strong\ntags: [a]\nmood: happy\n---\nText\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.title()).isNull();
        assertThat(f.unknownKeys()).extracting(Problem::located).containsExactly(
                "content/x.md:3:1: \"titel\" is not a front-matter setting the kit knows, so it is ignored: did you mean \"title\"?",
                "content/x.md:6:1: \"mood\" is not a front-matter setting the kit knows, so it is ignored; the kit reads "
                        + "section, title, status, principles, topic, kind, rating, revisions, tags");
    }

    @Test
    void aBrokenFrontMatterStillSaysWhichSectionTheFileIs() {
        SectionFile f = read("---\nsection: core-1b\ntitle: Part one: the start\nstatus: draft\n---\n## Description\nText\n");
        assertThat(f.sectionId()).isEqualTo("core-1b");
        assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.located()).startsWith("content/x.md:3:"));

        SectionFile badSectionLine = read("---\nsection: core-1b\n  title: x: y\n---\nText\n");
        assertThat(badSectionLine.sectionId()).isEqualTo("core-1b");
        assertThat(badSectionLine.isExtraPage()).isFalse();

        SectionFile neverEnds = read("---\nsection: core-2a\ntitle: Mine\n## Description\nI wrote this.\n");
        assertThat(neverEnds.sectionId()).isEqualTo("core-2a");
        assertThat(neverEnds.entry("section").orElseThrow().line()).isEqualTo(2);
        assertThat(neverEnds.problems()).extracting(Problem::message).anyMatch(m -> m.contains("never ends"));
        assertThat(neverEnds.written()).as("its text is not known, so it is not called unwritten").isTrue();
    }

    @Test
    void aBrokenFrontMatterIsNotAlsoAMissingSection(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("p");
        Scaffold.init(dir, "cmalt", "Jo Bloggs");
        Path core1a = dir.resolve("content/02-core-1a.md");
        Files.writeString(core1a, Files.readString(core1a).replaceFirst("title: \"([^\"]*)\"", "title: \"$1"));
        Portfolio p = Portfolio.read(dir);
        assertThat(p.missing()).isEmpty();
        assertThat(p.section("core-1a").orElseThrow().problems()).singleElement()
                .satisfies(pr -> assertThat(pr.located()).startsWith("content/02-core-1a.md:3:8: the quotation mark on this line is never closed"));
    }
}
