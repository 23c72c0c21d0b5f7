package io.github.cmaltkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.site.jbake.Bake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.cmaltkit.testing.SharedState;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Every file of the sample is read, and parsed by the checker, once per check and once per bake: the
 * engine, the site model, the checker and the kit pages share one {@link PortfolioModel}, the bake
 * session's, read once ({@link BakeSession#reads}), which reads each file once. JBake's own read of its
 * staged copy, to find the file and its hash, is not the kit's; the engine takes every file from the
 * model, reading none of the staged copies itself ({@link BakeSession#strays}). Bodies are parsed only by
 * a file's reading ({@link SectionFile#parsed}, once): the site page, the print page and the revisions
 * page render and read the checker's tree, and the checker makes each file's page once
 * ({@link PortfolioModel#parses}).
 */
@ResourceLock(SharedState.JBAKE)
class ReadOnceTest {

    @TempDir
    Path tmp;

    @Test
    void aCheckReadsAndParsesEachFileOnce() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("sample"));
        BakeSession session = BakeSession.of(dir, Audience.LOCAL, List.of());
        session.checked();
        session.checked();
        assertOnce(dir, session);
    }

    @Test
    void aBakeReadsAndParsesEachFileOnce() throws Exception {
        Path dir = TestPortfolio.copy(TestBaker.KIT.resolve("sample-portfolio"), tmp.resolve("sample"));
        Bake.Result bake = TestBaker.run(dir, tmp.resolve("stage"), tmp.resolve("site"), Audience.LOCAL);
        assertThat(bake.errors()).isEmpty();
        assertOnce(dir, bake.session());
    }

    private static void assertOnce(Path dir, BakeSession session) throws Exception {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir.resolve("content"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(files).hasSizeGreaterThan(10);
        PortfolioModel model = session.model();
        assertThat(session.reads()).as("readings of the portfolio").isEqualTo(1);
        assertThat(model.files()).extracting(SectionFile::path).containsExactlyInAnyOrderElementsOf(files);
        assertThat(model.parses()).as("checker pages made").isEqualTo(files.size());
        assertThat(session.strays()).as("files read outside the model").isZero();
    }
}
