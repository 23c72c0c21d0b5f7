package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    private static SectionFile read(String text) {
        SourceText src = SourceText.decode(text.getBytes(StandardCharsets.UTF_8));
        return SectionFile.read("content/x.md", src.text(), CMALT);
    }

    @Test
    void readsEveryContractField() {
        SectionFile f = read("---\nsection: core-3a\ntitle: Data protection in practice\nstatus: draft\n"
                + "principles: [exploring, Empathy]\ntopic: UK GDPR\nkind: legislation\n---\n## Description\nText\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.sectionId()).isEqualTo("core-3a");
        assertThat(f.title()).isEqualTo("Data protection in practice");
        assertThat(f.status()).isEqualTo("draft");
        assertThat(f.principles()).containsExactly("exploring", "empathy");
        assertThat(f.topic()).isEqualTo("UK GDPR");
        assertThat(f.kind()).isEqualTo("legislation");
        assertThat(f.body()).isEqualTo("## Description\nText\n");
        assertThat(f.bodyLine()).isEqualTo(9);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreValid() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\nsection: core-1a\r\n---\r\n## Description\r\nWe began in 2021.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        SourceText src = SourceText.decode(all);
        SectionFile f = SectionFile.read("content/x.md", src.text(), CMALT);
        assertThat(f.problems()).isEmpty();
        assertThat(f.sectionId()).isEqualTo("core-1a");
        assertThat(f.body()).isEqualTo("## Description\nWe began in 2021.\n");
        assertThat(f.bodyLine()).isEqualTo(4);
    }

    @Test
    void extraPageHasTitleButNoSection() {
        SectionFile f = read("---\ntitle: Bibliography\n---\nBooks.\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.isExtraPage()).isTrue();
        assertThat(f.isSection()).isFalse();
    }

    @Test
    void unclosedFrontMatterIsLocatedAtLineOne() {
        SectionFile f = read("---\nsection: core-1a\n## Description\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("never ends");
        });
    }

    @Test
    void invalidYamlIsLocatedAtItsLine() {
        SectionFile f = read("---\nsection: core-1a\ntitle: [unclosed\nstatus: draft\n---\nBody\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("the list that opens with \"[\" on this line is not closed");
        });
        assertThat(f.sectionId()).isEqualTo("core-1a");
        assertThat(f.status()).isEqualTo("draft");
    }

    @Test
    void missingFrontMatterIsReported() {
        SectionFile f = read("## Description\nNo header here.\n");
        assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no front matter"));
    }

    @Test
    void unknownSectionIdNamesTheValidOnes() {
        SectionFile f = read("---\nsection: core-9\n---\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("unknown section id \"core-9\"").contains("core-1a");
        });
        assertThat(f.sectionId()).isNull();
    }

    @Test
    void advancedAreaOutsideSeniorPathwayIsExplained() {
        SectionFile f = read("---\nsection: advanced-1\n---\n");
        assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Senior CMALT"));
    }

    @Test
    void valuesOfTheWrongKindAreLocated() {
        SectionFile f = read("---\nsection: [core-1a, core-1b]\nstatus: finished\nprinciples: [exploring, speed]\n---\n");
        List<Integer> lines = new ArrayList<>();
        f.problems().forEach(p -> lines.add(p.line()));
        assertThat(lines).containsExactly(2, 3, 4);
        assertThat(f.problems().get(0).message()).contains("not a list");
        assertThat(f.problems().get(1).message()).contains("unknown status");
        assertThat(f.problems().get(2).message()).contains("unknown principle \"speed\"");
    }

    @Test
    void duplicateKeysAreReported() {
        SectionFile f = read("---\nsection: core-1a\nsection: core-1b\n---\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("given twice");
        });
        assertThat(f.sectionId()).isEqualTo("core-1a");
    }

    @Test
    void nonUtf8TextSaysWhereAndWhy() {
        byte[] latin1 = "---\nsection: core-1a\n---\nCaf\u00e9 culture\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceText src = SourceText.decode(latin1);
        assertThat(src.text()).isNull();
        assertThat(src.problemLine()).isEqualTo(4);
        assertThat(src.problem()).contains("not valid UTF-8").contains("0xE9").contains("Windows-1252");
    }

    @Test
    void binaryFilesAreRecognised() {
        SourceText src = SourceText.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        assertThat(src.text()).isNull();
        assertThat(src.problem()).contains("binary");
    }
}
