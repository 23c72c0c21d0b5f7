package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The acronyms a page expands in its own text, found as the {@code acronym} rule finds them. */
public final class Acronyms {

    private Acronyms() {
    }

    /** Acronym to the words it is first expanded to in {@code page} ("Full Words (ACR)" or "ACR (full words)"). */
    public static Map<String, String> expandedIn(Page page) {
        Map<String, String> out = new LinkedHashMap<>();
        for (AcronymRule.Use u : AcronymRule.uses(page, Set.of())) {
            if (u.expansion() != null) out.putIfAbsent(u.acronym(), u.expansion());
        }
        return out;
    }
}
