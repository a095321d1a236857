package org.goldenthread.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How far a figure may fall short of its target and still be amber rather than red (RAG-02): a percentage of the
 * target (relative) or an amount in the KPI's unit, such as percentage points (absolute).
 */
public final class Tolerance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The council-wide default unless the council sets another: 5% of target. */
    public static final Tolerance COUNCIL_DEFAULT = relative(BigDecimal.valueOf(5));
    /** No amber at all: anything worse than target is red. */
    public static final Tolerance NONE = absolute(BigDecimal.ZERO);

    public enum Kind { RELATIVE, ABSOLUTE }

    private final Kind kind;
    private final BigDecimal amount;

    private Tolerance(Kind kind, BigDecimal amount) {
        this.kind = kind;
        this.amount = amount.stripTrailingZeros();
    }

    /** A percentage of the target, from 0 to 100. */
    public static Tolerance relative(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw InvalidFieldsException.of("Invalid tolerance", "tolerance",
                    "must be between 0% and 100% of target, but is " + percent.toPlainString() + "%");
        }
        return new Tolerance(Kind.RELATIVE, percent);
    }

    /** An amount in the KPI's own unit (for a percentage KPI, percentage points); zero or more. */
    public static Tolerance absolute(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw InvalidFieldsException.of("Invalid tolerance", "tolerance",
                    "cannot be negative, but is " + amount.toPlainString());
        }
        return new Tolerance(Kind.ABSOLUTE, amount);
    }

    public static Tolerance of(Kind kind, BigDecimal amount) {
        return kind == Kind.RELATIVE ? relative(amount) : absolute(amount);
    }

    public Kind kind() {
        return kind;
    }

    /** The percentage for a relative tolerance, the amount in the KPI's unit for an absolute one. */
    public BigDecimal amount() {
        return amount;
    }

    public boolean isNone() {
        return amount.signum() == 0;
    }

    /**
     * The shortfall this tolerance allows against a target (or band limit). A relative tolerance is taken of the
     * target's size, so a negative target (a budget variance, say) allows the same amount as its positive mirror, and
     * a zero target allows nothing: a percentage of zero is zero.
     */
    public BigDecimal allowanceAgainst(BigDecimal reference) {
        if (kind == Kind.ABSOLUTE) {
            return amount;
        }
        return reference.abs().multiply(amount).divide(HUNDRED, MathContext.DECIMAL64);
    }

    /** "5%" or "2.5" (in the KPI's unit). */
    public String amountText() {
        return amount.toPlainString() + (kind == Kind.RELATIVE ? "%" : "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tolerance tolerance && tolerance.kind == kind && tolerance.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount);
    }

    @Override
    public String toString() {
        return kind == Kind.RELATIVE ? amountText() + " of target" : amountText() + " absolute";
    }
}
