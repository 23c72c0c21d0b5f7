/**
 * The kit's build, not the candidate's command line: {@link io.github.cmaltkit.build.BuildStep} is what
 * {@code mvn package} and {@code mvn verify} run in Maven's JVM (staging the portfolio, the bake's summary,
 * the PDF and zip export, and the check), and {@link io.github.cmaltkit.build.ClassDataTraining} is the
 * training run for the launcher's class-data archive. Candidates' commands are in {@code cli}; nothing
 * there depends on this package.
 */
package io.github.cmaltkit.build;
