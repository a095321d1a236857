package org.goldenthread.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.CorporateHealthCategory;
import org.goldenthread.measure.FieldProblem;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.LifecycleState;
import org.goldenthread.measure.PlausibleRange;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.ReportingLevel;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;

/** The KPI definitions file: one row per KPI (SYS-01). */
public final class KpiCsv {
    public static final List<String> REQUIRED =
            List.of("key", "title", "directorate", "unit", "decimals", "polarity", "frequency", "owner");
    public static final List<String> OPTIONAL = List.of("updaters", "approver", "level", "control", "tolerance_type",
            "tolerance", "compliance", "public", "priority", "corporate_health", "definition", "rationale",
            "calculation", "data_source", "min", "max", "band_low", "band_high", "benchmark_indicator", "service",
            "lifecycle", "labels");

    /** The domain's field names where they differ from the file's column names; blank decimals take the unit's. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("dataSource", "data_source",
            "defaultBand", "band_low", "band", "band_low", "plausibleRange", "min", "benchmarkIndicator",
            "benchmark_indicator", "isPublic", "public", "corporateHealth", "corporate_health");

    private KpiCsv() {
    }

    public static Parsed<KpiDefinition> parse(CsvTable table) {
        List<CsvProblem> problems = new ArrayList<>(Columns.check(table, REQUIRED, OPTIONAL));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<KpiDefinition> kpis = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Fields fields = new Fields(row, problems);
            int before = problems.size();
            Optional<KpiDefinition> kpi = definition(fields);
            if (kpi.isPresent() && problems.size() == before) {
                Integer earlier = firstRow.putIfAbsent(kpi.get().key(), row.number());
                if (earlier != null) {
                    fields.problem("key", kpi.get().key(), "appears again: row " + earlier + " has the same KPI");
                } else {
                    kpis.add(kpi.get());
                    rows.add(row.number());
                }
            }
        }
        return new Parsed<>(kpis, rows, problems);
    }

    private static Optional<KpiDefinition> definition(Fields f) {
        KpiDefinition.Builder builder = KpiDefinition.builder()
                .key(f.required("key")).title(f.required("title")).directorate(f.required("directorate"))
                .owner(f.required("owner"))
                .unit(required(f, "unit", Unit.class)).polarity(required(f, "polarity", Polarity.class))
                .frequency(required(f, "frequency", Frequency.class))
                .decimals(f.whole("decimals", 0, 6).orElse(null))
                .updaters(f.text("updaters").map(users -> Arrays.stream(users.split(";")).map(String::strip)
                        .filter(user -> !user.isEmpty()).toList()).orElse(List.of()))
                .approver(f.text("approver").orElse(null))
                .priority(f.text("priority").orElse("")).definition(f.text("definition").orElse(""))
                .rationale(f.text("rationale").orElse("")).calculation(f.text("calculation").orElse(""))
                .dataSource(f.text("data_source").orElse("")).service(f.text("service").orElse(""))
                .benchmarkIndicator(f.text("benchmark_indicator").orElse(null))
                .compliance(f.bool("compliance").orElse(false)).isPublic(f.bool("public").orElse(false))
                .labels(f.text("labels").map(labels -> Arrays.asList(labels.split("[\\s;]+"))).orElse(List.of()));
        f.choice("level", ReportingLevel.class).ifPresent(builder::level);
        f.choice("control", Control.class).ifPresent(builder::control);
        f.choice("corporate_health", CorporateHealthCategory.class).ifPresent(builder::corporateHealth);
        f.choice("lifecycle", LifecycleState.class).ifPresent(builder::lifecycle);
        tolerance(f).ifPresent(builder::tolerance);
        Optional<BigDecimal> min = f.decimal("min");
        Optional<BigDecimal> max = f.decimal("max");
        Optional<BigDecimal> low = f.decimal("band_low");
        Optional<BigDecimal> high = f.decimal("band_high");
        try {
            builder.plausibleRange(new PlausibleRange(min, max));
            if (low.isPresent() != high.isPresent()) {
                f.problem(low.isPresent() ? "band_high" : "band_low", "", "is needed with the other band limit");
            } else if (low.isPresent()) {
                builder.defaultBand(new Band(low.get(), high.get()));
            }
            return Optional.of(builder.build());
        } catch (InvalidFieldsException e) {
            for (FieldProblem problem : e.problems()) {
                String column = COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field());
                if (!f.hasProblem(column)) {
                    f.problem(column, f.text(column).orElse(""), problem.rule());
                }
            }
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E required(Fields f, String column, Class<E> type) {
        if (f.text(column).isEmpty()) {
            f.required(column);
            return null;
        }
        return f.choice(column, type).orElse(null);
    }

    private static Optional<Tolerance> tolerance(Fields f) {
        Optional<Tolerance.Kind> kind = f.choice("tolerance_type", Tolerance.Kind.class);
        Optional<BigDecimal> amount = f.decimal("tolerance");
        if (kind.isPresent() != amount.isPresent()) {
            f.problem(kind.isPresent() ? "tolerance" : "tolerance_type", "", "is needed with the other tolerance "
                    + "column (leave both empty for the council default)");
            return Optional.empty();
        }
        try {
            return kind.map(k -> Tolerance.of(k, amount.get()));
        } catch (InvalidFieldsException e) {
            f.problem("tolerance", amount.get().toPlainString(), e.problems().get(0).rule());
            return Optional.empty();
        }
    }

    /**
     * The KPI with some cells of its row in this file changed, checked as an imported row is: a problem names the
     * column. {@code cells} maps column names to their new text.
     */
    public static Parsed<KpiDefinition> changed(KpiDefinition kpi, Map<String, String> cells) {
        CsvTable file = CsvReader.read(write(List.of(kpi)).getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>(file.rows().get(0).fields());
        fields.putAll(cells);
        return parse(new CsvTable(file.header(), file.headerRow(), List.of(new CsvRow(file.headerRow() + 1,
                fields))));
    }

    /** The file for these KPIs, every column written, values exact. */
    public static String write(List<KpiDefinition> kpis) {
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        CsvWriter csv = new CsvWriter(header);
        for (KpiDefinition kpi : kpis) {
            csv.row(Arrays.asList(kpi.key(), kpi.title(), kpi.directorate(), kpi.unit().name(),
                    String.valueOf(kpi.decimals()), kpi.polarity().name(), kpi.frequency().name(), kpi.owner(),
                    String.join(";", kpi.updaters()), kpi.approver().orElse(""), kpi.level().name(),
                    kpi.control().name(), kpi.tolerance().map(t -> t.kind().name()).orElse(""),
                    kpi.tolerance().map(t -> t.amount().toPlainString()).orElse(""),
                    String.valueOf(kpi.compliance()), String.valueOf(kpi.isPublic()), kpi.priority(),
                    kpi.corporateHealth().map(Enum::name).orElse(""), kpi.definition(), kpi.rationale(),
                    kpi.calculation(), kpi.dataSource(), plain(kpi.plausibleRange().min()),
                    plain(kpi.plausibleRange().max()), plain(kpi.defaultBand().map(Band::lower)),
                    plain(kpi.defaultBand().map(Band::upper)), kpi.benchmarkIndicator().orElse(""), kpi.service(),
                    kpi.lifecycle().name(), String.join(" ", kpi.labels())));
        }
        return csv.toString();
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}
