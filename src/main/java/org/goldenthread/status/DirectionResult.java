package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;

/**
 * A direction of travel against one earlier period, with the earlier figure as displayed, the change in the good
 * direction (positive is better; for a band, how much closer to it) and one sentence saying why.
 */
public record DirectionResult(Direction direction, FinancialPeriod comparedWith, Optional<BigDecimal> earlier,
                              Optional<BigDecimal> improvement, String explanation) {
    public DirectionResult {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(comparedWith, "comparedWith");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(explanation, "explanation");
    }
}
