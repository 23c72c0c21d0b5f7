package io.github.cmaltkit.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pathways the kit knows, each read from its data file {@code /pathways/ID.yml} once, when the kit
 * starts, and the section ids of them all ({@link #sectionIds()}).
 */
public final class Pathways {

    /** Pathway ids, in the order a candidate usually meets them. */
    public static final List<String> IDS = List.of("associate", "cmalt", "senior");

    /** Every pathway by id, in the order of {@link #IDS}; read once and never changed. */
    private static final Map<String, Pathway> BY_ID = loadAll();

    private static final SectionIds SECTION_IDS = SectionIds.of(List.copyOf(BY_ID.values()));

    private Pathways() {
    }

    /** The pathway with this id, or empty when there is no such pathway. */
    public static Optional<Pathway> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(id));
    }

    /** The section ids of every pathway, merged in official order, with what the messages say of them. */
    static SectionIds sectionIds() {
        return SECTION_IDS;
    }

    /** The pathway with this id; fails when there is none. */
    public static Pathway get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no pathway " + id + "; known: " + IDS));
    }

    private static Map<String, Pathway> loadAll() {
        Map<String, Pathway> all = new LinkedHashMap<>();
        Load yaml = new Load(LoadSettings.builder().build());
        for (String id : IDS) all.put(id, load(id, yaml));
        return Collections.unmodifiableMap(all);
    }

    private static Pathway load(String id, Load yaml) {
        String resource = "/pathways/" + id + ".yml";
        try (InputStream in = Pathways.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("pathway data file missing from the kit: " + resource);
            Object data = yaml.loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return parse(id, (Map<?, ?>) data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("pathway data file " + resource + " is malformed: " + e.getMessage(), e);
        }
    }

    static Pathway parse(String id, Map<?, ?> data) {
        List<Pathway.Group> groups = new ArrayList<>();
        for (Object g : list(data.get("groups"))) {
            Map<?, ?> gm = (Map<?, ?>) g;
            String groupTitle = str(gm.get("title"));
            List<SectionSpec> sections = new ArrayList<>();
            for (Object s : list(gm.get("sections"))) {
                Map<?, ?> sm = (Map<?, ?>) s;
                Map<?, ?> words = sm.get("words") instanceof Map<?, ?> w ? w : Map.of();
                sections.add(new SectionSpec(str(sm.get("id")), str(sm.get("title")), groupTitle,
                        bool(sm.get("assessed"), true), bool(sm.get("required"), true),
                        num(words.get("min")), num(words.get("max"))));
            }
            Pathway.Repeat repeat = null;
            if (gm.get("repeat") instanceof Map<?, ?> rm) {
                List<Pathway.KindRequirement> kinds = new ArrayList<>();
                for (Object k : list(rm.get("kinds"))) {
                    Map<?, ?> km = (Map<?, ?>) k;
                    List<String> names = new ArrayList<>();
                    for (Object n : list(km.get("kinds"))) names.add(str(n));
                    kinds.add(new Pathway.KindRequirement(List.copyOf(names), num(km.get("min")), str(km.get("explain"))));
                }
                List<String> titles = new ArrayList<>();
                for (Object t : list(rm.get("titles"))) titles.add(str(t));
                Pathway.Wording wording = new Pathway.Wording(str(rm.get("listed")), str(rm.get("called")),
                        str(rm.get("when-repeated")), str(rm.get("elsewhere")));
                repeat = new Pathway.Repeat(str(rm.get("prefix")), "letters".equals(rm.get("numbering")),
                        num(rm.get("min")), List.copyOf(titles), str(rm.get("title")), List.copyOf(kinds),
                        bool(rm.get("topics"), false), wording);
            }
            groups.add(new Pathway.Group(groupTitle, str(gm.get("guidance")), List.copyOf(sections), repeat));
        }
        return new Pathway(id, str(data.get("name")), str(data.get("long-name")), bool(data.get("provisional"), false),
                str(data.get("provisional-note")), str(data.get("source")), groups);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString().strip();
    }

    private static boolean bool(Object o, boolean dflt) {
        return o instanceof Boolean b ? b : dflt;
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
