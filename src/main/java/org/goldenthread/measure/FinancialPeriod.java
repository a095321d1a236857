package org.goldenthread.measure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One reporting period of a financial year: a month, two months, a quarter or the whole year. Quarter 2 of 2025/26
 * is July to September 2025, labelled {@code 2025/26 Q2} with the URL-safe id {@code 2025-26-Q2}; see
 * {@link PeriodFormat} for every form.
 */
public final class FinancialPeriod implements Comparable<FinancialPeriod> {
    private static final Comparator<FinancialPeriod> ORDER =
            Comparator.comparing(FinancialPeriod::start).thenComparing(FinancialPeriod::end);

    private final Frequency frequency;
    private final FinancialYear year;
    private final int number;

    private FinancialPeriod(Frequency frequency, FinancialYear year, int number) {
        this.frequency = frequency;
        this.year = year;
        this.number = number;
    }

    /** The {@code number}th period (from 1) of the given frequency in the financial year. */
    public static FinancialPeriod of(Frequency frequency, FinancialYear year, int number) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(year, "year");
        if (number < 1 || number > frequency.periodsPerYear()) {
            throw new IllegalArgumentException("a financial year has " + frequency.periodsPerYear() + " "
                    + frequency.name().toLowerCase(Locale.ROOT) + " periods, so there is no period " + number);
        }
        return new FinancialPeriod(frequency, year, number);
    }

    public static FinancialPeriod containing(Frequency frequency, LocalDate date) {
        FinancialYear year = FinancialYear.containing(date);
        int monthOfYear = (date.getMonthValue() + 8) % 12; // April is 0, March is 11
        return of(frequency, year, monthOfYear / frequency.months() + 1);
    }

    /** Reads an id ({@code 2025-26-Q2}) or a label ({@code 2025/26 Q2}) of any frequency. */
    public static FinancialPeriod parse(String text) {
        return PeriodFormat.parse(text);
    }

    /** Reads an id or label that must be of the given frequency (the only way to read ids such as 2011-12). */
    public static FinancialPeriod parse(String text, Frequency frequency) {
        return PeriodFormat.parse(text, frequency);
    }

    public Frequency frequency() {
        return frequency;
    }

    public FinancialYear year() {
        return year;
    }

    /** The position in the financial year, from 1: the quarter number for quarters, April = 1 for months. */
    public int number() {
        return number;
    }

    public LocalDate start() {
        return year.start().plusMonths((long) (number - 1) * frequency.months());
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start().plusMonths(frequency.months()).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialPeriod previous() {
        return number > 1 ? of(frequency, year, number - 1) : of(frequency, year.previous(), frequency.periodsPerYear());
    }

    public FinancialPeriod sameLastYear() {
        return of(frequency, year.previous(), number);
    }

    /**
     * The last day for the period's figure: the lag the council allows runs from the close of the period, so a lag of
     * one month makes a quarter that ends on 30 September due on 31 October, and a lag of 20 days due on 20 October.
     */
    public LocalDate dueDate(java.time.Period lag) {
        if (lag.isNegative()) {
            throw new IllegalArgumentException("the submission lag cannot be negative, but is " + lag);
        }
        return end().plusDays(1).plus(lag).minusDays(1);
    }

    /** {@code 2025-26-Q2}, {@code 2025-26-B1}, {@code 2025-07} or {@code 2025-26}. */
    public String id() {
        return PeriodFormat.id(this);
    }

    /** {@code 2025/26 Q2}, {@code 2025/26 Apr–May}, {@code Jul 2025} or {@code 2025/26}. */
    public String label() {
        return PeriodFormat.label(this);
    }

    /** Earlier periods first; periods starting together are ordered shorter first. */
    @Override
    public int compareTo(FinancialPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FinancialPeriod period && period.frequency == frequency && period.year.equals(year)
                && period.number == number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, year, number);
    }

    @Override
    public String toString() {
        return label();
    }
}
