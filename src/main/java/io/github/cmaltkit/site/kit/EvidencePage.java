package io.github.cmaltkit.site.kit;

import io.github.cmaltkit.check.Page;
import io.github.cmaltkit.check.rules.Acronyms;
import io.github.cmaltkit.links.LinkHistory;
import io.github.cmaltkit.markdown.Markdown;
import io.github.cmaltkit.markdown.SitePaths;
import io.github.cmaltkit.portfolio.Portfolio;
import io.github.cmaltkit.portfolio.SectionFile;
import io.github.cmaltkit.site.KitPages;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Every evidence item, section by section: what it links to and what the candidate says of it. The
 * local bake adds whether each link opens (the checker's view); the published register leaves that out.
 */
public final class EvidencePage extends KitPage {

    record Model(List<Section> sections) {
    }

    record Section(String title, String href, List<Item> items) {
    }

    /** {@code text} is why the item is there; {@code accessNote} whether it gives access details (a password, a guest login). */
    record Item(String text, List<ItemLink> links, boolean accessNote) {
    }

    record ItemLink(String label, String href, String status) {
    }

    /** The register's own entry: its items link back from it. */
    static final KitPages.Entry ENTRY = new KitPages.Entry("evidence", "Evidence register", false);

    public EvidencePage() {
        super(ENTRY);
    }

    @Override
    Model model(KitBake bake) {
        return new Model(register(bake.portfolio, LinkHistory.load(), bake.ordered(), bake::titleOf, bake::page));
    }

    static List<Section> register(Portfolio portfolio, LinkHistory history, List<SectionFile> files,
                                  Function<SectionFile, String> titles, Function<SectionFile, Page> pages) {
        String at = ENTRY.href();
        List<Section> out = new ArrayList<>();
        for (SectionFile f : files) {
            if (!f.isSection()) continue;
            List<Item> items = new ArrayList<>();
            for (ListItem item : pages.apply(f).items("evidence")) {
                List<ItemLink> links = new ArrayList<>();
                item.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        links.add(link(portfolio, f, link.getDestination(), Markdown.plainText(link), history, at));
                    }

                    @Override
                    public void visit(Image image) {
                        links.add(link(portfolio, f, image.getDestination(),
                                image.getTitle() == null ? Markdown.plainText(image) : image.getTitle(), history, at));
                    }
                });
                items.add(new Item(whyItIsThere(item), links, Acronyms.givesAccessInformation(Markdown.plainText(item))));
            }
            out.add(new Section(titles.apply(f), KitBake.href(f), items));
        }
        return out;
    }

    /**
     * What the candidate says of an evidence item, without the words of its links and images: those
     * are in the register's first column already, and an image's description is not a reason.
     */
    static String whyItIsThere(Node item) {
        String text = Markdown.plainTextOutsideLinks(item);
        // "[Report](r.pdf): I include this…" leaves ": I include this…"; the joining mark goes too.
        return text.replaceAll("\\s+", " ").replaceFirst("^[:;,.\u2013\u2014-]+\\s*", "").strip();
    }

    private static ItemLink link(Portfolio portfolio, SectionFile f, String destination, String label, LinkHistory history, String at) {
        String status;
        if (destination.startsWith("mailto:")) {
            status = "E-mail address";
        } else if (SitePaths.isExternal(destination)) {
            // What the last `cmalt check` on this computer found; the bake itself never goes online.
            status = history.lookup(destination).map(k -> switch (k.result().outcome()) {
                case OK -> "Opens for anyone (checked " + PlanPage.DAY.format(k.checkedOn()) + ")";
                case RESTRICTED -> "Needs signing in (checked " + PlanPage.DAY.format(k.checkedOn()) + ")";
                case BROKEN -> "Broken: " + k.result().reason() + " (checked " + PlanPage.DAY.format(k.checkedOn()) + ")";
                case UNVERIFIED -> "Could not be verified";
            }).orElse("Web link, not checked yet: run the checker to test that it opens without signing in");
        } else {
            String path = destination.replaceAll("[#?].*$", "");
            String target = path.isEmpty() ? f.path() : SitePaths.resolve(f.path(), path);
            status = target != null && Files.exists(portfolio.dir().resolve(target)) ? "File in the portfolio" : "Missing file";
        }
        return new ItemLink(label == null || label.isBlank() ? destination : label, SitePaths.mapLink(f.path(), destination, at), status);
    }
}
