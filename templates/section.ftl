<#ftl output_format="HTML" strip_whitespace=true>
<#-- Same bytes on every machine, whatever its language settings. -->
<#setting locale="en_GB"><#setting number_format="computer">
<#import "_layout.ftl" as layout>
<@layout.requireKit/>
<@layout.requireEngine content=content/>
<#assign kit = cmalt[0]>
<@layout.page title=content.title kit=kit>
<article class="section">
<#if content.cmalt_section_label?has_content><p class="section-label">${content.cmalt_section_label}</p></#if>
<h1>${content.title}</h1>
<#if content.cmalt_topic?has_content><p class="entry-topic">Topic: ${content.cmalt_topic}<#if content.cmalt_kind?has_content> (${content.cmalt_kind})</#if></p></#if>
<#-- A section of only headings and prompts gets the notice of a missing section, not its bare headings. -->
<#if content.cmalt_unwritten!false>
<#assign required = true>
<#list kit.groups as group><#list group.entries as entry><#if entry.id == content.cmalt_section><#assign required = entry.required></#if></#list></#list>
<div class="entry entry-missing">
<@layout.notWritten kit=kit required=required id=content.cmalt_section file=content.cmalt_source/>
</div>
<#else>
${content.body?no_esc}
</#if>
</article>
</@layout.page>
