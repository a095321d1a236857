package org.goldenthread.render;

import java.util.Locale;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.PeriodFormatException;

/** Short period labels for a graph's axis: {@code Q2 24/25}, {@code Jul 25}, {@code 24/25}, {@code Apr–May 25}. */
final class PeriodAxis {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private PeriodAxis() {
    }

    static String label(String periodId) {
        FinancialPeriod period;
        try {
            period = FinancialPeriod.parse(periodId);
        } catch (PeriodFormatException e) {
            return periodId;
        }
        int start = period.year().startYear();
        String year = two(start) + "/" + two(start + 1);
        return switch (period.frequency()) {
            case QUARTERLY -> "Q" + period.number() + " " + year;
            case MONTHLY -> month(period.start().getMonthValue()) + " " + two(period.start().getYear());
            case BIMONTHLY -> month(period.start().getMonthValue()) + "\u2013"
                    + month(period.end().getMonthValue()) + " " + two(period.start().getYear());
            case ANNUAL -> year;
        };
    }

    private static String month(int number) {
        return MONTHS.substring((number - 1) * 3, number * 3);
    }

    private static String two(int year) {
        return String.format(Locale.ROOT, "%02d", year % 100);
    }
}
