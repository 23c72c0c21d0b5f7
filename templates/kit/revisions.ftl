<#ftl output_format="HTML" strip_whitespace=true>
<h1>Summary of revisions</h1>
<p class="lede">A resubmitted portfolio must show what changed since the first submission. This page lists each section's revisions, with a link to every revised passage; on the section pages those passages are framed and labelled "Revised".</p>
<#if page.sections?has_content>
<#list page.sections as r>
<section class="revision" aria-labelledby="rev-${r?counter}">
<h2 id="rev-${r?counter}"><a href="${kit.root}${r.href}">${r.title}</a></h2>
<#if r.section?has_content && r.section != r.title><p class="section-label">${r.section}</p></#if>
<#if r.notes?has_content><ul><#list r.notes as n><li>${n}</li></#list></ul></#if>
<#if r.passages?has_content>
<p>Revised passages:</p>
<ol><#list r.passages as ps><li><a href="${kit.root}${ps.href}">${ps.note}</a></li></#list></ol>
</#if>
</section>
</#list>
<#elseif !workspace>
<p>No section of this portfolio is marked as revised.</p>
<#else>
<p>No revisions are marked. After a referral, list what you changed in each section's front matter (<code>revisions: ["Added the evaluation data"]</code>) and frame each revised passage between <code>&lt;!-- revised: what changed --&gt;</code> and <code>&lt;!-- /revised --&gt;</code>, each on a line of its own.</p>
</#if>
