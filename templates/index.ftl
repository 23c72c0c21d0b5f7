<#ftl output_format="HTML" strip_whitespace=true>
<#-- Same bytes on every machine, whatever its language settings. -->
<#setting locale="en_GB"><#setting number_format="computer">
<#import "_layout.ftl" as layout>
<@layout.requireKit/>
<#assign kit = cmalt[0]>
<@layout.page title="Home" kit=kit>
<h1>${kit.title}</h1>
<p class="lede">This portfolio follows the ${kit.pathway.name} pathway. It has ${kit.writtenCount} written section<#if kit.writtenCount != 1>s</#if><#if kit.missingCount gt 0>; ${kit.missingCount} required section<#if kit.missingCount != 1>s are<#else> is</#if> not written yet and marked below</#if>.</p>
<#-- Plain sections, not named regions (aria-labelledby): a dozen extra landmarks would crowd header, nav and main out of a screen reader's landmark list; the h2 headings carry the structure. -->
<#list kit.groups as group>
<section class="group">
<h2 id="group-${group?counter}">${group.title}</h2>
<#if group.guidance?has_content><p class="guidance">${group.guidance}</p></#if>
<#list group.entries as entry>
<#if entry.written>
<div class="entry">
<h3><a href="${entry.href}">${entry.officialTitle}</a></h3>
<#if entry.heading != entry.officialTitle><p class="entry-heading">${entry.heading}</p></#if>
<#if entry.topic?has_content><p class="entry-topic">Topic: ${entry.topic}<#if entry.kind?has_content> (${entry.kind})</#if></p></#if>
</div>
<#else>
<div class="entry entry-missing">
<h3>${entry.officialTitle}</h3>
<@layout.notWritten kit=kit required=entry.required id=entry.id file=entry.file!""/>
</div>
</#if>
</#list>
</section>
</#list>
<#if kit.extras?has_content>
<section class="group">
<h2 id="group-extras">Other pages</h2>
<ul>
<#list kit.extras as extra>
<li><a href="${extra.href}">${extra.title}</a></li>
</#list>
</ul>
</section>
</#if>
</@layout.page>
