package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The section ids of all pathways, read from the pathway files: what a front matter may name and how messages list it. */
class SectionIdsTest {

    @Test
    void theMessageListsEveryPathwaysSectionsInOfficialOrder() {
        assertThat(Pathways.sectionIds().listing()).isEqualTo("contextual-statement, core-1a, core-1b, core-1c, core-2a, core-2b, "
                + "core-3a, core-3b (core-3c… for more topics), core-4, specialist-1 (specialist-2…), advanced-1…, future-plans, confirmation");
    }

    @Test
    void onlyCoreArea3NamesItsTopic() {
        SectionIds ids = Pathways.sectionIds();
        assertThat(List.of("core-3a", "core-3z")).allMatch(ids::namesTopic);
        assertThat(List.of("core-1a", "core-3", "specialist-1", "advanced-2", "future-plans")).noneMatch(ids::namesTopic);
        assertThat(ids.topicSections()).isEqualTo("core area 3 sections (core-3a, core-3b…)");
        assertThat(ids.whenRepeated("core-3a")).contains("number further core area 3 topics core-3c, core-3d…");
        assertThat(ids.whenRepeated("specialist-1")).isEmpty();
        assertThat(ids.elsewhere("advanced-1")).hasValueSatisfying(h -> assertThat(h).startsWith("advanced areas belong to Senior CMALT"));
        assertThat(ids.elsewhere("core-1c")).isEmpty();
    }

    /** A section one pathway adds keeps its place after the section it follows there. */
    @Test
    void pathwaysAreMergedInOrder() {
        Pathway small = Pathways.parse("small", Map.of("groups", List.of(group("A", "one", "three"))));
        Pathway large = Pathways.parse("large", Map.of("groups", List.of(group("A", "one", "two", "three"), group("B", "four"))));
        assertThat(SectionIds.of(List.of(small, large)).listing()).isEqualTo("one, two, three, four");
        assertThat(SectionIds.of(List.of(large, small)).listing()).isEqualTo("one, two, three, four");
        assertThat(SectionIds.of(List.of(small)).known("two")).isFalse();
    }

    @Test
    void twoFilesThatWordTheSameRepeatDifferentlyAreRefused() {
        Pathway one = Pathways.parse("one", Map.of("groups", List.of(repeat("called", "these"))));
        Pathway two = Pathways.parse("two", Map.of("groups", List.of(repeat("called", "those"))));
        assertThatThrownBy(() -> SectionIds.of(List.of(one, two))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one.yml and two.yml describe the sections topic-…");
        assertThat(SectionIds.of(List.of(one, one)).topicSections()).isEqualTo("these");
    }

    private static Map<String, Object> group(String title, String... ids) {
        return Map.of("title", title, "sections", java.util.Arrays.stream(ids).map(id -> Map.of("id", id, "title", id)).toList());
    }

    private static Map<String, Object> repeat(String key, String value) {
        return Map.of("title", "T", "repeat", Map.of("prefix", "topic-", "numbering", "numbers", "min", 1, "title", "Topic",
                "topics", true, key, value));
    }
}
