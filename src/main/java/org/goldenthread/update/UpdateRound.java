package org.goldenthread.update;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.LifecycleState;

/**
 * When a period's updates open (CYC-01): at the start of the next period, plus the lag the council allows for the
 * figures to be ready, each KPI that is agreed or active gets its update for the period just ended. The round stays
 * open for the rest of that next period, so a day missed by whatever opens it is made up the next day.
 */
public record UpdateRound(Period openingLag) {
    public UpdateRound {
        Objects.requireNonNull(openingLag, "openingLag");
        if (openingLag.isNegative()) {
            throw new IllegalArgumentException("the opening lag cannot be negative, but is " + openingLag);
        }
    }

    /** The period whose updates are open on the day, for KPIs reported at that frequency, if any yet. */
    public Optional<FinancialPeriod> open(Frequency frequency, LocalDate day) {
        FinancialPeriod current = FinancialPeriod.containing(frequency, day);
        return day.isBefore(current.start().plus(openingLag)) ? Optional.empty() : Optional.of(current.previous());
    }

    /** Whether a KPI in that state is updated: one proposed, under review or retired is not. */
    public static boolean updates(LifecycleState state) {
        return state == LifecycleState.AGREED || state == LifecycleState.ACTIVE;
    }
}
