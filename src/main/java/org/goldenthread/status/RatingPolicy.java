package org.goldenthread.status;

import java.time.Period;
import java.util.Objects;
import org.goldenthread.measure.Tolerance;

/**
 * The council-wide settings that status depends on: the tolerance a KPI without its own inherits (RAG-02), and the
 * submission lag after a period's end before its figure is missing rather than not yet due.
 */
public record RatingPolicy(Tolerance councilTolerance, Period submissionLag) {
    public static final RatingPolicy STANDARD = new RatingPolicy(Tolerance.COUNCIL_DEFAULT, Period.ofMonths(1));

    public RatingPolicy {
        Objects.requireNonNull(councilTolerance, "councilTolerance");
        Objects.requireNonNull(submissionLag, "submissionLag");
        if (submissionLag.isNegative()) {
            throw new IllegalArgumentException("submissionLag cannot be negative, but is " + submissionLag);
        }
    }
}
