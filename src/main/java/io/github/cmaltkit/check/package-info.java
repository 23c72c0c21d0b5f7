/**
 * The checker: {@link io.github.cmaltkit.check.Checker#check} runs the {@link io.github.cmaltkit.check.Rule}s
 * it is given (the kit's are {@code check.rules.Rules.all()}) on a portfolio, each file parsed once into a
 * {@link io.github.cmaltkit.check.Page}, and returns located {@link io.github.cmaltkit.check.Finding}s in
 * the pathway's order, after the candidate's severity overrides and {@code cmalt-disable} comments. Web links
 * are checked through {@link io.github.cmaltkit.links.WebLinkVerifier}, given in
 * {@link io.github.cmaltkit.check.CheckOptions}. The rules are documented in {@code docs/rules/}.
 */
package io.github.cmaltkit.check;
