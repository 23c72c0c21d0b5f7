package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the rules know of a text that the site shows too: acronym expansions, access information. */
public final class Acronyms {

    /** Whether {@code text} gives access information (a password, a guest login…), as restricted-link judges it. */
    public static boolean givesAccessInformation(String text) {
        return RestrictedLinkRule.ACCESS_INFO.matcher(text).find();
    }

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
