package org.goldenthread.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.goldenthread.measure.AnnualTarget;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetValue;

/**
 * The targets file: a row per KPI and financial year, and a row per profiled period (TGT-02). A band KPI gives
 * {@code band_low} and {@code band_high} instead of {@code value}.
 */
public final class TargetCsv {
    public static final List<String> REQUIRED = List.of("kpi", "financial_year", "value");
    public static final List<String> OPTIONAL = List.of("period", "band_low", "band_high", "reason");

    /** One KPI's target for one year, with its profile and the reasons given for them (empty if none). */
    public record YearTarget(KpiDefinition kpi, AnnualTarget target, String reason) {
        public YearTarget(KpiDefinition kpi, AnnualTarget target) {
            this(kpi, target, "");
        }
    }

    private TargetCsv() {
    }

    public static Parsed<YearTarget> parse(CsvTable table, Map<String, KpiDefinition> kpis) {
        List<CsvProblem> problems = new ArrayList<>(Columns.check(table, REQUIRED, OPTIONAL));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<YearKey, Target> yearTargets = new LinkedHashMap<>();
        Map<YearKey, Map<FinancialPeriod, Target>> profiles = new HashMap<>();
        Map<YearKey, Integer> profileRows = new HashMap<>();
        Map<YearKey, Integer> yearRows = new HashMap<>();
        Map<YearKey, List<String>> reasons = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Fields f = new Fields(row, problems);
            Optional<KpiDefinition> kpi = Rows.kpi(f, kpis);
            Optional<FinancialYear> year = year(f);
            Optional<FinancialPeriod> period = f.period("period", kpi.map(KpiDefinition::frequency));
            Optional<Target> target = kpi.flatMap(k -> target(f, k));
            boolean unreadPeriod = f.text("period").isPresent() && period.isEmpty();
            if (kpi.isEmpty() || year.isEmpty() || target.isEmpty() || unreadPeriod) {
                continue;
            }
            if (period.isPresent() && !period.get().year().equals(year.get())) {
                f.problem("period", f.text("period").orElseThrow(), "must fall in " + year.get().label());
                continue;
            }
            YearKey key = new YearKey(kpi.get(), year.get());
            String rowKey = kpi.get().key() + " " + year.get().id() + period.map(p -> " " + p.id()).orElse("");
            Integer earlier = seen.putIfAbsent(rowKey, row.number());
            if (earlier != null) {
                f.problem("kpi", kpi.get().key(), "appears again for the same year and period: see row " + earlier);
            } else if (period.isPresent()) {
                profiles.computeIfAbsent(key, k -> new HashMap<>()).put(period.get(), target.get());
                profileRows.putIfAbsent(key, row.number());
                f.text("reason").ifPresent(reason -> reasons.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(period.get().label() + ": " + reason));
            } else {
                yearTargets.put(key, target.get());
                yearRows.put(key, row.number());
                f.text("reason").ifPresent(reason -> reasons.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(0, reason));
            }
        }
        profileRows.forEach((key, rowNumber) -> {
            if (!yearTargets.containsKey(key)) {
                problems.add(new CsvProblem(rowNumber, "period", "", "profiles a year with no row of its own: add a "
                        + "row for " + key.kpi().key() + " " + key.year().label() + " with the period left empty"));
            }
        });
        List<YearTarget> targets = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        if (problems.isEmpty()) {
            yearTargets.forEach((key, target) -> {
                targets.add(new YearTarget(key.kpi(),
                        new AnnualTarget(key.year(), target, profiles.getOrDefault(key, Map.of())),
                        String.join("; ", reasons.getOrDefault(key, List.of()))));
                rows.add(yearRows.get(key));
            });
        }
        return new Parsed<>(targets, rows, problems);
    }

    private record YearKey(KpiDefinition kpi, FinancialYear year) {
    }

    private static Optional<FinancialYear> year(Fields f) {
        return f.requiredPeriod("financial_year", Optional.of(Frequency.ANNUAL)).map(FinancialPeriod::year);
    }

    private static Optional<Target> target(Fields f, KpiDefinition kpi) {
        if (kpi.polarity() == Polarity.WITHIN_BAND) {
            Optional<BigDecimal> low = f.decimal("band_low");
            Optional<BigDecimal> high = f.decimal("band_high");
            if (low.isEmpty() || high.isEmpty() || f.text("value").isPresent()) {
                f.problem(low.isEmpty() ? "band_low" : high.isEmpty() ? "band_high" : "value", "",
                        kpi.key() + " is judged against a band, so give band_low and band_high and leave value empty");
                return Optional.empty();
            }
            if (low.get().compareTo(high.get()) > 0) {
                f.problem("band_low", low.get().toPlainString(), "must not be above band_high");
                return Optional.empty();
            }
            return Optional.of(new Band(low.get(), high.get()));
        }
        if (f.text("band_low").isPresent() || f.text("band_high").isPresent()) {
            f.problem("band_low", f.text("band_low").orElse(""), "is only for a KPI judged against a band");
            return Optional.empty();
        }
        return f.requiredDecimal("value").map(Target::of);
    }

    public static String write(List<YearTarget> targets) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        CsvWriter csv = new CsvWriter(header);
        for (YearTarget year : targets) {
            csv.row(row(year.kpi(), year.target().year(), Optional.empty(), year.target().target()));
            new TreeMap<>(year.target().profile()).forEach((period, target) ->
                    csv.row(row(year.kpi(), year.target().year(), Optional.of(period), target)));
        }
        return csv.toString();
    }

    private static List<String> row(KpiDefinition kpi, FinancialYear year, Optional<FinancialPeriod> period,
                                    Target target) {
        String value = target instanceof TargetValue single ? single.value().toPlainString() : "";
        String low = target instanceof Band band ? band.lower().toPlainString() : "";
        String high = target instanceof Band band ? band.upper().toPlainString() : "";
        return Arrays.asList(kpi.key(), year.id(), value, period.map(FinancialPeriod::id).orElse(""), low, high, "");
    }
}
