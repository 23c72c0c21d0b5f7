package io.github.cmaltkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void sixteenWeeksCountDownToTheTarget() {
        Plan plan = Plan.countingDownTo(LocalDate.of(2027, 5, 31));
        assertThat(plan.weeks()).hasSize(16);
        assertThat(plan.weeks().get(0).number()).isEqualTo(16);
        assertThat(plan.weeks().get(15).end()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(plan.weeks().get(15).start()).isEqualTo(LocalDate.of(2027, 5, 25));
        assertThat(plan.weeks().get(0).start()).isEqualTo(LocalDate.of(2027, 2, 9));
        for (int i = 1; i < 16; i++) {
            assertThat(plan.weeks().get(i).start()).isEqualTo(plan.weeks().get(i - 1).end().plusDays(1));
        }
        assertThat(plan.weeks().get(0).tasks()).anySatisfy(t -> assertThat(t).contains("contextual statement"));
        assertThat(plan.weeks().get(7).tasks()).anySatisfy(t -> assertThat(t).contains("link"));
    }

    @Test
    void findsTheWeekOfADay() {
        Plan plan = Plan.countingDownTo(LocalDate.of(2027, 1, 31));
        assertThat(plan.weekOf(LocalDate.of(2027, 1, 31)).number()).isEqualTo(1);
        assertThat(plan.weekOf(LocalDate.of(2027, 1, 24)).number()).isEqualTo(2);
        assertThat(plan.weekOf(LocalDate.of(2026, 9, 1))).isNull();
        assertThat(plan.daysLeft(LocalDate.of(2027, 1, 1))).isEqualTo(30);
    }

    @Test
    void nextWindowIsTheUsualDatesInOrder() {
        assertThat(Plan.nextWindow(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(Plan.nextWindow(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(Plan.nextWindow(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(Plan.nextWindow(LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void aPlanWithoutTargetHasNoDates() {
        Plan plan = Plan.countingDownTo(null);
        assertThat(plan.weeks()).hasSize(16).allSatisfy(w -> assertThat(w.start()).isNull());
    }
}
