package io.github.cmaltkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One version lookup: the project's version from pom.xml, filtered into the build's resources. */
class KitVersionTest {

    @Test
    void theVersionIsThePomsOwn() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("cmalt.kit.dir", ".")).resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>cmalt-kit</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(KitVersion.get()).isEqualTo(m.group(1)).isNotEqualTo(KitVersion.UNKNOWN);
    }
}
