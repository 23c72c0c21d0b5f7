package io.github.cmaltkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "1", "yes", "Yes", "on"})
    void ciInAnyCommonSpellingIsCi(String value) {
        assertThat(Prerequisites.inCi(Map.of("CI", value))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "false", "no", "off", "False"})
    void ciSetToNoIsNotCi(String value) {
        assertThat(Prerequisites.inCi(Map.of("CI", value))).isFalse();
    }

    @Test
    void servicesThatNameThemselvesAreCi() {
        assertThat(Prerequisites.inCi(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(Prerequisites.inCi(Map.of("JENKINS_URL", "http://ci.example/"))).isTrue();
        assertThat(Prerequisites.inCi(Map.of("GITLAB_CI", "true"))).isTrue();
        assertThat(Prerequisites.inCi(Map.of("HOME", "/root", "PATH", "/bin"))).isFalse();
    }

    @Test
    void aMissingPrerequisiteFailsInCiAndSkipsElsewhereNamingTheReason() {
        assertThatThrownBy(() -> Prerequisites.require(false, "no browser at /usr/bin/chromium", true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("no browser at /usr/bin/chromium")
                .hasMessageContaining("this is CI");
        assertThatThrownBy(() -> Prerequisites.require(false, "no browser at /usr/bin/chromium", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("no browser at /usr/bin/chromium")
                .hasMessageContaining("skipped");
        assertThatCode(() -> Prerequisites.require(true, "unused", true)).doesNotThrowAnyException();
        assertThatCode(() -> Prerequisites.require(true, "unused", false)).doesNotThrowAnyException();
    }
}
