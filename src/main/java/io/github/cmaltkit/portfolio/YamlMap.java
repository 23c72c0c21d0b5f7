package io.github.cmaltkit.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping whose keys remember where they were written, so that a wrong value can be reported
 * at its own line. Scalars stay strings: "2027-05-31" or "yes" mean what the reader of a rule expects,
 * not what YAML 1.1 would make of them.
 */
public final class YamlMap {

    /** A value and where it stands (1-based, in the file). */
    public record Entry(String key, Object value, int line, int column, int valueLine, int valueColumn) {
    }

    /** A key inside a top-level value, e.g. {@code allow} of {@code acronyms:}, and where it is written. */
    public record Key(String name, int line, int column) {
    }

    private static final int MAX_DEPTH = 50;
    private static final int MAX_MENDS = 20;

    private final Map<String, Entry> entries;
    private final Map<String, List<Key>> nested;
    private final boolean broken;

    private YamlMap(Map<String, Entry> entries, Map<String, List<Key>> nested, boolean broken) {
        this.entries = Collections.unmodifiableMap(entries);
        this.nested = Collections.unmodifiableMap(nested);
        this.broken = broken;
    }

    private YamlMap(Map<String, Entry> entries, boolean broken) {
        this(entries, new LinkedHashMap<>(), broken);
    }

    public static YamlMap empty() {
        return new YamlMap(new LinkedHashMap<>(), false);
    }

    /**
     * Whether the YAML had a syntax mistake (reported once): the entries are then what could be read
     * with the mistaken line mended or left out, and a setting that seems absent may be on that line.
     */
    public boolean broken() {
        return broken;
    }

    /** This map with {@code entry} added (for a value read by hand from a line the parser could not read). */
    YamlMap with(Entry entry) {
        Map<String, Entry> more = new LinkedHashMap<>(entries);
        more.putIfAbsent(entry.key(), entry);
        return new YamlMap(more, nested, broken);
    }

    /** The keys of the mapping that is the value of top-level {@code key}, located (none when it is not a mapping). */
    public List<Key> keysUnder(String key) {
        return nested.getOrDefault(key, List.of());
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Parses {@code yaml}, whose first line is line {@code firstLine} of {@code file}. Problems
     * (syntax, not a mapping, duplicate keys) are added to {@code problems}; the result holds what
     * could be read.
     */
    public static YamlMap parse(String yaml, String file, int firstLine, List<Problem> problems) {
        Optional<Node> root;
        String text = yaml;
        boolean broken = false;
        // A mistake is reported once, in plain words; its line is then mended or blanked so that the
        // other settings are still read (a bad indent must not also lose the pathway).
        for (int attempt = 0; ; attempt++) {
            try {
                root = compose(text);
                break;
            } catch (MarkedYamlEngineException e) {
                if (attempt >= MAX_MENDS) return broken(problems, file, firstLine, "the YAML cannot be read; check that each setting is \"name: value\" on its own line");
                YamlMistake m = YamlMistake.of(text, e, firstLine);
                if (!broken) problems.add(Problem.at(file, firstLine + m.line(), m.column() + 1, m.message()));
                broken = true;
                if (m.mended().equals(text)) return new YamlMap(new LinkedHashMap<>(), true);
                text = m.mended();
            } catch (YamlEngineException e) {
                String why = String.valueOf(e.getMessage()).contains("Non scalar key")
                        ? ": a setting's name is a list or a group, where it should be a plain word before the colon"
                        : "; write each setting as \"name: value\" on its own line";
                return broken(problems, file, firstLine, "the YAML cannot be read" + why);
            } catch (StackOverflowError e) {
                return broken(problems, file, firstLine, "the YAML is nested too deeply to read; simplify it");
            }
        }
        if (root.isEmpty()) return broken ? new YamlMap(new LinkedHashMap<>(), true) : empty();
        Node node = root.get();
        if (!(node instanceof MappingNode mapping)) {
            int[] at = at(node, firstLine);
            problems.add(Problem.at(file, at[0], at[1], "expected \"key: value\" lines here, such as \"section: core-1a\""));
            return new YamlMap(new LinkedHashMap<>(), broken);
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        Map<String, List<Key>> nested = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            int[] k = at(t.getKeyNode(), firstLine);
            int[] v = at(t.getValueNode(), firstLine);
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(convert(t.getKeyNode(), 0));
            if (out.containsKey(key)) {
                problems.add(Problem.at(file, k[0], k[1], "\"" + key + "\" is given twice (first on line "
                        + out.get(key).line() + "); keep one"));
                continue;
            }
            Object value = convert(t.getValueNode(), 0);
            if (value == TOO_DEEP) {
                problems.add(Problem.at(file, v[0], v[1], "the value of \"" + key + "\" is nested too deeply"));
                continue;
            }
            out.put(key, new Entry(key, value, k[0], k[1], v[0], v[1]));
            if (t.getValueNode() instanceof MappingNode inner) {
                List<Key> keys = new ArrayList<>();
                for (NodeTuple it : inner.getValue()) {
                    int[] at = at(it.getKeyNode(), firstLine);
                    if (it.getKeyNode() instanceof ScalarNode s) keys.add(new Key(s.getValue(), at[0], at[1]));
                }
                nested.put(key, List.copyOf(keys));
            }
        }
        return new YamlMap(out, nested, broken);
    }

    /**
     * One set of settings for every file: they are immutable, and making them builds a schema each time.
     * The label (the file's name in snakeyaml's own messages) is not set: the kit's messages say the file.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(1_000_000)
            .build();

    private static Optional<Node> compose(String yaml) {
        return new Compose(SETTINGS).composeString(yaml);
    }

    private static YamlMap broken(List<Problem> problems, String file, int firstLine, String message) {
        problems.add(Problem.at(file, firstLine, 1, message));
        return new YamlMap(new LinkedHashMap<>(), true);
    }

    private static final Object TOO_DEEP = new Object();

    private static Object convert(Node node, int depth) {
        if (depth > MAX_DEPTH) return TOO_DEEP;
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            // A plain empty value or ~/null means "no value"; quoted "" stays an empty string.
            if (s.isPlain() && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) return null;
            return v;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node n : seq.getValue()) {
                Object c = convert(n, depth + 1);
                if (c == TOO_DEEP) return TOO_DEEP;
                list.add(c);
            }
            return list;
        }
        if (node instanceof MappingNode map) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Object k = convert(t.getKeyNode(), depth + 1);
                Object v = convert(t.getValueNode(), depth + 1);
                if (k == TOO_DEEP || v == TOO_DEEP) return TOO_DEEP;
                m.putIfAbsent(String.valueOf(k), v);
            }
            return m;
        }
        return null;
    }

    private static int[] at(Node node, int firstLine) {
        return node.getStartMark().map(m -> new int[] {firstLine + m.getLine(), m.getColumn() + 1})
                .orElse(new int[] {firstLine, 1});
    }
}
