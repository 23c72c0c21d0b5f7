/**
 * Importing a draft written elsewhere (Word, saved web pages, another tool's Markdown) as a portfolio
 * folder of the shape {@code init} writes. Readers turn a draft into headings and Markdown blocks; the
 * pathway's own data decides which heading is which section. Only {@code cmalt import} loads this
 * package, so the checker never pays for Apache POI.
 */
package io.github.cmaltkit.draft;
