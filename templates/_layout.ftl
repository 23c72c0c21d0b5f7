<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every page: skip link, header, contents, main, footer. -->
<#macro page title kit>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="CMALT portfolio kit">
<title>${title} | ${kit.title}</title>
<#include "_style.ftl">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<p class="site-title"><a href="${kit.root}index.html"<#if kit.current == "index.html"> aria-current="page"</#if>>${kit.title}</a></p>
<p class="site-pathway">${kit.pathway.longName}</p>
<p class="contents-jump"><a href="#contents">Contents</a></p>
<#if kit.pathway.provisional><p class="notice"><strong>Provisional pathway.</strong> ${kit.pathway.provisionalNote}</p></#if>
</header>
<div class="layout">
<main id="main" tabindex="-1">
<#nested>
<#if kit.prev?? || kit.next??>
<nav class="pager" aria-label="Previous and next page">
<ul>
<#if kit.prev??><li class="pager-prev"><a href="${kit.root}${kit.prev.href}" rel="prev"><span class="pager-label">Previous</span> ${kit.prev.title}</a></li></#if>
<#if kit.next??><li class="pager-next"><a href="${kit.root}${kit.next.href}" rel="next"><span class="pager-label">Next</span> ${kit.next.title}</a></li></#if>
</ul>
</nav>
</#if>
</main>
<#-- The contents come after the page in the source, so a phone shows the page first; wide screens
     place them in the left column. -->
<nav class="contents" id="contents" aria-label="Portfolio contents">
<h2 class="contents-title">Contents</h2>
<ul>
<#list kit.groups as group>
<li><span class="contents-group">${group.title}</span>
<ul>
<#list group.entries as entry>
<#if entry.written>
<li><a href="${kit.root}${entry.href}"<#if kit.current == entry.href> aria-current="page"</#if>>${entry.heading}</a></li>
<#else>
<li class="contents-missing">${entry.officialTitle} <span class="tag-missing">(not written yet)</span></li>
</#if>
</#list>
</ul>
</li>
</#list>
<#if kit.extras?has_content>
<li><span class="contents-group">Other pages</span>
<ul>
<#list kit.extras as extra>
<li><a href="${kit.root}${extra.href}"<#if kit.current == extra.href> aria-current="page"</#if>>${extra.title}</a></li>
</#list>
</ul>
</li>
</#if>
<#-- The public bake has no workspace pages: its group is named for what is left. -->
<li><span class="contents-group"><#if kit.workspace!true>Plan and progress<#else>Across the portfolio</#if></span>
<ul>
<#list kit.kitPages as kp>
<li><a href="${kit.root}${kp.href}"<#if kit.current == kp.href> aria-current="page"</#if>>${kp.title}</a></li>
</#list>
</ul>
</li>
</ul>
</nav>
</div>
<footer class="site-footer">
<p>${kit.title}. Made with the CMALT portfolio kit: a static site that needs no JavaScript and loads nothing from other sites.</p>
</footer>
</body>
</html>
</#macro>

<#-- The notice of a section whose file holds only headings and prompts, or of a section with no file,
     the same on its page, the home page and the print page. Which file and what to do are hints for
     the candidate: only where the workspace is shown, never on the published site. -->
<#macro notWritten kit required id file="">
<p><strong class="tag-missing">Not written yet.</strong> <#if required>The ${kit.pathway.name} pathway requires this section<#else>This section is optional</#if><#if kit.workspace!true>: <#if file?has_content>its file, <code>${file}</code>, holds only headings and writing prompts so far<#else>add a file with <code>section: ${id}</code> in its front matter</#if></#if>.</p>
</#macro>

<#-- Fails the bake when a template is used without the kit's engine and model. -->
<#macro requireKit>
<#if !(cmalt??)>
<#stop "The CMALT kit's site model (cmalt) is missing: the kit's jar is not on JBake's classpath. Run the set-up command in README.md (mvn install), then bake again.">
</#if>
</#macro>

<#macro requireEngine content>
<#if !(content.cmalt_engine??)>
<#stop "A page was made by another Markdown engine than the CMALT kit's (" + (content.file!"unknown file") + "): JBake's own engine cannot read the portfolio's YAML front matter. In pom.xml, list jbake-core first and cmalt-kit after it in the jbake-maven-plugin's dependencies, then run mvn install.">
</#if>
</#macro>

<#-- Wraps each table of a kit page in a box that scrolls sideways and can take keyboard focus, as the
     Markdown renderer does for the candidate's tables (see PortfolioNodeRenderer); those arrive in
     their box already (the print page holds both kinds). -->
<#function scrollableTables html>
<#return html?replace(r'(?<!narrow screens\)">)<table([ >])', "<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"Table (scrolls sideways on narrow screens)\"><table$1", "r")?replace(r'</table>(?!</div>)', "</table></div>", "r")>
</#function>
