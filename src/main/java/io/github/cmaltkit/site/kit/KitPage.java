package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.site.KitPages;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * One of the kit's pages as a JBake rendering tool (JBake's {@code Oven} runs every tool listed in
 * {@code META-INF/services/org.jbake.render.RenderingTool}): it builds its typed model and renders
 * {@code kit-page.ftl}, which frames {@code kit/ID.ftl}. The template sees {@code page} (the model),
 * {@code kit} (the site around it), {@code pageId}, {@code pageTitle} and {@code workspace}.
 */
public abstract class KitPage implements RenderingTool {

    static final String FRAME = "kit-page.ftl";

    private final KitPages.Entry entry;

    KitPage(String id) {
        this.entry = KitPages.get(id);
    }

    public final KitPages.Entry entry() {
        return entry;
    }

    /** A new instance of every kit page, in the contents' order (the services file lists the same classes). */
    public static List<KitPage> all() {
        return List.of(new PlanPage(), new ProgressPage(), new SelfAssessmentPage(), new PrinciplesPage(), new GlossaryPage(),
                new EvidencePage(), new PrintPage(), new RevisionsPage());
    }

    /** Whether this bake makes the page: a workspace page only where the workspace is shown. */
    public final boolean madeIn(ContentStore db, JBakeConfiguration config) throws RenderingException {
        return !entry.workspace() || KitBake.of(db, config).workspace;
    }

    /** Forgets what was read for {@code db}, so the next render reads the portfolio again (the preview, after a change). */
    public static void forget(ContentStore db) {
        KitBake.forget(db);
    }

    /** The page's model: a record (the templates read its components by name). */
    abstract Record model(KitBake bake) throws RenderingException;

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!madeIn(db, config)) return 0;
        KitBake bake = KitBake.of(db, config);
        TemplateModel model = new TemplateModel();
        model.put("kit", bake.view(entry));
        model.put("page", RecordModels.WRAPPER.wrapRecord(model(bake)));
        model.put("pageId", entry.id());
        model.put("pageTitle", entry.title());
        model.put("workspace", bake.workspace);
        File out = new File(config.getDestinationFolder(), entry.href().replace(".html", config.getOutputExtension()));
        try {
            Files.createDirectories(out.getParentFile().toPath());
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(out.toPath()), config.getOutputEncoding())) {
                KitBake.engine(db, config).renderDocument(model, FRAME, w);
            }
        } catch (IOException e) {
            throw new RenderingException("could not write " + out + ": " + e.getMessage());
        }
        return 1;
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, File destination, File templates, CompositeConfiguration config) {
        return 0; // JBake 2.7 calls the other method; this one is kept for the interface only
    }
}
