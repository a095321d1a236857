package org.goldenthread.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;

/**
 * What a status was worked out from, kept with it so a past status can be explained and checked later. {@code shown}
 * and {@code target} are as displayed (rounded half-up to {@code decimals}); {@code value} is exact.
 */
public record RatingInputs(FinancialPeriod period, Optional<BigDecimal> value, Optional<BigDecimal> shown,
                           Optional<Target> target, Optional<Target> originalTarget, Polarity polarity, Unit unit,
                           int decimals, boolean compliance, Control control, Tolerance tolerance,
                           boolean toleranceInherited, Optional<String> suspension, LocalDate dueDate,
                           LocalDate asOf) {

    static RatingInputs of(RatingRequest request, RatingPolicy policy) {
        KpiDefinition kpi = request.kpi();
        int decimals = kpi.decimals();
        Optional<TargetInForce> inForce = request.target();
        Optional<Target> original = inForce.filter(TargetInForce::isAmended).flatMap(TargetInForce::original);
        Tolerance tolerance = kpi.compliance() ? Tolerance.NONE : kpi.tolerance().orElse(policy.councilTolerance());
        return new RatingInputs(request.period(),
                request.measurement().map(Measurement::value),
                request.measurement().map(measurement -> measurement.displayed(decimals)),
                inForce.map(target -> target.target().rounded(decimals)),
                original.map(target -> target.rounded(decimals)),
                kpi.polarity(), kpi.unit(), decimals, kpi.compliance(), kpi.control(), tolerance,
                !kpi.compliance() && kpi.tolerance().isEmpty(), request.suspension(),
                request.period().dueDate(policy.submissionLag()), request.asOf());
    }

    String format(BigDecimal figure) {
        return unit.format(figure, decimals);
    }
}
