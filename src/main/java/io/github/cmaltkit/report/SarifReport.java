package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.check.Rule;
import io.github.cmaltkit.check.RuleInfo;
import io.github.cmaltkit.check.Severity;
import io.github.cmaltkit.check.rules.Rules;
import io.github.cmaltkit.portfolio.Settings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code-scanning tools (e.g. GitHub's upload-sarif). Every
 * rule of the contract is described, so a tool can show rules that found nothing; results point at
 * repository-relative files. A portfolio-wide finding points at the portfolio's
 * {@code portfolio.yml} without a region, because code-scanning tools drop results with no file.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TOOL = "cmalt-check";

    /** A rule as SARIF's rule list describes it. */
    private record Described(String id, Severity severity, String text) {
    }

    private SarifReport() {
    }

    static String render(CheckReport report, String pathPrefix) {
        // Rule descriptions: the kit's rules (each from its RuleInfo), then any other rule a finding names.
        Map<String, Described> rules = new LinkedHashMap<>();
        for (Rule r : Rules.all()) rules.put(r.id(), new Described(r.id(), r.severity(), capitalised(r.summary())));
        for (Finding f : report.findings()) {
            rules.computeIfAbsent(f.rule(), id -> new Described(id, f.severity(), id));
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());

        JsonWriter w = new JsonWriter().beginObject();
        w.field("$schema", SCHEMA);
        w.field("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.field("name", TOOL);
        w.name("rules").beginArray();
        for (Described r : rules.values()) {
            w.beginObject()
                    .field("id", r.id())
                    .name("shortDescription").beginObject().field("text", r.text()).endObject()
                    // SARIF requires helpUri to be absolute, and the kit's address is not known here: the
                    // rule's documentation is named in the help text instead.
                    .name("help").beginObject().field("text", "See " + RuleInfo.docOf(r.id()) + " in the CMALT portfolio kit.").endObject()
                    .name("defaultConfiguration").beginObject().field("level", level(r.severity())).endObject()
                    .endObject();
        }
        w.endArray().endObject().endObject();
        // commonmark source spans count columns in Java chars, i.e. UTF-16 code units.
        w.field("columnKind", "utf16CodeUnits");
        w.name("results").beginArray();
        for (Finding f : report.findings()) {
            w.beginObject()
                    .field("ruleId", f.rule())
                    .field("ruleIndex", ruleIds.indexOf(f.rule()))
                    .field("level", level(f.severity()))
                    .name("message").beginObject().field("text", TextReport.messageWithDoc(f)).endObject();
            w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            String file = f.file() != null ? f.file() : Settings.FILE;
            w.name("artifactLocation").beginObject().field("uri", uri(Paths.join(pathPrefix, file))).endObject();
            if (f.file() != null && f.line() != null) {
                w.name("region").beginObject().field("startLine", f.line());
                if (f.column() != null) w.field("startColumn", f.column());
                w.endObject();
            }
            w.endObject().endObject().endArray();
            w.endObject();
        }
        w.endArray();
        // A property bag (SARIF 3.8): each section's readiness, in the words of the other outputs.
        w.name("properties").beginObject().name("readiness").beginArray();
        for (CheckReport.SectionRow r : report.sectionRows()) {
            w.beginObject().field("section", r.spec().id()).field("readiness", r.readiness().id())
                    .field("label", r.readiness().label()).endObject();
        }
        w.endArray().endObject();
        w.endObject().endArray();
        return w.endObject().finish();
    }

    /** A rule's summary as a SARIF short description: a sentence's capital first letter. */
    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a path: every byte outside RFC 3986's unreserved set and '/' percent-encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
