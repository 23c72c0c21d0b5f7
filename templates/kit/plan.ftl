<#ftl output_format="HTML" strip_whitespace=true>
<h1>Writing plan</h1>
<#assign plan = page>
<#if plan.hasTarget>
<p class="lede">The plan counts down 16 weeks to <strong><time datetime="${plan.targetIso}">${plan.target}</time></strong><#if plan.fromWindow>, the next of ALT's usual submission dates</#if>.</p>
<#else>
<p class="lede">Set <code>target: YYYY-MM-DD</code> in <code>portfolio.yml</code> to see this plan with dates.</p>
</#if>
<p>ALT's usual submission dates have been 31 January, 31 May and 30 September; since 2025 ALT has also accepted submissions at any time, so choose the date that suits you. In a terminal, <code>java -jar target/cmalt.jar plan</code> followed by your portfolio folder tells you which week you are in today.</p>
<table class="plan">
<caption>The 16 weeks<#if plan.hasTarget> to ${plan.target}</#if></caption>
<thead><tr><th scope="col">Week</th><#if plan.hasTarget><th scope="col">Dates</th></#if><th scope="col">Stage</th><th scope="col">What to do</th></tr></thead>
<tbody>
<#list plan.weeks as w>
<tr>
<th scope="row">${w.number}</th>
<#if plan.hasTarget><td><time datetime="${w.startIso}">${w.start}</time> to <time datetime="${w.endIso}">${w.end}</time></td></#if>
<td>${w.stage}</td>
<td><ul><#list w.tasks as t><li>${t}</li></#list></ul></td>
</tr>
</#list>
</tbody>
</table>
