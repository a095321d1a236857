package org.goldenthread.measure;

import java.time.LocalDate;
import java.time.Month;

/** A UK council financial year, 1 April to 31 March: {@code 2025/26} (id {@code 2025-26}) starts on 1 April 2025. */
public final class FinancialYear implements Comparable<FinancialYear> {
    static final int FIRST = 1000;
    static final int LAST = 9998;

    private final int startYear;

    private FinancialYear(int startYear) {
        this.startYear = startYear;
    }

    /** The financial year that starts in April of the given calendar year. */
    public static FinancialYear startingIn(int startYear) {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("financial year must start between " + FIRST + " and " + LAST
                    + ", not " + startYear);
        }
        return new FinancialYear(startYear);
    }

    public static FinancialYear containing(LocalDate date) {
        return startingIn(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public int startYear() {
        return startYear;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear previous() {
        return startingIn(startYear - 1);
    }

    /** {@code 2025/26}. */
    public String label() {
        return startYear + "/" + endSuffix();
    }

    /** {@code 2025-26}, safe in a URL. */
    public String id() {
        return startYear + "-" + endSuffix();
    }

    private String endSuffix() {
        return String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FinancialYear year && year.startYear == startYear;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
