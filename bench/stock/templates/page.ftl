<#ftl output_format="HTML" strip_whitespace=true>
<#import "_layout.ftl" as layout>
<@layout.page title=content.title root=(content.rootpath)!"" current=content.uri>
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
