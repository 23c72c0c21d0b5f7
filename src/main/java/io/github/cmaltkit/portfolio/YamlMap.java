package io.github.cmaltkit.portfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
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

    private static final int MAX_DEPTH = 50;

    private final Map<String, Entry> entries;

    private YamlMap(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static YamlMap empty() {
        return new YamlMap(new LinkedHashMap<>());
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
        LoadSettings settings = LoadSettings.builder()
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(1_000_000)
                .setLabel(file == null ? "yaml" : file)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int col = mark == null ? 1 : mark.getColumn() + 1;
            problems.add(Problem.at(file, line, col, "the YAML is not valid: " + plain(e.getProblem())
                    + ". Check the indentation and quote any value that contains a colon followed by a space, or starts with [ { * & ! | > ' \" % @ `"));
            return empty();
        } catch (YamlEngineException e) {
            problems.add(Problem.at(file, firstLine, 1, "the YAML is not valid: " + plain(e.getMessage())));
            return empty();
        } catch (StackOverflowError e) {
            problems.add(Problem.at(file, firstLine, 1, "the YAML is nested too deeply to read; simplify it"));
            return empty();
        }
        if (root.isEmpty()) return empty();
        Node node = root.get();
        if (!(node instanceof MappingNode mapping)) {
            int[] at = at(node, firstLine);
            problems.add(Problem.at(file, at[0], at[1], "expected \"key: value\" lines here, such as \"section: core-1a\""));
            return empty();
        }
        Map<String, Entry> out = new LinkedHashMap<>();
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
        }
        return new YamlMap(out);
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

    private static String plain(String s) {
        return s == null ? "unexpected text" : s.replaceAll("\\s+", " ").strip();
    }
}
