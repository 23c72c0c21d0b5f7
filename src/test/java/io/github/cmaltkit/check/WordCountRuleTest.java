package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import org.junit.jupiter.api.Test;

/** What the word-count finding tells the candidate to do: the fixtures pin where it is, these what it says. */
class WordCountRuleTest {

    private static Finding wordCount(String fixture) {
        return Checker.check(TestPortfolio.read(CheckFixtures.ROOT.resolve(fixture)), Rules.all(), CheckOptions.defaults()).findings().stream()
                .filter(f -> f.rule().equals("word-count")).findFirst().orElseThrow();
    }

    // The fixtures' future plans are 150 and 520 words of body text (wc -w, less the front matter's 8).
    @Test
    void aShortSectionIsToldHowManyWordsToAdd() {
        assertThat(wordCount("word-count/too-short").message())
                .isEqualTo("this section has 150 words; the guidance asks for 200–500 words: write 50 more");
    }

    @Test
    void aLongSectionIsToldHowManyWordsToCut() {
        assertThat(wordCount("word-count/too-long").message())
                .isEqualTo("this section has 520 words; the guidance asks for 200–500 words: cut 20 words");
    }
}
