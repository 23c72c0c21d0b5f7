package io.github.cmaltkit.testing;

/**
 * The names of what some test classes must not use at the same time, for JUnit's
 * {@code @ResourceLock}: the unit tests run in parallel (junit.jupiter.execution.parallel, set in
 * pom.xml for Surefire only), and a class holding one of these runs beside any class that does not.
 */
public final class SharedState {

    /**
     * A bake or preview through JBake in this JVM. JBake 2.7 keeps one content store for the whole JVM
     * (DBUtil's, closed at the end of every bake) and its document types and Markdown engines in
     * static registries, and the kit's bake caches (site.BakeModels, SiteExtractor, site.kit.KitBake)
     * hold one bake's facts: two bakes at once share, and close, each other's store (run so, two
     * bake classes deadlocked in OrientDB's schema creation, ContentStore.updateSchema). The
     * system property {@code portfolio}, which JBake's settings read and DirectBakeTest clears, is
     * read by bakes only, so this lock covers it too.
     */
    public static final String JBAKE = "jbake-in-this-jvm";

    private SharedState() {
    }
}
