<#ftl output_format="HTML" strip_whitespace=true>
<#-- The site's only stylesheet, inline so every page works on its own: from file://, a zip or any web path. -->
<style>
:root { --text: #1b1b1b; --muted: #4a4a4a; --link: #0a4d8c; --visited: #5b2a86; --focus: #ffbf47;
  --line: #c8c8c8; --soft: #f3f5f7; --warn-bg: #fff4e5; --warn: #7a3b00; --max: 46rem; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.6; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 0.15em; }
:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; }
a:focus-visible { background: var(--focus); color: var(--text); }
/* main takes focus only as the skip link's target (tabindex="-1"); it is not a control, so it keeps
   its look: an amber fill or outline over the whole text made muted text and links harder to read. */
main:focus, main:focus-visible { outline: none; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); font-weight: 700; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.site-header { padding: 1rem 1.25rem; border-bottom: 4px solid var(--link); background: var(--soft); }
.site-title { margin: 0; font-size: 1.25rem; font-weight: 700; }
.site-title a { color: var(--text); text-decoration: none; }
.site-title a:hover, .site-title a:focus-visible { text-decoration: underline; }
.site-pathway { margin: 0.25rem 0 0; color: var(--muted); }
.notice { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--warn); background: var(--warn-bg); color: var(--warn); max-width: var(--max); }
.layout { display: block; padding: 0 1.25rem; }
.contents { padding: 1rem 0; font-size: 0.95rem; }
.contents-title { font-size: 1rem; margin: 0 0 0.5rem; }
.contents ul { list-style: none; margin: 0; padding: 0; }
.contents ul ul { margin: 0.25rem 0 0.75rem; padding-left: 0.75rem; border-left: 2px solid var(--line); }
.contents li { margin: 0.2rem 0; }
.contents-group { font-weight: 700; }
.contents a[aria-current="page"] { font-weight: 700; color: var(--text); text-decoration: none; border-left: 4px solid var(--link); padding-left: 0.4rem; margin-left: -0.9rem; }
.contents-missing { color: var(--muted); }
.tag-missing { color: var(--warn); font-weight: 700; }
main { padding: 1rem 0 2rem; max-width: var(--max); overflow-wrap: break-word; } /* long URLs wrap instead of widening a phone screen */
h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p, ul, ol, table, blockquote { margin: 0 0 1rem; }
img, svg, video { max-width: 100%; height: auto; }
/* An image that opens a list item (a chart given as evidence) stands on its own line: inline, it pushed
   the bullet down to its bottom edge and left the next word alone beside it. */
li > img:first-child, li > p:first-child > img:first-child { display: block; margin: 0.25rem 0 0.5rem; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.95em; background: var(--soft); padding: 0.05em 0.25em; }
/* Code wraps instead of scrolling sideways: a scrolling box the keyboard cannot focus is out of reach of
   keyboard users in most browsers (WCAG 2.1.1). */
pre { background: var(--soft); padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { padding: 0; }
/* A wide table scrolls inside its own box (WCAG 1.4.10 allows it for data tables); the box takes
   keyboard focus (see scrollableTables in _layout.ftl) so arrow keys can scroll it. */
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
.table-scroll > table { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--soft); }
.lede { font-size: 1.1rem; }
.guidance { color: var(--muted); }
.section-label { margin: 0.5rem 0 0; color: var(--muted); font-weight: 600; }
.entry { margin: 0 0 1rem; padding: 0.25rem 0 0.25rem 1rem; border-left: 4px solid var(--link); }
.entry h3 { margin: 0.25rem 0; }
.entry p { margin: 0.25rem 0; }
.entry-heading { font-style: italic; }
.entry-topic { color: var(--muted); }
.entry-missing { border-left: 4px dashed var(--warn); background: var(--warn-bg); padding: 0.5rem 0.75rem; }
.pager ul { list-style: none; padding: 1rem 0 0; margin: 2rem 0 0; border-top: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; }
.pager-label { display: block; font-size: 0.85rem; color: var(--muted); }
.pager-next { margin-left: auto; text-align: right; }
.site-footer { padding: 1rem 1.25rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
.muted { color: var(--muted); }
.chart-figure { margin: 0 0 1rem; overflow-x: auto; }
.chart { width: 100%; max-width: 26rem; height: auto; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
.group-row th { background: var(--soft); }
.plan td ul { margin: 0; padding-left: 1.1rem; }
.revised { border: 3px double var(--warn); padding: 0.25rem 1rem; margin: 0 0 1rem; background: var(--warn-bg); }
.revised-label { color: var(--warn); margin: 0.5rem 0; }
.glossary-entry { margin: 0 0 0.75rem; }
.glossary dt { font-weight: 700; }
.glossary dd { margin: 0 0 0 1rem; }
a.glossary-term { text-decoration-style: dotted; }
abbr[title] { text-decoration: none; }
.print-section { break-before: page; }
.print-section:first-of-type { break-before: auto; }
.contents-jump { margin: 0.25rem 0 0; }
.contents { border-top: 1px solid var(--line); }
@media (min-width: 60rem) {
  .layout { display: grid; grid-template-columns: 18rem minmax(0, 1fr); gap: 2.5rem; }
  .layout > main { grid-column: 2; grid-row: 1; }
  .layout > .contents { grid-column: 1; grid-row: 1; border-top: 0; border-bottom: 0; border-right: 1px solid var(--line); padding-right: 1.25rem; }
  .contents-jump { display: none; }
}
@page { size: A4; margin: 15mm; }
@media print {
  .skip-link, .contents, .contents-jump, .pager, .site-footer { display: none; }
  .layout { display: block; padding: 0; }
  body { font-size: 11pt; }
  main { max-width: none; }
  a { color: var(--text); }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  h1, h2, h3 { break-after: avoid; }
  img, table, .entry { break-inside: avoid; }
  .table-scroll { overflow: visible; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto; } }
</style>
