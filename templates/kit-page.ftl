<#ftl output_format="HTML" strip_whitespace=true>
<#-- Same bytes on every machine, whatever its language settings. -->
<#setting locale="en_GB"><#setting number_format="computer">
<#-- The frame of the kit's own pages. Each is rendered by its class in site/kit (PlanPage.java, …),
     which gives: page (the page's model), kit (the site around it), pageId, pageTitle, and workspace
     (true in the local bake and preview, where hints for the candidate belong). -->
<#import "_layout.ftl" as layout>
<@layout.page title=pageTitle kit=kit>
<#assign body><#include "kit/" + pageId + ".ftl"></#assign>
${layout.scrollableTables(body?markup_string)?no_esc}
</@layout.page>
