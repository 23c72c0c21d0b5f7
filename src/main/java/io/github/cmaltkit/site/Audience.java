package io.github.cmaltkit.site;

import io.github.cmaltkit.portfolio.Settings;
import java.util.Locale;

/**
 * Who a bake is for. The local bake and the preview are the candidate's own: they carry the workspace
 * (plan, progress, self-assessment). The public bake is what GitHub Pages publishes, the submission an
 * assessor reads: the portfolio, its evidence, glossary, principles map and print page, and no
 * instruction to run the kit's tools.
 */
public enum Audience {
    LOCAL, PUBLIC;

    /** The setting's name: a JBake setting (the stager writes it) or a system property ({@code mvn -Dcmalt.audience=public}). */
    public static final String KEY = "cmalt.audience";

    /**
     * The audience named by {@code setting} (JBake's setting, may be null), else by the system
     * property, else local.
     *
     * @throws IllegalArgumentException naming the setting and its two values when it holds another word
     */
    public static Audience of(Object setting) {
        Object v = setting != null && !String.valueOf(setting).isBlank() ? setting : System.getProperty(KEY);
        if (v == null || String.valueOf(v).isBlank()) return LOCAL;
        return switch (String.valueOf(v).strip().toLowerCase(Locale.ROOT)) {
            case "local" -> LOCAL;
            case "public" -> PUBLIC;
            default -> throw new IllegalArgumentException(KEY + " is \"" + v + "\": write public (the site you publish) "
                    + "or local (your own copy, with your plan and progress)");
        };
    }

    /** Whether this bake carries the candidate's workspace pages. */
    public boolean showsWorkspace(Settings settings) {
        return this == LOCAL || settings.publishesWorkspace();
    }
}
