package org.goldenthread.measure;

import java.math.BigDecimal;
import java.util.Objects;

/** A single target figure, e.g. 68.0 for 68.0%. */
public record TargetValue(BigDecimal value) implements Target {
    public TargetValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public TargetValue rounded(int decimals) {
        return new TargetValue(Target.round(value, decimals));
    }

    @Override
    public String format(Unit unit, int decimals) {
        return unit.format(value, decimals);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetValue target && target.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}
