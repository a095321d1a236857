package org.goldenthread.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.LifecycleState;
import org.junit.jupiter.api.Test;

/** CYC-01: a period's updates open at the start of the next period plus the council's lag, and stay open. */
class UpdateRoundTest {
    private final UpdateRound fiveDays = new UpdateRound(Period.ofDays(5));

    @Test
    void theQuarterJustEndedOpensOnceTheLagAfterTheNewQuarterStartsHasPassed() {
        assertThat(fiveDays.open(Frequency.QUARTERLY, LocalDate.of(2025, 10, 5))).isEmpty();
        assertThat(fiveDays.open(Frequency.QUARTERLY, LocalDate.of(2025, 10, 6)))
                .contains(FinancialPeriod.parse("2025/26 Q2"));
        assertThat(fiveDays.open(Frequency.QUARTERLY, LocalDate.of(2025, 12, 31)))
                .contains(FinancialPeriod.parse("2025/26 Q2"));
    }

    @Test
    void acrossTheFinancialYearTheLastQuarterOfTheOldYearOpens() {
        UpdateRound atOnce = new UpdateRound(Period.ZERO);

        assertThat(atOnce.open(Frequency.QUARTERLY, LocalDate.of(2026, 3, 31)))
                .contains(FinancialPeriod.parse("2025/26 Q3"));
        assertThat(atOnce.open(Frequency.QUARTERLY, LocalDate.of(2026, 4, 1)))
                .contains(FinancialPeriod.parse("2025/26 Q4"));
        assertThat(atOnce.open(Frequency.ANNUAL, LocalDate.of(2026, 4, 1)))
                .contains(FinancialPeriod.parse("2025/26", Frequency.ANNUAL));
        assertThat(atOnce.open(Frequency.MONTHLY, LocalDate.of(2026, 4, 1)))
                .contains(FinancialPeriod.parse("2026-03", Frequency.MONTHLY));
    }

    @Test
    void onlyAgreedAndActiveKpisAreUpdated() {
        assertThat(UpdateRound.updates(LifecycleState.ACTIVE)).isTrue();
        assertThat(UpdateRound.updates(LifecycleState.AGREED)).isTrue();
        assertThat(UpdateRound.updates(LifecycleState.PROPOSED)).isFalse();
        assertThat(UpdateRound.updates(LifecycleState.UNDER_REVIEW)).isFalse();
        assertThat(UpdateRound.updates(LifecycleState.RETIRED)).isFalse();
        assertThatThrownBy(() -> new UpdateRound(Period.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
