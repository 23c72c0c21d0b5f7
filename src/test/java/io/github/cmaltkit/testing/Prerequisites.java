package io.github.cmaltkit.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place a test decides what to do when something it needs is absent (a browser, a loopback
 * address, the sample portfolio). On a developer's machine the test is skipped with the reason; in CI a
 * skipped test would be a green build that proved nothing, so there it fails with the same reason.
 */
public final class Prerequisites {

    /** Variables that CI services set: CI itself (CI=true, CI=1, CI=yes…) and the services that name themselves. */
    private static final Set<String> CI_VARIABLES = Set.of("CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "GITLAB_CI",
            "BUILDKITE", "CIRCLECI", "TRAVIS", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION", "BITBUCKET_BUILD_NUMBER",
            "APPVEYOR", "DRONE");
    /** How people say "not CI" (CI=false, CI=0…); any other value of a CI variable means CI. */
    private static final Set<String> FALSE = Set.of("", "0", "false", "no", "off", "n", "f");

    private Prerequisites() {
    }

    /** Whether this run is CI, judged from {@code env} (the process environment in {@link #inCi()}). */
    public static boolean inCi(Map<String, String> env) {
        for (String name : CI_VARIABLES) {
            String value = env.get(name);
            if (value != null && !FALSE.contains(value.trim().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    public static boolean inCi() {
        return inCi(System.getenv());
    }

    /**
     * Goes on when {@code present}; otherwise fails under CI and skips elsewhere, both with
     * {@code reason} (say what is missing and how to get it).
     */
    public static void require(boolean present, String reason) {
        require(present, reason, inCi());
    }

    static void require(boolean present, String reason, boolean ci) {
        if (present) return;
        if (ci) fail(reason + " (this is CI, so a missing prerequisite fails the test instead of skipping it)");
        assumeTrue(false, reason + " (skipped: outside CI; under CI this fails)");
    }
}
