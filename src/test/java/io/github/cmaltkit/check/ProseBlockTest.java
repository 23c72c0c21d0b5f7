package io.github.cmaltkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathways;
import io.github.cmaltkit.portfolio.SectionFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A block read as prose: which characters an {@code <abbr>} explains, which are image descriptions, where each one is. */
class ProseBlockTest {

    private static Page page(String body) {
        return Page.of(SectionFile.read("content/x.md", "---\ntitle: T\n---\n" + body, Pathways.get("cmalt")), Pathways.get("cmalt"));
    }

    @Test
    void anAbbrTitleCoversExactlyTheCharactersInsideTheElement() {
        ProseBlock b = page("Our VLE<abbr title=\"Virtual Learning Environment\">VLE</abbr> use.\n").prose().get(0);
        // "Our VLE" + a space for <abbr> + "VLE" + a space for </abbr> + " use."
        assertThat(b.text()).isEqualTo("Our VLE VLE  use.");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < b.text().length(); i++) titles.add(b.abbrTitleAt(i));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < b.text().length(); i++) expected.add(i >= 8 && i <= 10 ? "Virtual Learning Environment" : null);
        assertThat(titles).isEqualTo(expected);
    }

    @Test
    void imageDescriptionsAreMarkedAndNotCountedAsWords() {
        Page page = page("Some *stressed* words ![a *described* image](p.png) after.\n");
        ProseBlock b = page.prose().get(0);
        assertThat(b.text()).isEqualTo("Some stressed words a described image after.");
        int from = b.text().indexOf("a described");
        int to = b.text().indexOf(" after");
        for (int i = 0; i < b.text().length(); i++) assertThat(b.isImageText(i)).as("character %d", i).isEqualTo(i >= from && i < to);
        assertThat(page.words()).isEqualTo(4);
    }

    @Test
    void positionsOutsideTheTextAreThoseOfItsEnds() {
        ProseBlock b = page("Hello.\n").prose().get(0);
        assertThat(b.at(-3)).isEqualTo(new Position(4, 1));
        assertThat(b.at(6)).isEqualTo(new Position(4, 6));
        assertThat(b.at(100)).isEqualTo(new Position(4, 6));
    }

    @Test
    void anEmptyHeadingHasAPositionAllTheSame() {
        ProseBlock b = page("#\n").prose().get(0);
        assertThat(b.text()).isEmpty();
        assertThat(b.at(0)).isEqualTo(new Position(1, 1));
    }
}
