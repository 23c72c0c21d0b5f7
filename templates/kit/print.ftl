<#ftl output_format="HTML" strip_whitespace=true>
<h1>${kit.title}</h1>
<p class="lede">The whole portfolio on one page, in the pathway's order, for printing or saving as PDF.</p>
<nav class="print-contents" aria-label="Sections on this page">
<h2>Contents</h2>
<ol><#list data.print as s><li><a href="#${s.anchor}">${s.title}</a></li></#list></ol>
</nav>
<#list data.print as s>
<section class="print-section" aria-labelledby="${s.anchor}">
<#if s.label?has_content><p class="section-label">${s.label}</p></#if>
<h2 id="${s.anchor}">${s.title}</h2>
<div class="print-body">
${s.html?no_esc}
</div>
</section>
</#list>
