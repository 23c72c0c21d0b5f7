package io.github.cmaltkit.site.jbake;

import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.site.BakeSession;
import io.github.cmaltkit.site.kit.KitPage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The kit's pages as one JBake rendering tool (JBake's {@code Oven} runs every tool listed in
 * {@code META-INF/services/org.jbake.render.RenderingTool}): renders each page of {@link KitPage#all} that
 * the bake makes, with JBake's template engine for the bake's templates.
 */
public final class KitPagesTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = Sessions.of(db);
        int made = 0;
        RenderingException first = null;
        for (KitPage page : KitPage.all()) {
            // One page that cannot be made does not keep the others from the site; the bake fails with the first reason.
            try {
                made += render(page, session, db, config);
            } catch (RenderingException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
        return made;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templates, CompositeConfiguration config) {
        return 0; // JBake 2.7 calls the other method; this one is kept for the interface only
    }

    /** Whether the session's bake makes {@code page}; a bake whose portfolio or audience cannot be read fails with the reason. */
    static boolean made(KitPage page, BakeSession session) throws RenderingException {
        try {
            return page.madeIn(session);
        } catch (Portfolio.UnreadableException | IllegalArgumentException e) {
            throw new RenderingException(e.getMessage());
        }
    }

    /** Renders {@code page} into the site if this bake makes it: 1 if it did. */
    static int render(KitPage page, BakeSession session, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!made(page, session)) return 0;
        TemplateModel model = new TemplateModel();
        try {
            model.putAll(page.templateModel(session));
        } catch (Portfolio.UnreadableException | IllegalArgumentException e) {
            throw new RenderingException(e.getMessage());
        }
        File out = new File(config.getDestinationFolder(), page.entry().href().replace(".html", config.getOutputExtension()));
        try {
            Files.createDirectories(out.getParentFile().toPath());
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(out.toPath()), config.getOutputEncoding())) {
                Sessions.engine(db, config).renderDocument(model, KitPage.FRAME, w);
            }
        } catch (IOException e) {
            throw new RenderingException("could not write " + out + ": " + e.getMessage());
        }
        return 1;
    }
}
