package org.goldenthread.workbench.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.goldenthread.csv.CsvRow;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;

/**
 * How one sample KPI's figures are made up: a starting level, a trend per period, a pattern for each quarter of the
 * year, a sustained shift from a given period on, and noise from a generator seeded by the KPI's key, so the same
 * council comes out every time. Also the KPI's target per financial year, optionally profiled per quarter.
 */
record SeriesRecipe(String kpi, double start, double trend, double[] season, int shiftFrom, double shift,
                    double noise, Optional<BigDecimal> target, BigDecimal targetStep, List<BigDecimal> profile,
                    String commentary) {

    static SeriesRecipe of(CsvRow row) {
        return new SeriesRecipe(text(row, "kpi"), number(row, "start"), number(row, "trend"),
                row.get("season").map(SeriesRecipe::numbers).orElse(new double[4]),
                row.get("shift_from").map(Integer::parseInt).orElse(Integer.MAX_VALUE), number(row, "shift"),
                number(row, "noise"), row.get("target").map(BigDecimal::new),
                row.get("target_step").map(BigDecimal::new).orElse(BigDecimal.ZERO),
                row.get("profile").map(list -> Arrays.stream(list.split(";")).map(BigDecimal::new).toList())
                        .orElse(List.of()),
                row.get("commentary").orElse(""));
    }

    /** The KPI's figure for each period, the {@code i}th being the {@code i}th period of its history. */
    List<BigDecimal> figures(KpiDefinition definition, List<FinancialPeriod> periods) {
        Random random = new Random(kpi.hashCode());
        List<BigDecimal> figures = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            double value = start + trend * i + seasonOf(periods.get(i)) + (i >= shiftFrom ? shift : 0)
                    + noise * random.nextGaussian();
            figures.add(within(definition, BigDecimal.valueOf(value)).setScale(definition.decimals(),
                    RoundingMode.HALF_UP));
        }
        return figures;
    }

    /** The target for the year, {@code yearsIn} years after the first year of the history. */
    Optional<BigDecimal> target(int yearsIn) {
        return target.map(value -> value.add(targetStep.multiply(BigDecimal.valueOf(yearsIn))));
    }

    /** The profiled target for the quarter, where the recipe profiles the year (the last quarter takes the year's). */
    Optional<BigDecimal> profiled(int quarter) {
        return quarter <= profile.size() ? Optional.of(profile.get(quarter - 1)) : Optional.empty();
    }

    private double seasonOf(FinancialPeriod period) {
        if (period.frequency() == Frequency.ANNUAL) {
            return 0;
        }
        int quarter = (period.start().getMonthValue() + 8) % 12 / 3;
        return season[quarter];
    }

    private static BigDecimal within(KpiDefinition definition, BigDecimal value) {
        BigDecimal bounded = value;
        Optional<BigDecimal> min = definition.plausibleRange().min();
        Optional<BigDecimal> max = definition.plausibleRange().max();
        if (min.isPresent() && bounded.compareTo(min.get()) < 0) {
            bounded = min.get();
        }
        if (max.isPresent() && bounded.compareTo(max.get()) > 0) {
            bounded = max.get();
        }
        return bounded;
    }

    private static String text(CsvRow row, String column) {
        return row.get(column).orElseThrow(() -> new IllegalStateException("sample series row " + row.number()
                + " has no " + column));
    }

    private static double number(CsvRow row, String column) {
        return row.get(column).map(Double::parseDouble).orElse(0.0);
    }

    private static double[] numbers(String list) {
        return Arrays.stream(list.split(";")).mapToDouble(Double::parseDouble).toArray();
    }
}
