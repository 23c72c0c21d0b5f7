/**
 * One class per rule of the checker, each with its id, default severity, summary and check; the registry is
 * {@link io.github.cmaltkit.check.rules.Rules}. Each rule has a page {@code docs/rules/ID.md} and fixtures in
 * {@code src/test/resources/check-fixtures/ID/}.
 */
package io.github.cmaltkit.check.rules;
