package io.github.cmaltkit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Pathways;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionMatcherTest {

    private static final Pathway CMALT = Pathways.get("cmalt");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Contextual Statement | contextual-statement | ''",
            "CONTEXTUAL STATEMENT | contextual-statement | ''",
            "1a | core-1a | ''",
            "1a – | core-1a | ''",
            "1A: Choosing a tool | core-1a | Choosing a tool",
            "Core area 1 a) | core-1a | ''",
            "Core Area 1a: Choosing a tool | core-1a | Choosing a tool",
            "a) An understanding of the constraints and benefits of different technologies | core-1a | a)",
            "1 (b) Technical knowledge | core-1b | Technical knowledge",
            "Core-2b. My learners | core-2b | My learners",
            "3a UK GDPR | core-3a | UK GDPR",
            "Core area 4: Communication and working with others | core-4 | ''",
            "Specialist Option 1: Accessibility | specialist-1 | Accessibility",
            "Specialist option 2 – Open practice | specialist-2 | Open practice",
            "Future Plans | future-plans | ''",
            "future plans. | future-plans | ''",
            "Confirmation | confirmation | ''",
    })
    void headingsNameSections(String heading, String id, String rest) {
        SectionMatcher.Match m = new SectionMatcher(CMALT).match(heading, null);
        assertThat(m).isNotNull();
        assertThat(m.kind()).isEqualTo(SectionMatcher.Kind.SECTION);
        assertThat(m.id()).isEqualTo(id);
        assertThat(m.rest()).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Core Area 1: Operational Issues | GROUP",
            "Core area 2 | GROUP",
            "Core area 3: The wider context | REPEAT",
            "Specialist option: Learning design | REPEAT",
            "Specialist options | REPEAT",
    })
    void groupHeadings(String heading, SectionMatcher.Kind kind) {
        SectionMatcher.Match m = new SectionMatcher(CMALT).match(heading, null);
        assertThat(m).isNotNull();
        assertThat(m.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Introduction", "1. Background", "2024 review", "References", "A reflection on my year", "Appendix 4"})
    void otherHeadingsNameNoSection(String heading) {
        assertThat(new SectionMatcher(CMALT).match(heading, null)).isNull();
    }

    @ParameterizedTest(name = "{0} under core area 1")
    @CsvSource(delimiter = '|', value = {"a) | core-1a", "(b) Knowing our platform | core-1b", "c. Rolling out | core-1c"})
    void letterUnderAGroupHeading(String heading, String id) {
        SectionMatcher m = new SectionMatcher(CMALT);
        Pathway.Group area1 = m.match("Core Area 1: Operational Issues", null).group();
        assertThat(m.match(heading, area1).id()).isEqualTo(id);
        assertThat(m.match("A reflection on my year", area1)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Working within UK GDPR when students record one another | UK GDPR | legislation",
            "Auditing our module template against WCAG 2.2 | WCAG 2.2 | standard",
            "3a – Applying the Equality Act 2010 | Equality Act 2010 | legislation",
            "Our Digital Accessibility Policy | Our Digital Accessibility Policy | policy",
            "Copyright, Designs and Patents Act 1988 | Copyright, Designs and Patents Act 1988 | legislation",
    })
    void coreThreeTopics(String heading, String topic, String kind) {
        Topics.Topic t = Topics.of(heading);
        assertThat(t.name()).isEqualTo(topic);
        assertThat(t.kind()).isEqualTo(kind);
    }

    @org.junit.jupiter.api.Test
    void advancedAreasExistOnlyInSenior() {
        assertThat(new SectionMatcher(CMALT).match("Advanced area 1: Leading change", null)).isNull();
        assertThat(new SectionMatcher(Pathways.get("senior")).match("Advanced area 1: Leading change", null).id()).isEqualTo("advanced-1");
    }
}
