<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<@layout.page title="Home" root="" current="index.html">
<h1>${config.site_title}</h1>
<#assign pages = published_pages?sort_by("uri")>
<p class="lede">This portfolio has ${pages?size} page<#if pages?size != 1>s</#if>.</p>
<section class="group" aria-labelledby="group-1">
<h2 id="group-1">Pages</h2>
<#list pages as p>
<div class="entry">
<h3><a href="${p.uri}">${p.title}</a></h3>
</div>
</#list>
</section>
</@layout.page>
