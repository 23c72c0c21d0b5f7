package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathwaysTest {

    @Test
    void cmaltRequiresEverySectionInOfficialOrder() {
        assertThat(Pathways.get("cmalt").requiredIds()).containsExactly("contextual-statement", "core-1a", "core-1b",
                "core-1c", "core-2a", "core-2b", "core-3a", "core-3b", "core-4", "specialist-1", "future-plans", "confirmation");
    }

    @Test
    void seniorAsksForTwoSpecialistOptionsAndAnAdvancedArea() {
        List<String> ids = Pathways.get("senior").requiredIds();
        assertThat(ids).contains("specialist-1", "specialist-2", "advanced-1").doesNotContain("specialist-3");
        assertThat(Pathways.get("senior").spec("core-3b").orElseThrow().title())
                .isEqualTo("Understanding and engaging with policies and standards");
    }

    @Test
    void associateIsMarkedProvisional() {
        Pathway associate = Pathways.get("associate");
        assertThat(associate.provisional()).isTrue();
        assertThat(associate.provisionalNote()).contains("provisional");
        assertThat(Pathways.get("cmalt").provisional()).isFalse();
    }

    @Test
    void writtenOptionalSectionsJoinTheirGroupInOrder() {
        Pathway cmalt = Pathways.get("cmalt");
        List<String> slots = cmalt.slots(Set.of("core-3c", "specialist-3")).stream().map(SectionSpec::id).toList();
        assertThat(slots).containsSubsequence("core-3a", "core-3b", "core-3c", "core-4", "specialist-1", "specialist-3");
        assertThat(slots).doesNotContain("specialist-2");
        assertThat(cmalt.spec("core-3c").orElseThrow().required()).isFalse();
        assertThat(cmalt.spec("advanced-1")).isEmpty();
    }

    @Test
    void countedRequirementsComeFromTheData() {
        Pathway.Repeat core3 = Pathways.get("senior").groups().stream()
                .filter(g -> g.repeat() != null && g.repeat().prefix().equals("core-3")).findFirst().orElseThrow().repeat();
        assertThat(core3.min()).isEqualTo(2);
        assertThat(core3.kinds()).extracting(Pathway.KindRequirement::kinds)
                .containsExactly(List.of("legislation"), List.of("policy", "standard"));
    }

    @Test
    void unknownPathwayIsEmpty() {
        assertThat(Pathways.find("gold")).isEmpty();
    }
}
