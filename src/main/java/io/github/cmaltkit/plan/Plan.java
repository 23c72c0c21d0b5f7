package io.github.cmaltkit.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The 16-week writing plan counting down to a submission date: week 16 starts 16 weeks before it,
 * week 1 ends on it. Nothing here reads the clock: callers pass the dates they mean.
 */
public final class Plan {

    /** The submission windows ALT has used; since 2025 it has also accepted submissions at any time. */
    public static final List<MonthDay> WINDOWS = List.of(MonthDay.of(1, 31), MonthDay.of(5, 31), MonthDay.of(9, 30));

    /** One week of the plan, with its dates when the plan has a target. */
    public record Week(int number, String stage, List<String> tasks, LocalDate start, LocalDate end) {
        public boolean contains(LocalDate day) {
            return start != null && !day.isBefore(start) && !day.isAfter(end);
        }
    }

    private final LocalDate target;
    private final List<Week> weeks;

    private Plan(LocalDate target, List<Week> weeks) {
        this.target = target;
        this.weeks = List.copyOf(weeks);
    }

    /** The submission date, or null for a plan without dates. */
    public LocalDate target() { return target; }

    /** Weeks 16 down to 1. */
    public List<Week> weeks() { return weeks; }

    /** The plan counting down to {@code target}; a null target gives the weeks without dates. */
    public static Plan countingDownTo(LocalDate target) {
        List<Week> out = new ArrayList<>();
        for (Map<?, ?> w : data()) {
            int n = ((Number) w.get("week")).intValue();
            List<String> tasks = new ArrayList<>();
            for (Object t : (List<?>) w.get("tasks")) tasks.add(String.valueOf(t));
            LocalDate end = target == null ? null : target.minusWeeks(n - 1L);
            LocalDate start = end == null ? null : end.minusDays(6);
            out.add(new Week(n, String.valueOf(w.get("stage")), List.copyOf(tasks), start, end));
        }
        return new Plan(target, out);
    }

    /** The first of the usual windows on or after {@code day}. */
    public static LocalDate nextWindow(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay w : WINDOWS) {
                LocalDate d = w.atYear(year);
                if (!d.isBefore(day)) return d;
            }
        }
    }

    /** The week containing {@code day}, or null when {@code day} is outside the 16 weeks. */
    public Week weekOf(LocalDate day) {
        for (Week w : weeks) if (w.contains(day)) return w;
        return null;
    }

    /** Whole days from {@code day} to the target (negative once it has passed). */
    public long daysLeft(LocalDate day) {
        return ChronoUnit.DAYS.between(day, target);
    }

    private static List<Map<?, ?>> data() {
        try (InputStream in = Plan.class.getResourceAsStream("/plan/weeks.yml")) {
            if (in == null) throw new IllegalStateException("plan/weeks.yml is missing from the kit");
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Map<?, ?>> out = new ArrayList<>();
            for (Object o : (List<?>) loaded) out.add((Map<?, ?>) o);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
