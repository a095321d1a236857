package org.goldenthread.status;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;

/**
 * Everything a period's status depends on besides the council's policy: the KPI, its figure if there is one, the
 * target in force, whether rating is suspended for the period (TGT-08, with the reason), and the day it is judged on.
 */
public record RatingRequest(KpiDefinition kpi, FinancialPeriod period, Optional<Measurement> measurement,
                            Optional<TargetInForce> target, Optional<String> suspension, LocalDate asOf) {
    public RatingRequest {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(suspension, "suspension");
        Objects.requireNonNull(asOf, "asOf");
        if (target.isPresent() && !target.get().target().suits(kpi.polarity())) {
            boolean band = kpi.polarity() == Polarity.WITHIN_BAND;
            throw new IllegalArgumentException("KPI " + kpi.key() + " has polarity " + kpi.polarity() + ", so its "
                    + "target must be " + (band ? "a band" : "a single value") + ", not "
                    + target.get().target().format(kpi.unit(), kpi.decimals()));
        }
        if (suspension.isPresent() && suspension.get().isBlank()) {
            throw InvalidFieldsException.of("Invalid suspension for " + period.label(), "suspension",
                    "needs a reason (TGT-08)");
        }
        if (measurement.isPresent() && !measurement.get().period().equals(period)) {
            throw new IllegalArgumentException("the measurement for " + measurement.get().period().label()
                    + " cannot rate " + period.label());
        }
    }

    /** The request for a period of a KPI's series, with the target its schedule puts in force. */
    public static RatingRequest of(TargetSchedule targets, FinancialPeriod period, Optional<Measurement> measurement,
                                   LocalDate asOf) {
        return new RatingRequest(targets.kpi(), period, measurement, targets.targetFor(period), Optional.empty(),
                asOf);
    }

    public RatingRequest suspended(String reason) {
        return new RatingRequest(kpi, period, measurement, target, Optional.of(reason == null ? "" : reason), asOf);
    }
}
