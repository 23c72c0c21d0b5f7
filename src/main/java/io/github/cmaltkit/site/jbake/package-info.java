/**
 * The kit's one contact with JBake and its store (OrientDB): a JBake upgrade changes this package and
 * nothing else. JBake makes the kit's pieces itself from the {@code META-INF} files, which name only
 * classes of this package: the Markdown engine ({@link io.github.cmaltkit.site.jbake.CommonmarkEngine}),
 * the templates' model ({@link io.github.cmaltkit.site.jbake.SiteExtractor}), the stage engine of
 * {@code mvn jbake:generate} / {@code jbake:inline} ({@link io.github.cmaltkit.site.jbake.DirectBake}) and
 * three rendering tools (stale pages, the kit's pages, the one line of JBake's own goals). Each finds its
 * bake's {@link io.github.cmaltkit.site.BakeSession} through {@link io.github.cmaltkit.site.jbake.Sessions},
 * the only static state of a bake. {@link io.github.cmaltkit.site.jbake.Bake} bakes in this JVM (the
 * tests); {@link io.github.cmaltkit.site.jbake.WarmBake} keeps JBake warm for the preview.
 */
package io.github.cmaltkit.site.jbake;
