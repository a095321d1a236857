package org.goldenthread.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.Unit;

/**
 * How big a change must be to count as improving or worsening rather than no significant change: an amount in the
 * KPI's unit, or a percentage of the earlier figure. The default is exact: any change visible at the displayed
 * precision counts.
 */
public final class ChangeMargin {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final ChangeMargin EXACT = new ChangeMargin(false, BigDecimal.ZERO);

    private final boolean relative;
    private final BigDecimal amount;

    private ChangeMargin(boolean relative, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw InvalidFieldsException.of("Invalid direction of travel margin", "margin",
                    "cannot be negative, but is " + amount.toPlainString());
        }
        this.relative = relative;
        this.amount = amount.stripTrailingZeros();
    }

    public static ChangeMargin absolute(BigDecimal amount) {
        return new ChangeMargin(false, Objects.requireNonNull(amount, "amount"));
    }

    public static ChangeMargin relative(BigDecimal percent) {
        return new ChangeMargin(true, Objects.requireNonNull(percent, "percent"));
    }

    public boolean isExact() {
        return amount.signum() == 0;
    }

    /** True if a change of this size (either way) from the earlier figure is within the margin. */
    boolean covers(BigDecimal change, BigDecimal earlier) {
        BigDecimal allowed = relative
                ? earlier.abs().multiply(amount).divide(HUNDRED, MathContext.DECIMAL64)
                : amount;
        return change.abs().compareTo(allowed) <= 0;
    }

    /** "0.5 points" or "2% of the earlier figure". */
    String describe(Unit unit, int decimals) {
        return relative
                ? amount.toPlainString() + "% of the earlier figure"
                : unit.formatDifference(amount, Math.max(decimals, amount.scale()));
    }
}
