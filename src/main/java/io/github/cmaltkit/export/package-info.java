/**
 * What a candidate sends when they do not send a link: {@link io.github.cmaltkit.export.Export} turns a
 * baked site into one PDF (from the print page: links that work from the file, evidence attached while it
 * fits, the same bytes for the same portfolio) and one zip, and warns over ALT's 10 MB limit. It reads the
 * site folder only, never JBake nor the portfolio.
 */
package io.github.cmaltkit.export;
