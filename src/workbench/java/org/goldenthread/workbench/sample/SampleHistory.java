package org.goldenthread.workbench.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.csv.CsvWriter;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;

/**
 * The sample council's figures, targets and benchmarks as the CSV files a council would import: four years of
 * quarters (three of months, five years for annual KPIs) up to the last complete period before today.
 */
final class SampleHistory {
    static final String COMPARATOR_GROUP = "Nearest neighbours";
    static final String OWN_AUTHORITY = "ANYTOWN";
    private static final List<String> NEIGHBOURS = List.of("NORTHBRIDGE", "EASTHAM-VALE", "WESTMORTON", "SOUTHFORD",
            "KINGSHOLT", "MARSHBY", "OAKLEIGH", "RIVERSMEET", "HARTWELL", "BROOKSIDE", "FENWICK", "ASHBOURNE-ST-MARY");
    private static final int BENCHMARK_PERIODS = 8;

    private final Map<String, KpiDefinition> kpis;
    private final Map<String, SeriesRecipe> recipes;
    private final LocalDate today;

    SampleHistory(Map<String, KpiDefinition> kpis, Map<String, SeriesRecipe> recipes, LocalDate today) {
        this.kpis = kpis;
        this.recipes = recipes;
        this.today = today;
    }

    /** The periods of the KPI's history, oldest first, ending with the last complete period before today. */
    List<FinancialPeriod> periods(KpiDefinition kpi) {
        int count = switch (kpi.frequency()) {
            case MONTHLY -> 36;
            case BIMONTHLY -> 24;
            case QUARTERLY -> 16;
            case ANNUAL -> 5;
        };
        List<FinancialPeriod> periods = new ArrayList<>();
        FinancialPeriod period = latest(kpi.frequency());
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        Collections.reverse(periods);
        return periods;
    }

    FinancialPeriod latest(Frequency frequency) {
        return FinancialPeriod.containing(frequency, today).previous();
    }

    /** The KPI's made-up figure for one period of its history. */
    BigDecimal figure(KpiDefinition kpi, FinancialPeriod period) {
        List<FinancialPeriod> periods = periods(kpi);
        return recipes.get(kpi.key()).figures(kpi, periods).get(periods.indexOf(period));
    }

    /** The measurements file: every period of every KPI, except the latest period of those whose update is open. */
    String measurements(Set<String> openLatest) {
        CsvWriter csv = new CsvWriter(List.of("kpi", "period", "value", "data_quality", "commentary"));
        for (KpiDefinition kpi : kpis.values()) {
            SeriesRecipe recipe = recipes.get(kpi.key());
            List<FinancialPeriod> periods = periods(kpi);
            List<BigDecimal> figures = recipe.figures(kpi, periods);
            int last = periods.size() - 1;
            for (int i = 0; i <= last; i++) {
                if (i == last && openLatest.contains(kpi.key())) {
                    continue;
                }
                csv.row(List.of(kpi.key(), periods.get(i).id(), figures.get(i).toPlainString(), "CONFIRMED",
                        i == last ? recipe.commentary() : ""));
            }
        }
        return csv.toString();
    }

    /** The targets file: a target for each year of each KPI's history and for the year now running. */
    String targets() {
        CsvWriter csv = new CsvWriter(List.of("kpi", "financial_year", "value", "period", "reason"));
        FinancialYear thisYear = FinancialYear.containing(today);
        for (KpiDefinition kpi : kpis.values()) {
            SeriesRecipe recipe = recipes.get(kpi.key());
            FinancialYear first = periods(kpi).get(0).year();
            int index = 0;
            for (FinancialYear year = first; year.compareTo(thisYear) <= 0; year = next(year), index++) {
                Optional<BigDecimal> target = recipe.target(index);
                if (target.isEmpty()) {
                    break;
                }
                csv.row(List.of(kpi.key(), year.id(), target.get().toPlainString(), "",
                        year.equals(thisYear) ? "Agreed in the council plan refresh" : ""));
                for (int quarter = 1; recipe.profiled(quarter).isPresent(); quarter++) {
                    csv.row(List.of(kpi.key(), year.id(), recipe.profiled(quarter).get().toPlainString(),
                            FinancialPeriod.of(Frequency.QUARTERLY, year, quarter).id(), ""));
                }
            }
        }
        return csv.toString();
    }

    /**
     * The benchmark file: for each KPI with a benchmark indicator, the council's own figure and its neighbours' for
     * the last eight quarters, the neighbours spread evenly either side of it.
     */
    String benchmarks() {
        CsvWriter csv = new CsvWriter(List.of("indicator", "period", "authority", "value", "comparator_group",
                "source"));
        for (KpiDefinition kpi : kpis.values()) {
            if (kpi.benchmarkIndicator().isEmpty() || kpi.frequency() != Frequency.QUARTERLY) {
                continue;
            }
            List<FinancialPeriod> periods = periods(kpi);
            List<BigDecimal> figures = recipes.get(kpi.key()).figures(kpi, periods);
            for (int i = periods.size() - BENCHMARK_PERIODS; i < periods.size(); i++) {
                String period = periods.get(i).id();
                csv.row(row(kpi, period, OWN_AUTHORITY, figures.get(i)));
                for (int n = 0; n < NEIGHBOURS.size(); n++) {
                    double spread = 0.7 + 0.05 * ((n * 7 + i) % NEIGHBOURS.size());
                    BigDecimal value = figures.get(i).multiply(BigDecimal.valueOf(spread))
                            .setScale(kpi.decimals(), RoundingMode.HALF_UP);
                    csv.row(row(kpi, period, NEIGHBOURS.get(n), bounded(kpi, value)));
                }
            }
        }
        return csv.toString();
    }

    private static List<String> row(KpiDefinition kpi, String period, String authority, BigDecimal value) {
        return List.of(kpi.benchmarkIndicator().orElseThrow(), period, authority, value.toPlainString(),
                COMPARATOR_GROUP, "Sample benchmarking club return");
    }

    private static BigDecimal bounded(KpiDefinition kpi, BigDecimal value) {
        return kpi.plausibleRange().max().filter(max -> value.compareTo(max) > 0).orElse(value);
    }

    private static FinancialYear next(FinancialYear year) {
        return FinancialYear.startingIn(year.startYear() + 1);
    }
}
