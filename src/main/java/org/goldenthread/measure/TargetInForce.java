package org.goldenthread.measure;

import java.util.Objects;
import java.util.Optional;

/**
 * The target that applies to one period, and where it came from. When an amendment applies, the original target
 * (the year's, the profiled one or the default band) stays visible beside it (TGT-04).
 */
public record TargetInForce(Target target, Optional<Target> original, Source source,
                            Optional<TargetAmendment> amendment) {

    public enum Source {
        /** The financial year's target. */
        ANNUAL,
        /** The period's own profiled figure. */
        PROFILE,
        /** The band on the KPI's definition, for a year with no target of its own. */
        DEFAULT_BAND,
        /** An approved amendment; the target it replaced, if any, is the original. */
        AMENDMENT
    }

    public TargetInForce {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amendment, "amendment");
    }

    public static TargetInForce unamended(Target target, Source source) {
        return new TargetInForce(target, Optional.of(target), source, Optional.empty());
    }

    public boolean isAmended() {
        return amendment.isPresent();
    }
}
