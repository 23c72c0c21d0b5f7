<#ftl output_format="HTML" strip_whitespace=true>
<h1>Evidence register</h1>
<#-- The link statuses are the checker's view: the candidate's workspace only. -->
<p class="lede">Every item of evidence, section by section, with what it is and why it is there.<#if workspace> Assessors first check that every link opens: web links are tested by <code>java -jar target/cmalt.jar check</code>, which also reports links that need signing in.</#if></p>
<#list page.sections as s>
<section class="evidence-section" aria-labelledby="ev-${s?counter}">
<h2 id="ev-${s?counter}"><a href="${kit.root}${s.href}">${s.title}</a></h2>
<#if s.items?has_content>
<table>
<caption>Evidence of “${s.title}”</caption>
<thead><tr><th scope="col">Evidence</th><th scope="col">Why it is there</th><#if workspace><th scope="col">Status</th></#if></tr></thead>
<tbody>
<#list s.items as item>
<tr>
<td><#list item.links as l><a href="${l.href}">${l.label}</a><#sep><br></#sep></#list></td>
<td><#if item.text?has_content>${item.text}<#else><span class="muted">No reason given yet</span></#if></td>
<#if workspace><td><#list item.links as l>${l.status}<#sep><br></#sep></#list><#if item.accessNote><br>Access details given</#if></td></#if>
</tr>
</#list>
</tbody>
</table>
<#else>
<p class="muted">No evidence listed yet.</p>
</#if>
</section>
</#list>
