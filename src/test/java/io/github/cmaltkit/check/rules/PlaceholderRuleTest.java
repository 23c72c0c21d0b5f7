package io.github.cmaltkit.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The placeholder rule's quick test answers as "the lower-case text contains a needle" does. */
class PlaceholderRuleTest {

    private static final List<String> NEEDLES = List.of("todo", "to-do", "tbc", "tbd", "tba", "fixme", "lorem", "insert",
            "attached", "added", "uploaded", "included", "follow");

    private static boolean byDefinition(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NEEDLES.stream().anyMatch(lower::contains);
    }

    @Test
    void quickTestAgreesWithTheLowerCaseSearch() {
        List<String> texts = List.of("", "t", "TODO", "a ToDo here", "To-Do:", "tb", "TBA", "xtbcx", "FixMe", "Lorem Ipsum",
                "[INSERT name]", "evidence to be Attached", "aDDed", "UPLOADED", "Included", "to follow", "follo", "inser",
                "İnsert", "\u0130NCLUDED", "\u212Aa", "ins\u0130rt", "Ｔodo", "a plain sentence with nothing to flag",
                "attache", "fixm", "lore", "ends with tod");
        for (String t : texts) assertThat(PlaceholderRule.mayHold(t)).as(t).isEqualTo(byDefinition(t));
        assertThat(PlaceholderRule.mayHold("Evidence To Follow")).isTrue();
        assertThat(PlaceholderRule.mayHold("\u0130nsert")).isFalse();
    }
}
