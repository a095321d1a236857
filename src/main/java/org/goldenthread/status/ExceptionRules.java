package org.goldenthread.status;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.InvalidFieldsException;

/**
 * When the exception triggers fire (RAG-09): after {@code consecutivePeriods} periods in a row of decline (or of
 * improvement), when a figure changes by more than {@code sharpChangePercent} of the previous one (off unless set),
 * and after {@code redPeriods} periods in a row red or not met.
 */
public record ExceptionRules(int consecutivePeriods, Optional<BigDecimal> sharpChangePercent, int redPeriods) {
    public static final int MAX_PERIODS = 12;
    public static final ExceptionRules STANDARD = new ExceptionRules(2, Optional.empty(), 2);

    public ExceptionRules {
        Objects.requireNonNull(sharpChangePercent, "sharpChangePercent");
        check("consecutivePeriods", consecutivePeriods);
        check("redPeriods", redPeriods);
        if (sharpChangePercent.isPresent() && sharpChangePercent.get().signum() <= 0) {
            throw InvalidFieldsException.of("Invalid exception rules", "sharpChangePercent",
                    "must be more than 0%, but is " + sharpChangePercent.get().toPlainString() + "%");
        }
    }

    private static void check(String field, int periods) {
        if (periods < 1 || periods > MAX_PERIODS) {
            throw InvalidFieldsException.of("Invalid exception rules", field,
                    "must be from 1 to " + MAX_PERIODS + " periods, but is " + periods);
        }
    }

    public ExceptionRules withSharpChangePercent(BigDecimal percent) {
        return new ExceptionRules(consecutivePeriods, Optional.of(percent), redPeriods);
    }
}
