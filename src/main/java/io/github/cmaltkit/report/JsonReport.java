package io.github.cmaltkit.report;

import io.github.cmaltkit.check.Finding;
import io.github.cmaltkit.portfolio.Readiness;

/**
 * {@code --format json}: the contract's object, keys in the contract's order ({@code portfolio},
 * {@code pathway}, {@code findings}), then this kit's additions {@code summary}, {@code sections}
 * and {@code principles} (documented in docs/checker.md). Scripts may rely on the first three only
 * being there, in that order; the additions only ever get new keys at their ends.
 */
final class JsonReport {

    private JsonReport() {
    }

    static String render(CheckReport report) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("portfolio", report.shownPortfolio());
        w.field("pathway", report.pathway().id());
        w.name("findings").beginArray();
        for (Finding f : report.findings()) {
            w.beginObject()
                    .field("rule", f.rule())
                    .field("severity", f.severity().id())
                    .field("file", f.file())
                    .field("line", f.line())
                    .field("column", f.column())
                    .field("section", f.section())
                    .field("message", f.message())
                    .endObject();
        }
        w.endArray();

        w.name("summary").beginObject()
                .field("errors", report.errors())
                .field("warnings", report.warnings())
                .field("info", report.infos())
                .field("files", report.filesChecked())
                .field("ready", report.ready())
                .field("webLinksNotChecked", report.webLinksNotChecked())
                .endObject();
        w.name("sections").beginArray();
        for (CheckReport.SectionRow r : report.sectionRows()) {
            w.beginObject()
                    .field("id", r.spec().id())
                    .field("title", r.spec().title())
                    .field("group", r.group())
                    .field("status", legacyStatus(r.readiness()))
                    .field("file", r.file())
                    .field("errors", r.errors())
                    .field("warnings", r.warnings())
                    .field("readiness", r.readiness().id())
                    .field("readinessLabel", r.readiness().label())
                    .endObject();
        }
        w.endArray();
        w.name("principles").beginArray();
        for (CheckReport.PrincipleRow p : report.principleRows()) {
            w.beginObject().field("id", p.id()).field("title", p.title()).name("sections").beginArray();
            for (String s : p.sections()) w.value(s);
            w.endArray().endObject();
        }
        w.endArray();
        return w.endObject().finish();
    }

    /**
     * The first version's three-valued {@code status}, kept for scripts that read it: {@code missing}
     * (not written yet), {@code needs-work} (any error or warning) or {@code complete}. {@code readiness}
     * tells warnings from errors.
     */
    static String legacyStatus(Readiness readiness) {
        return switch (readiness) {
            case NOT_WRITTEN -> "missing";
            case NEEDS_WORK, NEARLY_THERE -> "needs-work";
            case READY -> "complete";
        };
    }
}
