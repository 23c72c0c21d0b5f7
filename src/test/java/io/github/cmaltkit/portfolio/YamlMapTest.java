package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit's reading of YAML: values as plain Java, every entry located, every mistake at its line. */
class YamlMapTest {

    final List<Problem> problems = new ArrayList<>();

    YamlMap parse(String yaml, int firstLine) {
        return YamlMap.parse(yaml, "content/a.md", firstLine, problems);
    }

    @Test
    void scalarsListsAndMapsBecomeStringsListsAndMaps() {
        YamlMap m = parse("a: text\nb: [x, 'y', 3]\nc:\n  d: 1\n  e: [f]\nempty:\ntilde: ~\nnul: null\nquoted: ''\nNULL: NULL\n", 1);
        assertThat(problems).isEmpty();
        assertThat(m.get("a").orElseThrow().value()).isEqualTo("text");
        assertThat(m.get("b").orElseThrow().value()).isEqualTo(List.of("x", "y", "3"));
        assertThat(m.get("c").orElseThrow().value()).isEqualTo(Map.of("d", "1", "e", List.of("f")));
        assertThat(m.get("empty").orElseThrow().value()).isNull();
        assertThat(m.get("tilde").orElseThrow().value()).isNull();
        assertThat(m.get("nul").orElseThrow().value()).isNull();
        assertThat(m.get("NULL").orElseThrow().value()).isNull();
        assertThat(m.get("quoted").orElseThrow().value()).isEqualTo("");
        assertThat(m.has("empty")).isTrue();
        assertThat(m.has("missing")).isFalse();
        assertThat(m.get("missing")).isEmpty();
        assertThat(parse("q: 'null'\nr: \"~\"\ns: Null\n", 1).get("q").orElseThrow().value()).isEqualTo("null");
        assertThat(parse("r: \"~\"\n", 1).get("r").orElseThrow().value()).isEqualTo("~");
        assertThat(parse("s: Null\n", 1).get("s").orElseThrow().value()).isNull();
    }

    @Test
    void entriesKnowTheLineAndColumnOfKeyAndValueCountedFromTheFirstLine() {
        YamlMap m = parse("title: A\nprinciples:\n  - exploring\n", 2);
        YamlMap.Entry title = m.get("title").orElseThrow();
        assertThat(List.of(title.line(), title.column(), title.valueLine(), title.valueColumn())).containsExactly(2, 1, 2, 8);
        YamlMap.Entry principles = m.get("principles").orElseThrow();
        assertThat(List.of(principles.line(), principles.valueLine(), principles.valueColumn())).containsExactly(3, 4, 3);
    }

    @Test
    void aSyntaxErrorIsOneProblemAtItsLineAndTheMapIsEmpty() {
        YamlMap m = parse("title: A\nsection: core-1a\n  bad: indent\n", 2);
        assertThat(m.get("title")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/a.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.message()).startsWith("the YAML is not valid: ").contains("Check the indentation");
        });
    }

    @Test
    void aDocumentThatIsNotAMappingIsLocated() {
        YamlMap m = parse("\n- a\n- b\n", 5);
        assertThat(m.get("a")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("\"key: value\"");
        });
        problems.clear();
        assertThat(parse("just words\n", 1).has("just words")).isFalse();
        assertThat(problems).hasSize(1);
    }

    @Test
    void anEmptyDocumentIsAnEmptyMapWithoutProblems() {
        assertThat(parse("", 1).has("x")).isFalse();
        assertThat(parse("# only a comment\n", 1).has("x")).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void aKeyGivenTwiceIsReportedAtTheSecondAndTheFirstIsKept() {
        YamlMap m = parse("title: A\nstatus: draft\ntitle: B\n", 1);
        assertThat(m.get("title").orElseThrow().value()).isEqualTo("A");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("\"title\" is given twice (first on line 1); keep one");
        });
    }

    @Test
    void aKeyThatIsNotTextIsAProblemOfItsLine() {
        YamlMap m = parse("title: A\n? [a, b]\n: x\n", 3);
        assertThat(m.has("title")).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("the YAML is not valid: ");
        });
    }

    @Test
    void nestingTooDeepIsRefusedForThatKeyOnly() {
        String deep = "[".repeat(200) + "]".repeat(200);
        YamlMap m = parse("title: A\nitems: " + deep + "\nstatus: draft\n", 1);
        assertThat(m.get("title")).isPresent();
        assertThat(m.get("status")).isPresent();
        assertThat(m.get("items")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("the value of \"items\" is nested too deeply");
        });
        problems.clear();
        String deepMap = "{a: ".repeat(200) + "x" + "}".repeat(200);
        assertThat(parse("m: " + deepMap + "\n", 1).get("m")).isEmpty();
        assertThat(problems).hasSize(1);
        problems.clear();
        String deepKey = "{" + "[".repeat(200) + "]".repeat(200) + ": x}";
        assertThat(parse("k: " + deepKey + "\n", 1).get("k")).isEmpty();
        assertThat(problems).hasSize(1);
    }

    @Test
    void nestingJustInsideTheLimitIsRead() {
        int levels = 50;
        String nested = "[".repeat(levels) + "x" + "]".repeat(levels);
        YamlMap m = parse("items: " + nested + "\n", 1);
        assertThat(problems).isEmpty();
        Object v = m.get("items").orElseThrow().value();
        for (int i = 1; i < levels; i++) v = ((List<?>) v).get(0);
        assertThat(v).isEqualTo(Arrays.asList("x"));
        String oneMore = "[".repeat(levels + 1) + "x" + "]".repeat(levels + 1);
        assertThat(parse("items: " + oneMore + "\n", 1).get("items")).isEmpty();
        assertThat(problems).hasSize(1);
    }
}
