package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading pathway data (the YAML under src/main/resources/pathways, as maps): defaults, counted
 * repeats and their ids. {@link Pathways#parse} is tested directly because {@link Pathways#get}
 * holds only the kit's own pathways, read once when the kit starts.
 */
class PathwayDataTest {

    static final Map<String, Object> DATA = Map.of(
            "name", " Test pathway ",
            "long-name", "A pathway for tests",
            "provisional", true,
            "provisional-note", "not checked",
            "source", "made up",
            "groups", List.of(
                    Map.of("title", "First", "sections", List.of(
                            Map.of("id", "contextual-statement", "title", "Context", "assessed", false),
                            Map.of("id", "core-1a", "title", "One A", "required", false, "words", Map.of("min", 10, "max", 20)))),
                    Map.of("title", "Topics", "guidance", "two at least", "repeat", Map.of(
                            "prefix", "core-3", "numbering", "letters", "min", 2, "titles", List.of("Law", "Policy"),
                            "title", "Further", "kinds", List.of(Map.of("kinds", List.of("legislation"), "min", 1, "explain", "a law")))),
                    Map.of("title", "Options", "repeat", Map.of("prefix", "specialist-", "numbering", "numbers", "min", 1, "title", "Option"))));

    @Test
    void everyFieldIsReadAndDefaultsApply() {
        Pathway p = Pathways.parse("test", DATA);
        assertThat(p.id()).isEqualTo("test");
        assertThat(p.name()).isEqualTo("Test pathway");
        assertThat(p.longName()).isEqualTo("A pathway for tests");
        assertThat(p.provisional()).isTrue();
        assertThat(p.provisionalNote()).isEqualTo("not checked");
        assertThat(p.source()).isEqualTo("made up");
        assertThat(p.groups()).extracting(Pathway.Group::title).containsExactly("First", "Topics", "Options");
        assertThat(p.groups().get(1).guidance()).isEqualTo("two at least");
        assertThat(p.groups().get(0).guidance()).isNull();

        SectionSpec context = p.spec("contextual-statement").orElseThrow();
        assertThat(context.assessed()).isFalse();
        assertThat(context.required()).isTrue();
        SectionSpec oneA = p.spec("core-1a").orElseThrow();
        assertThat(oneA.assessed()).isTrue();
        assertThat(oneA.required()).isFalse();
        assertThat(oneA.group()).isEqualTo("First");
        assertThat(List.of(oneA.minWords(), oneA.maxWords())).containsExactly(10, 20);
        assertThat(context.minWords()).isZero();

        assertThat(p.requiredIds()).containsExactly("contextual-statement", "core-3a", "core-3b", "specialist-1");
        Pathway.Repeat topics = p.groups().get(1).repeat();
        assertThat(topics.letters()).isTrue();
        assertThat(topics.kinds()).singleElement().satisfies(k -> {
            assertThat(k.kinds()).containsExactly("legislation");
            assertThat(k.min()).isEqualTo(1);
            assertThat(k.explain()).isEqualTo("a law");
        });
        assertThat(p.groups().get(2).repeat().letters()).isFalse();
        assertThat(p.groups().get(2).repeat().titles()).isEmpty();
    }

    @Test
    void aPathwayWithoutProvisionalIsNotProvisional() {
        Pathway p = Pathways.parse("x", Map.of("name", "X", "groups", List.of()));
        assertThat(p.provisional()).isFalse();
        assertThat(p.groups()).isEmpty();
        assertThat(p.requiredIds()).isEmpty();
        assertThat(p.toString()).contains("x");
    }

    @Test
    void repeatedSlotsAreNumberedAndTitled() {
        Pathway p = Pathways.parse("test", DATA);
        Pathway.Repeat topics = p.groups().get(1).repeat();
        assertThat(List.of(topics.idOf(1), topics.idOf(3), topics.numberOf("core-3c"), topics.numberOf("core-3"), topics.numberOf("core-3ab")))
                .containsExactly("core-3a", "core-3c", 3, 0, 0);
        assertThat(List.of(topics.titleOf(1), topics.titleOf(2), topics.titleOf(3))).containsExactly("Law", "Policy", "Further");
        Pathway.Repeat options = p.groups().get(2).repeat();
        assertThat(List.of(options.idOf(12), options.numberOf("specialist-12"), options.numberOf("specialist-0"),
                options.numberOf("specialist-1000"), options.numberOf("specialist-x"), options.numberOf(null)))
                .containsExactly("specialist-12", 12, 0, 0, 0, 0);
        assertThat(topics.numberOf("core-3z")).isEqualTo(26);
        assertThat(topics.numberOf("core-3A")).isZero();
    }

    @Test
    void writtenOptionalSlotsAndOrder() {
        Pathway p = Pathways.parse("test", DATA);
        List<String> written = List.of("core-3d", "specialist-3");
        assertThat(p.slotIds(written)).containsExactly("contextual-statement", "core-1a", "core-3a", "core-3b", "core-3d", "specialist-1", "specialist-3");
        assertThat(p.order(written)).containsEntry("core-3d", 4);
        assertThat(p.order(written)).containsEntry("contextual-statement", 0);
        assertThat(p.order(written)).doesNotContainKey("core-3c");
        assertThat(p.spec("core-3d").orElseThrow().required()).isFalse();
        assertThat(p.spec("core-3b").orElseThrow().required()).isTrue();
        assertThat(p.groupOf("specialist-7")).map(Pathway.Group::title).contains("Options");
        assertThat(p.groupOf("core-1a")).map(Pathway.Group::title).contains("First");
        assertThat(p.groupOf("advanced-1")).isEmpty();
    }

    @Test
    void contractIds() {
        assertThat(List.of("contextual-statement", "core-1c", "core-2b", "core-3z", "core-4", "specialist-999", "advanced-1", "future-plans", "confirmation"))
                .allSatisfy(id -> assertThat(Pathway.isContractId(id)).as(id).isTrue());
        assertThat(List.of("core-1d", "core-2c", "core-5", "specialist-0", "specialist-1000", "advanced-", "Core-1a", ""))
                .allSatisfy(id -> assertThat(Pathway.isContractId(id)).as(id).isFalse());
        assertThat(Pathway.isContractId(null)).isFalse();
    }

    @Test
    void theKitsPathwaysLoadAndAnUnknownOneIsRefused() {
        assertThat(Pathways.IDS).containsExactly("associate", "cmalt", "senior");
        assertThat(Pathways.get("senior").longName()).isEqualTo("Senior Certified Member of the Association for Learning Technology");
        assertThat(Pathways.get("cmalt").source()).contains("assessment form");
        assertThat(Pathways.find(null)).isEmpty();
        assertThatThrownBy(() -> Pathways.get("gold")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold");
    }
}
