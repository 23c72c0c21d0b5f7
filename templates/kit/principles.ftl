<#ftl output_format="HTML" strip_whitespace=true>
<h1>Core principles map</h1>
<#assign pm = page>
<#if workspace>
<p class="lede">Assessors look for the four core principles across the whole portfolio. Each section lists the principles it shows in its front matter, for example <code>principles: [exploring, empathy]</code>.</p>
<#else>
<p class="lede">Assessors look for the four core principles across the whole portfolio. This map shows which sections show each of them.</p>
</#if>
<#if pm.gaps?has_content>
<#if workspace>
<div class="notice"><p><strong>Not yet shown by any section:</strong></p><ul><#list pm.gaps as g><li>${g}</li></#list></ul></div>
</#if>
<#else>
<p>Every principle is shown by at least one section.</p>
</#if>
<table class="principles">
<caption>Sections and the core principles they show</caption>
<thead><tr><th scope="col">Section</th><#list pm.columns as c><th scope="col">${c}</th></#list></tr></thead>
<tbody>
<#list pm.rows as r>
<tr>
<th scope="row"><#if r.href?has_content><a href="${kit.root}${r.href}">${r.heading}</a><#else>${r.heading} <span class="muted">(not written yet)</span></#if></th>
<#list r.marks as m><td><#if m>Yes<#else><span class="muted">No</span></#if></td></#list>
</tr>
</#list>
</tbody>
<tfoot><tr><th scope="row">Sections</th><#list pm.totals as t><td>${t.count}</td></#list></tr></tfoot>
</table>
