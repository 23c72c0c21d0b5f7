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
    void aBadIndentIsOnePlainSentenceAtItsLineAndTheOtherKeysAreStillRead() {
        YamlMap m = parse("title: A\nsection: core-1a\n  status: draft\n", 2);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/a.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("this line is indented more than the line above it: line it up with \"section:\" on line 3");
        });
        assertThat(m.broken()).isTrue();
        assertThat(m.get("title").orElseThrow().value()).isEqualTo("A");
        assertThat(m.get("section").orElseThrow().value()).isEqualTo("core-1a");
        assertThat(m.get("status").orElseThrow().value()).isEqualTo("draft");
    }

    @Test
    void yamlMistakesAreSaidInPlainWordsAtTheLineToChange() {
        // Each case: the YAML, the line and column reported, the start of the sentence.
        String[][] cases = {
                {"candidate: Alex\npathway: cmalt\nglossary:\n  VLE: virtual\n LMS: learning\n", "5:2",
                        "this line is indented less than the line above it, but more than \"glossary:\" on line 3: line it up with \"VLE:\" on line 4"},
                {"  candidate: Alex\npathway: cmalt\n", "1:3", "this line is indented, but the settings after it are not"},
                {"candidate: Alex\n\tpathway: cmalt\n", "2:1", "this line is indented with a tab"},
                {"title: Part one: the start\nsection: core-1a\n", "1:16",
                        "the value of \"title\" contains a colon followed by a space, which YAML reads as a new setting: put the whole value in quotes, e.g. title: \"Part one: the start\""},
                {"title: \"unclosed\nsection: core-1a\n", "1:8", "the quotation mark on this line is never closed"},
                {"section core-1a\ntitle: x\n", "1:1", "this line is not a setting: write it as a name, a colon and a value"},
                {"title: [a, b\nsection: core-1a\n", "1:8", "the list that opens with \"[\" on this line is not closed"},
                {"section: core-1a\n- a\n", "2:1", "this line starts a list item"},
        };
        for (String[] c : cases) {
            problems.clear();
            YamlMap m = parse(c[0], 1);
            assertThat(problems).as(c[0]).singleElement().satisfies(p -> {
                assertThat(p.line() + ":" + p.column()).as(c[0]).isEqualTo(c[1]);
                assertThat(p.message()).as(c[0]).startsWith(c[2]).doesNotContain("<block", "expected <", "expected '", "scalar", "mapping values", "token");
            });
            assertThat(m.broken()).isTrue();
        }
    }

    @Test
    void aMistakeLeavesTheLinesAroundItReadable() {
        YamlMap m = parse("title: Part one: the start\nsection: core-1a\n", 1);
        assertThat(m.get("section").orElseThrow().value()).isEqualTo("core-1a");
        assertThat(m.get("title").orElseThrow().value()).isEqualTo("Part one: the start");
        assertThat(parse("section core-1a\ntitle: x\n", 1).get("title").orElseThrow().value()).isEqualTo("x");
    }

    @Test
    void keysInsideATopLevelMappingAreLocated() {
        YamlMap m = parse("acronyms:\n  allow: [A]\n  alow: [B]\nrules: {no-date: off}\n", 1);
        assertThat(m.keysUnder("acronyms")).containsExactly(new YamlMap.Key("allow", 2, 3), new YamlMap.Key("alow", 3, 3));
        assertThat(m.keysUnder("rules")).containsExactly(new YamlMap.Key("no-date", 4, 9));
        assertThat(m.keysUnder("missing")).isEmpty();
        assertThat(m.broken()).isFalse();
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
            assertThat(p.message()).isEqualTo("the YAML cannot be read: a setting's name is a list or a group, where it should be a plain word before the colon");
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
