package org.goldenthread.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;

/** The measurements file: a KPI's past figures, one row per period (the history a council brings with it). */
public final class MeasurementCsv {
    public static final List<String> REQUIRED = List.of("kpi", "period", "value");
    public static final List<String> OPTIONAL = List.of("data_quality", "commentary", "numerator", "denominator");

    /** One period's figure as the file gives it. */
    public record Figure(KpiDefinition kpi, FinancialPeriod period, BigDecimal value, Optional<BigDecimal> numerator,
                         Optional<BigDecimal> denominator, DataQuality dataQuality, String commentary) {
        public Figure {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(dataQuality, "dataQuality");
            Objects.requireNonNull(commentary, "commentary");
        }
    }

    private MeasurementCsv() {
    }

    public static Parsed<Figure> parse(CsvTable table, Map<String, KpiDefinition> kpis) {
        List<CsvProblem> problems = new ArrayList<>(Columns.check(table, REQUIRED, OPTIONAL));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<Figure> figures = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Fields f = new Fields(row, problems);
            int before = problems.size();
            Optional<KpiDefinition> kpi = Rows.kpi(f, kpis);
            Optional<FinancialPeriod> period = f.requiredPeriod("period", kpi.map(KpiDefinition::frequency));
            Optional<BigDecimal> value = f.requiredDecimal("value");
            Optional<BigDecimal> numerator = f.decimal("numerator");
            Optional<BigDecimal> denominator = f.decimal("denominator");
            DataQuality quality = f.choice("data_quality", DataQuality.class).orElse(DataQuality.CONFIRMED);
            if (problems.size() > before || kpi.isEmpty() || period.isEmpty() || value.isEmpty()) {
                continue;
            }
            if (!kpi.get().plausibleRange().contains(value.get())) {
                f.problem("value", value.get().toPlainString(), "lies outside " + kpi.get().key()
                        + "'s plausible range");
                continue;
            }
            Integer earlier = seen.putIfAbsent(kpi.get().key() + " " + period.get().id(), row.number());
            if (earlier != null) {
                f.problem("period", period.get().label(), "appears again for " + kpi.get().key() + ": see row "
                        + earlier);
                continue;
            }
            figures.add(new Figure(kpi.get(), period.get(), value.get(), numerator, denominator, quality,
                    f.text("commentary").orElse("")));
            rows.add(row.number());
        }
        return new Parsed<>(figures, rows, problems);
    }

    public static String write(List<Figure> figures) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        CsvWriter csv = new CsvWriter(header);
        for (Figure figure : figures) {
            csv.row(Arrays.asList(figure.kpi().key(), figure.period().id(), figure.value().toPlainString(),
                    figure.dataQuality().name(), figure.commentary(),
                    figure.numerator().map(BigDecimal::toPlainString).orElse(""),
                    figure.denominator().map(BigDecimal::toPlainString).orElse("")));
        }
        return csv.toString();
    }
}
