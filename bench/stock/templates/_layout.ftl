<#ftl output_format="HTML" strip_whitespace=true>
<#-- Stock version of the kit's _layout.ftl: the same frame and stylesheet, built from JBake's own model
     (published_pages, config) instead of the kit's cmalt model. _style.ftl is copied from the kit's
     templates/ by bench/bake.sh. -->
<#macro page title root current>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="JBake">
<title>${title} | ${config.site_title}</title>
<#include "_style.ftl">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<p class="site-title"><a href="${root}index.html"<#if current == "index.html"> aria-current="page"</#if>>${config.site_title}</a></p>
<p class="site-pathway">Certified Member of the Association for Learning Technology</p>
</header>
<div class="layout">
<nav class="contents" aria-label="Portfolio contents">
<h2 class="contents-title">Contents</h2>
<ul>
<li><span class="contents-group">Pages</span>
<ul>
<#list published_pages?sort_by("uri") as p>
<li><a href="${root}${p.uri}"<#if current == p.uri> aria-current="page"</#if>>${p.title}</a></li>
</#list>
</ul>
</li>
</ul>
</nav>
<main id="main" tabindex="-1">
<#nested>
</main>
</div>
<footer class="site-footer">
<p>${config.site_title}. Made with JBake: a static site that needs no JavaScript and loads nothing from other sites.</p>
</footer>
</body>
</html>
</#macro>
