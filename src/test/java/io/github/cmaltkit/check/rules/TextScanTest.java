package io.github.cmaltkit.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextScanTest {

    @Test
    void aNeedleIsFoundInAnyLetterCaseAsLowerCasingWouldFindIt() {
        String[] texts = {"", ".", "www.", "see WWW.example.org", "Www.x", "ww.w.", "a.b.c", "the www", "doi:10.1/x", "DOI: 10", "do:i", "x.www.", "w.ww."};
        for (String t : texts) {
            for (String needle : new String[] {"www.", "doi:"}) {
                assertThat(TextScan.holdsAnyCase(t, needle)).as("%s in %s", needle, t)
                        .isEqualTo(t.toLowerCase(Locale.ROOT).contains(needle));
            }
        }
    }
}
