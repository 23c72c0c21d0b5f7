package io.github.cmaltkit.site.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.portfolio.TestPortfolio;
import io.github.cmaltkit.site.Stager;
import io.github.cmaltkit.site.TestBaker;
import io.github.cmaltkit.testing.SharedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code mvn jbake:generate} and {@code mvn jbake:inline}, baked here as jbake-maven-plugin 2.7.0-rc.7
 * does (GenerateMojo.createConfiguration: JBake's settings from the input folder, then the project's
 * properties): any portfolio folder bakes with the kit's settings, whoever made it.
 */
@ResourceLock(SharedState.JBAKE)
class DirectBakeTest {

    private static final Path SENIOR = TestBaker.KIT.resolve("src/test/resources/portfolios/senior-partial");
    private static final Path SAMPLE = TestBaker.KIT.resolve("sample-portfolio");

    /**
     * `mvn package -Dportfolio=DIR` (the README's way to bake another folder) hands Maven's -D to this
     * JVM as a system property, which JBake's settings read before the project's: each test names its own
     * portfolio instead.
     */
    private String buildsPortfolio;

    @BeforeEach
    void forgetTheBuildsPortfolio() {
        buildsPortfolio = System.clearProperty(Stager.BUILD_PORTFOLIO_PROPERTY);
    }

    @AfterEach
    void restoreTheBuildsPortfolio() {
        if (buildsPortfolio != null) System.setProperty(Stager.BUILD_PORTFOLIO_PROPERTY, buildsPortfolio);
    }

    @TempDir
    Path tmp;

    /** What `mvn package` leaves for the JBake goals: the stage of the portfolio it baked. */
    private Path stage(Path portfolio) throws Exception {
        Path stage = tmp.resolve("jbake-input");
        Stager.syncDirect(portfolio, TestBaker.KIT.resolve("templates"), stage, tmp.resolve("site"));
        return stage;
    }

    /** One run of the plugin's goal, with Maven's property {@code portfolio} naming the folder. */
    private List<Throwable> mavenJbakeGenerate(Path stage, Path portfolio) throws Exception {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(stage.toFile(), tmp.resolve("site").toFile(), false);
        Properties project = new Properties();
        project.setProperty("portfolio", portfolio.toString());
        config.addConfiguration(project);
        synchronized (Bake.LOCK) {   // as every bake in this JVM: JBake's engines and document types are the JVM's
            Bake.registerEngine();
            Oven oven = new Oven(config);
            oven.bake();
            return oven.getErrors();
        }
    }

    @Test
    void aCopiedInFolderWithoutJbakeSettingsBakesAndNothingIsWrittenIntoIt() throws Exception {
        Path portfolio = TestPortfolio.copy(SENIOR, tmp.resolve("portfolio"));
        assertThat(portfolio.resolve("jbake.properties")).doesNotExist();
        List<String> before = listing(portfolio);
        assertThat(mavenJbakeGenerate(stage(SAMPLE), portfolio)).isEmpty();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("Rhian Castell").doesNotContain("Morgan Ashby");
        assertThat(tmp.resolve("site/01-core-1a.html")).isRegularFile();
        assertThat(listing(portfolio)).isEqualTo(before);
    }

    @Test
    void afterTheSamplesBakeTheSiteHoldsOnlyWhatTheNewPortfolioMakes() throws Exception {
        Path portfolio = TestPortfolio.copy(SENIOR, tmp.resolve("portfolio"));
        Path stage = stage(SAMPLE);
        assertThat(mavenJbakeGenerate(stage, SAMPLE)).isEmpty();
        Files.writeString(tmp.resolve("site/portfolio.pdf"), "the sample's PDF, as `mvn package` exports it");
        assertThat(listing(tmp.resolve("site"))).contains("bibliography.html");

        assertThat(mavenJbakeGenerate(stage, portfolio)).isEmpty();
        List<String> switched = listing(tmp.resolve("site"));

        Path fresh = tmp.resolve("fresh");
        Files.move(tmp.resolve("site"), tmp.resolve("switched"));
        assertThat(mavenJbakeGenerate(stage, portfolio)).isEmpty();
        Files.move(tmp.resolve("site"), fresh);
        assertThat(switched).isEqualTo(listing(fresh)).doesNotContain("bibliography.html", "portfolio.pdf");
        assertThat(switched).noneMatch(f -> f.startsWith("evidence/"));
    }

    @Test
    void aJbakePropertiesLeftByAnOlderInitKeepsWorking() throws Exception {
        Path portfolio = TestPortfolio.copy(SENIOR, tmp.resolve("portfolio"));
        Files.copy(TestBaker.KIT.resolve("src/test/resources/old-init-jbake.properties"), portfolio.resolve("jbake.properties"));
        assertThat(mavenJbakeGenerate(stage(portfolio), portfolio)).isEmpty();
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("Rhian Castell");
    }

    @Test
    void anEditOfThePortfolioReachesTheStageThatTheInlineGoalWatches() throws Exception {
        Path portfolio = TestPortfolio.copy(SENIOR, tmp.resolve("portfolio"));
        Path stage = stage(portfolio);
        assertThat(mavenJbakeGenerate(stage, portfolio)).isEmpty();
        Path edited = portfolio.resolve("content/01-core-1a.md");
        Files.writeString(edited, Files.readString(edited) + "\nA sentence written while the goal runs.\n");
        Path staged = stage.resolve("content/01-core-1a.md");
        long until = System.nanoTime() + 10_000_000_000L;
        while (!Files.readString(staged).contains("written while the goal runs") && System.nanoTime() < until) Thread.sleep(100);
        assertThat(staged).content().contains("A sentence written while the goal runs.");
    }

    @Test
    void aMissingPortfolioFailsTheBakeWithItsReason() throws Exception {
        Path stage = stage(SAMPLE);
        List<Throwable> errors = mavenJbakeGenerate(stage, tmp.resolve("nonexistent"));
        assertThat(errors).extracting(Throwable::getMessage).containsExactly(tmp.resolve("nonexistent") + ": no such portfolio folder");
    }

    static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
