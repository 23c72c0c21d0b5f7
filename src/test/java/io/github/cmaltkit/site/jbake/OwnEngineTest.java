package io.github.cmaltkit.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.site.Audience;
import io.github.cmaltkit.site.TestBaker;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Path;
import java.util.List;
import org.jbake.parser.MarkdownEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The templates refuse a document the kit's engine did not make, so a bake where JBake's own engine took over fails loudly. */
@ResourceLock(SharedState.JBAKE)   // it registers JBake's own engine for the whole JVM while it bakes
class OwnEngineTest {

    @Test
    void jbakesOwnMarkdownEngineCannotRenderSilently(@TempDir Path work) throws Exception {
        Path draft = TestBaker.KIT.resolve("src/test/resources/portfolios/cmalt-draft");
        List<Throwable> errors = Bake.of(TestBaker.KIT.resolve("templates"), work.resolve("stage"))
                .run(draft, work.resolve("site"), Audience.LOCAL, new MarkdownEngine()).errors();
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("another Markdown engine than the CMALT kit's");
    }
}
