package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.markdown.Glossary;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.ParsedBody;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Pathway;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.PortfolioModel;
import io.github.cmaltkit.portfolio.PortfolioPath;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.portfolio.SectionSpec;
import io.github.cmaltkit.site.BakeSession;
import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine for portfolio sections: reads the contract's YAML front matter and renders
 * the body with commonmark-java. Registered for {@code md} and {@code markdown} in
 * {@code META-INF/org.jbake.parser.MarkupEngines.properties}.
 * The bake's one model comes from its {@link io.github.cmaltkit.site.BakeSession}.
 *
 * <p>Every document it makes carries {@link #MARKER}; the templates refuse to render a document
 * without it, so a build where JBake's own engine took over fails loudly instead of silently.
 */
public final class CommonmarkEngine extends MarkupEngine {

    /** Document key whose presence proves this engine made the document. */
    public static final String MARKER = "cmalt_engine";
    public static final String ENGINE_NAME = "commonmark-java";
    /** Hands the parsed body from processHeader to processBody; removed before JBake stores the document. */
    private static final String TREE = "cmalt_body_tree";

    @Override
    public void processHeader(ParserContext context) {
        File file = context.getFile();
        Path source = context.getConfig().getSourceFolder().toPath().toAbsolutePath().normalize();
        String rel = PortfolioPath.relative(source, file.toPath().toAbsolutePath().normalize());
        BakeSession session = Sessions.of(context.getConfig());
        PortfolioModel model;
        SectionFile section;
        try {
            model = session.model();
            // The staged file is a copy of the portfolio's: the model read it once for the whole bake.
            section = session.file(rel, file.toPath());
        } catch (Portfolio.UnreadableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        Pathway pathway = model.pathway();

        DocumentModel doc = context.getDocumentModel();
        doc.put(MARKER, ENGINE_NAME);
        doc.put("cmalt_source", rel);
        // JBake's own "status" decides publishing; the candidate's status is progress, kept apart.
        doc.setStatus("published");
        // A fixed date keeps bakes byte-identical (JBake would otherwise use the file's mtime).
        context.setDate(new Date(0));
        doc.setType(section.isSection() ? "section" : "page");
        SectionSpec spec = section.isSection() ? pathway.spec(section.sectionId()).orElse(null) : null;
        String official = spec != null ? spec.title() : null;
        doc.setTitle(model.title(section));
        // Tags are the candidate's own (front matter "tags:"); the kit's pages are rendering tools, not tag pages.
        doc.setTags(tags(section));
        doc.put("cmalt_section", section.sectionId() == null ? "" : section.sectionId());
        doc.put("cmalt_official_title", official == null ? "" : official);
        doc.put("cmalt_group", spec == null ? "" : spec.group());
        // Which section this is, above the page's heading; the print page says it the same way.
        doc.put("cmalt_section_label", spec == null ? "" : spec.label(model.title(section)));
        doc.put("cmalt_progress", section.status() == null ? "" : section.status());
        doc.put("cmalt_topic", section.topic() == null ? "" : section.topic());
        doc.put("cmalt_kind", section.kind() == null ? "" : section.kind());
        doc.put("cmalt_principles", String.join(",", section.principles()));
        doc.put("cmalt_problem_count", section.problems().size());
        doc.put("cmalt_unwritten", section.isSection() && !section.written());
        // The file's one parse (the checker's page reads the same tree), so that the page is rendered from the model's.
        if (section.readable()) doc.put(TREE, section.parsed());
        doc.put("cmalt_glossary", model.glossary());
    }

    @Override
    public void processBody(ParserContext context) {
        DocumentModel doc = context.getDocumentModel();
        ParsedBody tree = (ParsedBody) doc.remove(TREE);
        String source = (String) doc.get("cmalt_source");
        Glossary glossary = (Glossary) doc.remove("cmalt_glossary");
        // An unreadable file has no tree, and its page no body.
        context.setBody(tree == null ? "" : Markdown.render(source, tree, SitePaths.pageOf(source), "", 0,
                glossary == null ? Glossary.NONE : glossary));
    }

    /** The candidate's tags: front matter {@code tags: [a, b]} or {@code tags: a, b}, as JBake's own engines read them. */
    private static String[] tags(SectionFile section) {
        Object v = section.entry("tags").map(e -> e.value()).orElse(null);
        List<?> values = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v.toString().split(","));
        return values.stream().filter(o -> o != null && !o.toString().isBlank()).map(o -> o.toString().strip()).toArray(String[]::new);
    }
}
