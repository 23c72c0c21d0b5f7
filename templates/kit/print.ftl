<#ftl output_format="HTML" strip_whitespace=true>
<#-- The title page: who, which pathway, which version, and what follows. The PDF (Export.java) adds
     page numbers to the contents and lists any evidence it could not carry. -->
<header class="title-page">
<h1>${kit.title}</h1>
<p class="title-pathway">${kit.pathway.longName}</p>
<#if kit.versionIso?has_content><p class="title-version">Version of <time datetime="${kit.versionIso}">${kit.versionDay}</time></p></#if>
<#if kit.url?has_content><p class="title-url">Published at <a class="site-url" href="${kit.url}">${kit.url}</a></p></#if>
<p class="lede screen-only">The whole portfolio on one page, in the pathway's order, for printing or saving as PDF.</p>
<nav class="print-contents" aria-label="Sections on this page">
<h2>Contents</h2>
<ol><#list page.sections as s><li><a href="#${s.anchor}">${s.title}</a></li></#list></ol>
</nav>
</header>
<#list page.sections as s>
<section class="print-section" aria-labelledby="${s.anchor}" data-page="${s.page}">
<#if s.label?has_content><p class="section-label">${s.label}</p></#if>
<h2 id="${s.anchor}">${s.title}</h2>
<div class="print-body">
<#-- Marked as its own page marks it, not shown as the bare headings of init's file. -->
<#if s.written>
${s.html?no_esc}
<#else>
<div class="entry entry-missing">
<@layout.notWritten kit=kit required=s.required id=s.id file=s.file/>
</div>
</#if>
</div>
</section>
</#list>
