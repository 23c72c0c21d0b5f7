package io.github.cmaltkit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathwaysTest {

    /** Ids, titles, group headings and their order, against the expectations written out from ALT's documents. */
    @ParameterizedTest
    @ValueSource(strings = {"cmalt", "senior", "associate"})
    void eachPathwayAsksForTheOfficialSectionsUnderTheOfficialHeadingsInOrder(String id) {
        Pathway pathway = Pathways.get(id);
        List<OfficialPathways.Section> official = OfficialPathways.sections(id);
        assertThat(pathway.requiredIds()).containsExactlyElementsOf(official.stream().map(OfficialPathways.Section::id).toList());
        assertThat(pathway.slots(List.of())).extracting(SectionSpec::id, SectionSpec::title)
                .containsExactlyElementsOf(official.stream().map(s -> tuple(s.id(), s.title())).toList());
        assertThat(pathway.groups()).extracting(Pathway.Group::title)
                .containsExactlyElementsOf(OfficialPathways.of(id).stream().map(OfficialPathways.Group::title).toList());
        for (OfficialPathways.Group g : OfficialPathways.of(id)) {
            for (OfficialPathways.Section s : g.sections()) {
                assertThat(pathway.groupOf(s.id())).as(s.id()).map(Pathway.Group::title).contains(g.title());
                assertThat(pathway.spec(s.id())).as(s.id()).map(SectionSpec::required).contains(true);
            }
        }
    }

    @Test
    void theNamesOfThePathways() {
        assertThat(Pathways.get("cmalt").name()).isEqualTo("CMALT");
        assertThat(Pathways.get("senior").name()).isEqualTo("Senior CMALT");
        assertThat(Pathways.get("associate").name()).isEqualTo("Associate CMALT");
    }

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
