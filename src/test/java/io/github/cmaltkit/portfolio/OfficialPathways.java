package io.github.cmaltkit.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * What each pathway asks for, written out by hand from ALT's own documents, so that tests compare the
 * kit's pathway data and pages against them instead of against the code that builds those pages.
 * Sources: the CMALT assessment form (sections, their titles and order; at least two core area 3 topics;
 * at least one specialist option), a Senior CMALT assessment result (core 3a legislation and 3b policies
 * and standards; two specialist options; at least one advanced area), and the 16-week plan (contextual
 * statement and future plans, required but not assessed). The confirmation (a signed declaration) is
 * part of every submission. Where the documents word a heading differently (core area 2 and 4), the kit
 * uses the assessment form's words. The Associate list is not in these documents: it is the kit's
 * provisional list, written out here so that a change to it is a deliberate one.
 */
public final class OfficialPathways {

    /** A group heading of the assessment form and the sections it holds at the minimum the pathway requires. */
    public record Group(String title, List<Section> sections) {
    }

    public record Section(String id, String title) {
    }

    private OfficialPathways() {
    }

    private static Section s(String id, String title) {
        return new Section(id, title);
    }

    private static final Group CONTEXT = new Group("Contextual statement", List.of(s("contextual-statement", "Contextual statement")));
    private static final Group CORE_1 = new Group("Core area 1: Operational issues", List.of(
            s("core-1a", "An understanding of the constraints and benefits of different technologies"),
            s("core-1b", "Technical knowledge and ability in the use of learning technology"),
            s("core-1c", "Supporting the deployment of learning technologies")));
    private static final Group CORE_2 = new Group("Core area 2: Learning, teaching and assessment", List.of(
            s("core-2a", "An understanding of teaching, learning and/or assessment processes"),
            s("core-2b", "An understanding of your target learners")));
    private static final Group CORE_4 = new Group("Core area 4: Communication and working with others", List.of(
            s("core-4", "Communication and working with others")));
    private static final Group FUTURE = new Group("Future plans", List.of(s("future-plans", "Future plans")));
    private static final Group CONFIRMATION = new Group("Confirmation", List.of(s("confirmation", "Confirmation")));

    public static final List<Group> CMALT = List.of(
            CONTEXT, CORE_1, CORE_2,
            new Group("Core area 3: The wider context", List.of(
                    s("core-3a", "Wider context: legislation"),
                    s("core-3b", "Wider context: legislation, policy or standard"))),
            CORE_4,
            new Group("Specialist option(s)", List.of(s("specialist-1", "Specialist option"))),
            FUTURE, CONFIRMATION);

    public static final List<Group> SENIOR = List.of(
            CONTEXT, CORE_1, CORE_2,
            new Group("Core area 3: The wider context", List.of(
                    s("core-3a", "Understanding and engaging with legislation"),
                    s("core-3b", "Understanding and engaging with policies and standards"))),
            CORE_4,
            new Group("Specialist option(s)", List.of(s("specialist-1", "Specialist option"), s("specialist-2", "Specialist option"))),
            new Group("Advanced area(s)", List.of(s("advanced-1", "Advanced area"))),
            FUTURE, CONFIRMATION);

    /** Provisional (not in ALT's documents here): core 1a, 1b, 2a, one core area 3 topic and core 4; no specialist option. */
    public static final List<Group> ASSOCIATE = List.of(
            CONTEXT,
            new Group("Core area 1: Operational issues", CORE_1.sections().subList(0, 2)),
            new Group("Core area 2: Learning, teaching and assessment", CORE_2.sections().subList(0, 1)),
            new Group("Core area 3: The wider context", List.of(s("core-3a", "Wider context: legislation, policy or standard"))),
            CORE_4, FUTURE, CONFIRMATION);

    public static List<Group> of(String pathwayId) {
        return switch (pathwayId) {
            case "cmalt" -> CMALT;
            case "senior" -> SENIOR;
            case "associate" -> ASSOCIATE;
            default -> throw new IllegalArgumentException("no written-out expectation for pathway " + pathwayId);
        };
    }

    /** Every section of a pathway at its minimum, in official order. */
    public static List<Section> sections(String pathwayId) {
        List<Section> out = new ArrayList<>();
        for (Group g : of(pathwayId)) out.addAll(g.sections());
        return out;
    }
}
