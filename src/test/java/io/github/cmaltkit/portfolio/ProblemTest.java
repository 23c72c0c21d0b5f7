package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems are located the way editors read them; front matter is split where it ends. */
class ProblemTest {

    @Test
    void locatedReadsLikeACompilerMessage() {
        assertThat(Problem.at("content/a.md", 3, 7, "bad").located()).isEqualTo("content/a.md:3:7: bad");
        assertThat(new Problem("content/a.md", 3, null, "bad").located()).isEqualTo("content/a.md:3: bad");
        assertThat(Problem.inFile("content/a.md", "bad").located()).isEqualTo("content/a.md: bad");
        assertThat(new Problem(null, 3, 7, "bad").located()).isEqualTo("bad");
        assertThat(Problem.inFile("x", "m")).isEqualTo(new Problem("x", null, null, "m"));
    }

    @Test
    void principlesByTheirFrontMatterWords() {
        assertThat(Principle.all()).extracting(Principle::id).containsExactly("exploring", "up-to-date", "empathy", "disseminate");
        assertThat(Principle.of("empathy")).contains(Principle.EMPATHY);
        assertThat(Principle.of("Empathy")).isEmpty();
        assertThat(Principle.of("kindness")).isEmpty();
        assertThat(Principle.UP_TO_DATE.label()).isEqualTo("Keeping up to date with new technologies");
    }

    @Test
    void frontMatterEndsAtTheFirstDashesOrDotsLine() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter f = FrontMatter.split("---\nsection: core-1a\n...\n## Body\n", "a.md", problems);
        assertThat(f.present()).isTrue();
        assertThat(f.body()).isEqualTo("## Body\n");
        assertThat(f.bodyLine()).isEqualTo(4);
        assertThat(f.values().get("section")).isNotNull();
        assertThat(problems).isEmpty();

        FrontMatter trailing = FrontMatter.split("--- \ntitle: A\n---   \nText", "a.md", problems);
        assertThat(trailing.present()).isTrue();
        assertThat(trailing.body()).isEqualTo("Text");
        assertThat(trailing.bodyLine()).isEqualTo(4);

        FrontMatter noBody = FrontMatter.split("---\ntitle: A\n---", "a.md", problems);
        assertThat(noBody.body()).isEmpty();
        assertThat(noBody.bodyLine()).isEqualTo(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutOpeningDashesTheWholeTextIsTheBody() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter f = FrontMatter.split("## Title\n---\n", "a.md", problems);
        assertThat(f.present()).isFalse();
        assertThat(f.body()).isEqualTo("## Title\n---\n");
        assertThat(f.bodyLine()).isEqualTo(1);
        assertThat(FrontMatter.split("----\nx: 1\n----\n", "a.md", problems).present()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnclosedBlockIsOneProblemAtLineOne() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter f = FrontMatter.split("---\nsection: core-1a\ntitle: A\n", "content/a.md", problems);
        assertThat(f.present()).isTrue();
        assertThat(f.body()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/a.md");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).startsWith("the front matter starts with \"---\" on line 1 but never ends");
        });
        List<Problem> alone = new ArrayList<>();
        assertThat(FrontMatter.split("---", "b.md", alone).present()).isTrue();
        assertThat(alone).hasSize(1);
    }
}
