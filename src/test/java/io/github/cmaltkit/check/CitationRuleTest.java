package io.github.cmaltkit.check;

import io.github.cmaltkit.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the citation rule tells the candidate: whether there is a list to add the reference to, and how to
 * cite a reference nothing mentions (the fixtures under check-fixtures/citation pin where and how severe).
 */
class CitationRuleTest {

    private static final String SETTINGS = "candidate: Alex Example\npathway: cmalt\n"
            + "rules: {missing-section: off, pathway-rule: off, principles: off, acronym: off}\n";
    private static final String CITES_HATTIE = "---\ntitle: Notes\n---\nAs Hattie (2009) showed, feedback matters.\n";

    @TempDir
    Path tmp;

    private List<String> citations(TestPortfolio portfolio) {
        return Checker.check(portfolio.read(), Rules.all(), new CheckOptions(false, new FakeWebLinks())).findings().stream()
                .filter(f -> f.rule().equals("citation"))
                .map(f -> f.severity().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    @Test
    void withNoReferenceListAnywhereTheCitationAsksForOne() {
        TestPortfolio p = TestPortfolio.at(tmp).settings(SETTINGS).file("content/notes.md", CITES_HATTIE);
        assertThat(citations(p)).containsExactly("warning content/notes.md:4:4 the citation \"Hattie (2009)\" has no reference list to "
                + "point to: add the full reference (authors, year, title, where published) to a page titled References, or a "
                + "\"## References\" part, or correct the name or year so that they match the entry");
    }

    @Test
    void anEmptyReferencesPageIsAListToAddTo() {
        TestPortfolio p = TestPortfolio.at(tmp).settings(SETTINGS).file("content/notes.md", CITES_HATTIE)
                .file("content/references.md", "---\ntitle: References\n---\n");
        assertThat(citations(p)).containsExactly("warning content/notes.md:4:4 the citation \"Hattie (2009)\" has no entry in your "
                + "reference list: add the full reference (authors, year, title, where published) to the list, or correct the name "
                + "or year so that they match the entry");
    }

    @Test
    void aReferencesPartOfASectionIsAListToAddTo() {
        TestPortfolio p = TestPortfolio.at(tmp).settings(SETTINGS).file("content/notes.md", CITES_HATTIE
                + "Aligned teaching (Biggs, 2003) too.\n\n## References\n\n- Biggs, J. (2003) *Teaching for Quality Learning at University*.\n");
        assertThat(citations(p)).containsExactly("warning content/notes.md:4:4 the citation \"Hattie (2009)\" has no entry in your "
                + "reference list: add the full reference (authors, year, title, where published) to the list, or correct the name "
                + "or year so that they match the entry");
    }

    @Test
    void anUncitedReferenceIsANoteThatShowsHowToCiteItByItsFirstAuthor() {
        TestPortfolio p = TestPortfolio.at(tmp).settings(SETTINGS).file("content/references.md",
                "---\ntitle: References\n---\n- Laurillard, D. (2012) *Teaching as a Design Science*.\n");
        assertThat(citations(p)).containsExactly("info content/references.md:4:1 this reference is never cited or mentioned outside "
                + "the reference list: cite it where it shaped your practice, e.g. (Laurillard, 2012), or link from the entry to the "
                + "section that uses it, or remove it");
    }
}
