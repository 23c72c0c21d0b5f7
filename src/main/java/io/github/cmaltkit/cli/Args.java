package io.github.cmaltkit.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small parser for {@code --option value}, {@code --option=value}, {@code --flag} and positionals, with
 * "did you mean" for a mistyped option: the candidate's commands and the build's steps read their arguments with it.
 */
public final class Args {

    final List<String> positionals = new ArrayList<>();
    final Map<String, String> values = new HashMap<>();
    final Set<String> flags = new HashSet<>();

    public static Args parse(List<String> args, List<String> withValue, List<String> flagNames) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.startsWith("--")) {
                String name = s;
                String value = null;
                int eq = s.indexOf('=');
                if (eq > 0) {
                    name = s.substring(0, eq);
                    value = s.substring(eq + 1);
                }
                if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new UsageException(name + " needs a value");
                        value = args.get(++i);
                    }
                    a.values.put(name, value);
                } else if (flagNames.contains(name) && value == null) {
                    a.flags.add(name);
                } else {
                    List<String> known = new ArrayList<>(withValue);
                    known.addAll(flagNames);
                    throw new UsageException("unknown option " + name + Suggestion.hint(name, known));
                }
            } else if (s.length() > 1 && s.startsWith("-") && !exists(s)) {
                // "-offline": an option with one dash, not a folder of that name.
                List<String> known = new ArrayList<>(withValue);
                known.addAll(flagNames);
                String twoDashes = "-" + s;
                String hint = known.contains(twoDashes.split("=", 2)[0]) ? ": did you mean " + twoDashes + "? (options start with two dashes)"
                        : Suggestion.hint(s, known);
                throw new UsageException("unknown option " + s + hint);
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public Path onePositional(String what) throws UsageException {
        if (positionals.size() != 1) throw new UsageException("expected one " + what + (positionals.isEmpty() ? "" : ", got " + positionals));
        return Path.of(positionals.get(0));
    }

    public Path path(String option) throws UsageException {
        String v = values.get(option);
        if (v == null) throw new UsageException(option + " is required");
        return Path.of(v);
    }

    public String value(String option, String dflt) {
        return values.getOrDefault(option, dflt);
    }

    /** Whether {@code option} was given a value. */
    public boolean has(String option) {
        return values.containsKey(option);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
