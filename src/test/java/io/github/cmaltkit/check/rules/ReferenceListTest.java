package io.github.cmaltkit.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link ReferenceList#fold}'s quick way for text without accents gives what its definition gives. */
class ReferenceListTest {

    @Test
    void everyCharacterTheQuickWayTakesFoldsAsTheDefinitionSays() {
        int quick = 0;
        for (char c = 0; c < 0x3000; c++) {
            String s = "A" + c + "b " + c + "\t\tC" + c;
            if (!ReferenceList.plain(s)) continue;
            quick++;
            assertThat(ReferenceList.fold(s)).as("U+%04X", (int) c).isEqualTo(ReferenceList.foldSlowly(s));
        }
        assertThat(quick).isEqualTo(0xC0 + (0x2027 - 0x2010 + 1));
    }

    @Test
    void accentsAndMarksAreDroppedCaseAndSpacesFolded() {
        assertThat(ReferenceList.fold("  Ébert\u00A0and  O’Neill\n(Zoë) ")).isEqualTo("ebert\u00A0and o'neill (zoe)");
        assertThat(ReferenceList.fold("Rogers’  Diffusion\tof\r\nInnovations ")).isEqualTo("rogers' diffusion of innovations");
        assertThat(ReferenceList.plain("Zoë")).isFalse();
        assertThat(ReferenceList.plain("O’Neill – “Jisc”")).isTrue();
    }
}
