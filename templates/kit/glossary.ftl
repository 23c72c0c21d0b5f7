<#ftl output_format="HTML" strip_whitespace=true>
<h1>Glossary</h1>
<#if workspace>
<p class="lede">The acronyms used in this portfolio and what they stand for: those defined once in <code>portfolio.yml</code>, and those spelt out in a section's own text. On every page, an acronym of the portfolio's glossary links here.</p>
<#else>
<p class="lede">The acronyms used in this portfolio and what they stand for. On every page, an acronym of the glossary links here.</p>
</#if>
<#if page.entries?has_content>
<dl class="glossary">
<#list page.entries as g>
<div class="glossary-entry" id="${g.anchor}">
<dt><abbr title="${g.words}">${g.acronym}</abbr></dt>
<dd>${g.words}<#if g.where?has_content> <span class="muted">(spelt out in <a href="${kit.root}${g.href}">${g.where}</a>)</span></#if></dd>
</div>
</#list>
</dl>
<#elseif workspace>
<p>No acronyms yet. Define the ones you use in <code>portfolio.yml</code>, for example <code>glossary: {VLE: virtual learning environment}</code>.</p>
<#else>
<p>This portfolio uses no acronyms that need explaining.</p>
</#if>
