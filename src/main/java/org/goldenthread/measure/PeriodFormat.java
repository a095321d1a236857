package org.goldenthread.measure;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two written forms of a financial period: the label people read and the id that is safe in a URL.
 *
 * <table>
 *   <tr><th>frequency</th><th>label</th><th>id</th></tr>
 *   <tr><td>quarterly</td><td>2025/26 Q2</td><td>2025-26-Q2</td></tr>
 *   <tr><td>bimonthly</td><td>2025/26 Apr–May</td><td>2025-26-B1</td></tr>
 *   <tr><td>monthly</td><td>Jul 2025</td><td>2025-07</td></tr>
 *   <tr><td>annual</td><td>2025/26</td><td>2025-26</td></tr>
 * </table>
 *
 * Reading ignores case and surrounding space, and accepts a hyphen for the dash. The ids of a month and of a year can
 * coincide ({@code 2011-12} is December 2011 and the year 2011/12): read such an id with its frequency.
 */
final class PeriodFormat {
    private static final String YEAR = "(\\d{4})[/-](\\d{2})";
    private static final Pattern QUARTER = Pattern.compile(YEAR + "(?:\\s+|-)Q(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIMONTHLY_ID = Pattern.compile(YEAR + "-B(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIMONTHLY_LABEL = Pattern.compile(YEAR + "\\s+([a-z]+)\\s*[-–]\\s*([a-z]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_LABEL = Pattern.compile("([a-z]+)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_OR_MONTH_ID = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR_LABEL = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Map<Frequency, String> EXAMPLES = new EnumMap<>(Map.of(
            Frequency.QUARTERLY, "a quarter as 2025/26 Q2 or 2025-26-Q2",
            Frequency.BIMONTHLY, "two months as 2025/26 Apr–May or 2025-26-B1",
            Frequency.MONTHLY, "a month as Jul 2025 or 2025-07",
            Frequency.ANNUAL, "a year as 2025/26 or 2025-26"));

    private PeriodFormat() {
    }

    static String id(FinancialPeriod period) {
        FinancialYear year = period.year();
        return switch (period.frequency()) {
            case QUARTERLY -> year.id() + "-Q" + period.number();
            case BIMONTHLY -> year.id() + "-B" + period.number();
            case MONTHLY -> String.format("%d-%02d", period.start().getYear(), period.start().getMonthValue());
            case ANNUAL -> year.id();
        };
    }

    static String label(FinancialPeriod period) {
        FinancialYear year = period.year();
        return switch (period.frequency()) {
            case QUARTERLY -> year.label() + " Q" + period.number();
            case BIMONTHLY -> year.label() + " " + shortName(period.start().getMonth()) + "–"
                    + shortName(period.end().getMonth());
            case MONTHLY -> shortName(period.start().getMonth()) + " " + period.start().getYear();
            case ANNUAL -> year.label();
        };
    }

    static FinancialPeriod parse(String text) {
        List<FinancialPeriod> readings = new ArrayList<>();
        for (Frequency frequency : Frequency.values()) {
            read(text, frequency).ifPresent(readings::add);
        }
        if (readings.size() > 1) {
            throw new PeriodFormatException(text, "'" + text + "' could be " + readings.get(0).label() + " or "
                    + readings.get(1).label() + ": write the label instead, or give the KPI's frequency");
        }
        if (readings.isEmpty()) {
            throw new PeriodFormatException(text, "'" + text + "' is not a financial period: write "
                    + EXAMPLES.get(Frequency.QUARTERLY) + ", " + EXAMPLES.get(Frequency.BIMONTHLY) + ", "
                    + EXAMPLES.get(Frequency.MONTHLY) + ", or " + EXAMPLES.get(Frequency.ANNUAL));
        }
        return readings.get(0);
    }

    static FinancialPeriod parse(String text, Frequency frequency) {
        return read(text, frequency).orElseThrow(() -> new PeriodFormatException(text,
                "'" + text + "' is not " + (frequency == Frequency.ANNUAL ? "an " : "a ")
                        + frequency.name().toLowerCase(Locale.ROOT) + " financial period: write "
                        + EXAMPLES.get(frequency)));
    }

    private static Optional<FinancialPeriod> read(String text, Frequency frequency) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        return switch (frequency) {
            case QUARTERLY -> matchYearAndNumber(QUARTER, trimmed, frequency);
            case BIMONTHLY -> matchYearAndNumber(BIMONTHLY_ID, trimmed, frequency)
                    .or(() -> bimonthlyLabel(trimmed));
            case MONTHLY -> monthLabel(trimmed).or(() -> monthId(trimmed));
            case ANNUAL -> year(YEAR_LABEL, trimmed).or(() -> year(YEAR_OR_MONTH_ID, trimmed))
                    .map(y -> FinancialPeriod.of(Frequency.ANNUAL, y, 1));
        };
    }

    private static Optional<FinancialPeriod> matchYearAndNumber(Pattern pattern, String text, Frequency frequency) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<FinancialYear> year = financialYear(m.group(1), m.group(2));
        int number = Integer.parseInt(m.group(3));
        if (year.isEmpty() || number < 1 || number > frequency.periodsPerYear()) {
            return Optional.empty();
        }
        return Optional.of(FinancialPeriod.of(frequency, year.get(), number));
    }

    private static Optional<FinancialPeriod> bimonthlyLabel(String text) {
        Matcher m = BIMONTHLY_LABEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<FinancialYear> year = financialYear(m.group(1), m.group(2));
        Optional<Month> first = month(m.group(3));
        Optional<Month> second = month(m.group(4));
        if (year.isEmpty() || first.isEmpty() || second.isEmpty() || first.get().plus(1) != second.get()) {
            return Optional.empty();
        }
        int startMonth = first.get().getValue();
        int calendarYear = startMonth >= Month.APRIL.getValue() ? year.get().startYear() : year.get().startYear() + 1;
        FinancialPeriod period = FinancialPeriod.containing(Frequency.BIMONTHLY,
                LocalDate.of(calendarYear, startMonth, 1));
        return period.start().getMonth() == first.get() && period.year().equals(year.get())
                ? Optional.of(period) : Optional.empty();
    }

    private static Optional<FinancialPeriod> monthLabel(String text) {
        Matcher m = MONTH_LABEL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return month(m.group(1)).flatMap(month -> monthOf(Integer.parseInt(m.group(2)), month.getValue()));
    }

    private static Optional<FinancialPeriod> monthId(String text) {
        Matcher m = YEAR_OR_MONTH_ID.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return monthOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static Optional<FinancialPeriod> monthOf(int calendarYear, int month) {
        int financialYearStart = month >= Month.APRIL.getValue() ? calendarYear : calendarYear - 1;
        if (month < 1 || month > 12 || financialYearStart < FinancialYear.FIRST
                || financialYearStart > FinancialYear.LAST) {
            return Optional.empty();
        }
        return Optional.of(FinancialPeriod.containing(Frequency.MONTHLY,
                LocalDate.of(calendarYear, month, 1)));
    }

    private static Optional<FinancialYear> year(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? financialYear(m.group(1), m.group(2)) : Optional.empty();
    }

    /** {@code 2025} and {@code 26}: the second part must be the year after the first. */
    private static Optional<FinancialYear> financialYear(String start, String endSuffix) {
        int startYear = Integer.parseInt(start);
        boolean consecutive = (startYear + 1) % 100 == Integer.parseInt(endSuffix);
        if (!consecutive || startYear < FinancialYear.FIRST || startYear > FinancialYear.LAST) {
            return Optional.empty();
        }
        return Optional.of(FinancialYear.startingIn(startYear));
    }

    /** {@code Jul}, {@code jul} or {@code July}. */
    private static Optional<Month> month(String name) {
        for (Month month : Month.values()) {
            if (name.equalsIgnoreCase(shortName(month))
                    || name.equalsIgnoreCase(month.getDisplayName(TextStyle.FULL, Locale.UK))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static String shortName(Month month) {
        String full = month.getDisplayName(TextStyle.FULL, Locale.UK);
        return full.substring(0, 3);
    }
}
