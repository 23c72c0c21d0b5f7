<#ftl output_format="HTML" strip_whitespace=true>
<#-- Same bytes on every machine, whatever its language settings. -->
<#setting locale="en_GB"><#setting number_format="computer">
<#import "_layout.ftl" as layout>
<@layout.requireKit/>
<@layout.requireEngine content=content/>
<#assign kit = cmalt[0]>
<@layout.page title=content.title kit=kit>
<article class="page">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
