<#ftl output_format="HTML" strip_whitespace=true>
<h1>Self-assessment form</h1>
<p class="lede">This form follows the rows of the assessment form. Rate each section yourself (add <code>rating: strong</code>, <code>adequate</code> or <code>revisions-required</code> to its front matter), then print it for a peer reviewer.</p>
<p>Assessors rate a section <strong>Strong</strong> when its description, evidence and reflection are notably strong and convincing; <strong>Adequate</strong> when they are complete and credible; and <strong>Revisions required</strong> when at least one of the three needs more.</p>
<table class="assessment">
<caption>Sections of the ${kit.pathway.name} pathway</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Your rating</th><th scope="col">Checker</th><th scope="col">Peer reviewer</th><th scope="col">Lead assessor</th><th scope="col">Second assessor</th></tr></thead>
<tbody>
<#list page.rows as r>
<#if r.groupStart><tr class="group-row"><th scope="colgroup" colspan="6">${r.group}</th></tr></#if>
<tr>
<th scope="row">${r.title}<#if !r.assessed> <span class="muted">(required, not assessed)</span></#if></th>
<td>${r.rating}</td><td>${r.readiness}</td><td></td><td></td><td></td>
</tr>
</#list>
<tr class="group-row"><th scope="colgroup" colspan="6">The four core principles (the whole portfolio)</th></tr>
<#list page.principles as t>
<tr><th scope="row">${t.label}</th><td></td><td>Claimed by ${t.count} section<#if t.count != 1>s</#if></td><td></td><td></td><td></td></tr>
</#list>
</tbody>
</table>
