<#ftl output_format="HTML" strip_whitespace=true>
<#-- Same bytes on every machine, whatever its language settings. -->
<#setting locale="en_GB"><#setting number_format="computer">
<#-- JBake renders this once per tag; each tag is one of the kit's own pages (see KitPages.java). -->
<#import "_layout.ftl" as layout>
<@layout.requireKit/>
<#assign kit = cmalt[0]>
<#assign data = kit.kitData>
<#assign pageTitle = "">
<#list kit.kitPages as p><#if p.id == tag><#assign pageTitle = p.title></#if></#list>
<@layout.page title=pageTitle kit=kit>
<#assign body><#include "kit/" + tag + ".ftl"></#assign>
${layout.scrollableTables(body?markup_string)?no_esc}
</@layout.page>
