<#ftl output_format="HTML" strip_whitespace=true>
<h1>Progress</h1>
<#assign pr = page>
<p class="lede">Of the ${pr.sections} sections, by the checker's measure: ${pr.readiness}. ${pr.totalWords} words of your own and ${pr.totalEvidence} evidence items so far.</p>
<h2>Sections by status</h2>
<figure class="chart-figure">
${pr.statusChart?no_esc}
</figure>
<table>
<caption>Sections by status</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Sections</th></tr></thead>
<tbody>
<#list pr.statusRows as s><tr><th scope="row">${s.label}</th><td>${s.count}</td></tr></#list>
</tbody>
</table>
<h2>Every section</h2>
<figure class="chart-figure">
${pr.wordsChart?no_esc}
</figure>
<table>
<caption>Status, words, evidence items and the checker's findings for each section</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Status</th><th scope="col">Words</th><th scope="col">Evidence items</th><th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Readiness</th></tr></thead>
<tbody>
<#list page.rows as r>
<tr>
<th scope="row"><#if r.written><a href="${kit.root}${r.href}">${r.title}</a><#else>${r.title}</#if></th>
<td>${r.statusLabel}</td><td>${r.words}</td><td>${r.evidence}</td><td>${r.errors}</td><td>${r.warnings}</td><td>${r.readiness}</td>
</tr>
</#list>
</tbody>
</table>
<p>Readiness comes from the checker (offline: web links are checked only when you run <code>java -jar target/cmalt.jar check</code>).</p>
