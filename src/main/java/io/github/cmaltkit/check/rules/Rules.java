package io.github.cmaltkit.check.rules;

import io.github.cmaltkit.check.Rule;
import java.util.List;
import java.util.Optional;

/** Every rule of the checker, in the order their findings are produced. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new SettingsRule(),
            new FrontMatterRule(),
            new MissingSectionRule(),
            new SectionUnwrittenRule(),
            new PathwayRule(),
            new MissingPartRule(),
            new HeadingOrderRule(),
            new AcronymRule(),
            new NoDateRule(),
            new EvidenceUnexplainedRule(),
            new BrokenLinkRule(),
            new RestrictedLinkRule(),
            new LinkUnverifiedRule(),
            new ImageAltRule(),
            new PlaceholderRule(),
            new WordCountRule(),
            new PrinciplesRule(),
            new PersonalDataRule(),
            new SubmissionSizeRule(),
            new CitationRule(),
            new LinkMismatchRule(),
            new EvidenceReuseRule(),
            new EvidenceAccessibilityRule(),
            new UnknownKeyRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
