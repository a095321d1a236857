package org.goldenthread.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.benchmark.BenchmarkValue;
import org.goldenthread.measure.FinancialPeriod;

/** The benchmarks file: authorities' figures for benchmark indicators, e.g. exported from LG Inform. */
public final class BenchmarkCsv {
    public static final List<String> REQUIRED = List.of("indicator", "period", "authority", "value");
    public static final List<String> OPTIONAL = List.of("comparator_group", "source");

    private BenchmarkCsv() {
    }

    public static Parsed<BenchmarkValue> parse(CsvTable table) {
        List<CsvProblem> problems = new ArrayList<>(Columns.check(table, REQUIRED, OPTIONAL));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<BenchmarkValue> values = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Fields f = new Fields(row, problems);
            int before = problems.size();
            String indicator = f.required("indicator");
            Optional<FinancialPeriod> period = f.requiredPeriod("period", Optional.empty());
            String authority = f.required("authority");
            Optional<BigDecimal> value = f.requiredDecimal("value");
            if (problems.size() > before || period.isEmpty() || value.isEmpty()) {
                continue;
            }
            BenchmarkValue benchmark = new BenchmarkValue(indicator, period.get(), authority,
                    f.text("comparator_group"), value.get(), f.text("source"));
            Integer earlier = seen.putIfAbsent(key(benchmark), row.number());
            if (earlier != null) {
                f.problem("authority", authority, "appears again for the same indicator, period and comparator "
                        + "group: see row " + earlier);
                continue;
            }
            values.add(benchmark);
            rows.add(row.number());
        }
        return new Parsed<>(values, rows, problems);
    }

    /** What makes a benchmark figure one of its kind: indicator, period, authority and comparator group. */
    public static String key(BenchmarkValue value) {
        return String.join("|", value.indicator(), value.period().frequency().name(), value.period().id(),
                value.authority(), value.comparatorGroup().orElse(""));
    }

    /** Periods are written as labels, which read back one way whatever their frequency. */
    public static String write(List<BenchmarkValue> values) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        CsvWriter csv = new CsvWriter(header);
        for (BenchmarkValue value : values) {
            csv.row(Arrays.asList(value.indicator(), value.period().label(), value.authority(),
                    value.value().toPlainString(), value.comparatorGroup().orElse(""), value.source().orElse("")));
        }
        return csv.toString();
    }
}
