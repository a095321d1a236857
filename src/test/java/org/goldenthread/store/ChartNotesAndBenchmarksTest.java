package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.goldenthread.benchmark.BenchmarkValue;
import org.goldenthread.measure.ChartAnnotation;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Unit;
import org.goldenthread.spc.Ghost;
import org.goldenthread.spc.Rebase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPC rebases, ghosted points, annotations (DOT-03) and benchmark figures (KPI-18) on HSQLDB and PostgreSQL. */
class ChartNotesAndBenchmarksTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).key("WST-01")
            .build();
    private static final FinancialPeriod Q3 = FinancialPeriod.parse("2024/25 Q3");

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void dot03NotesAreKeptByKindAndAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ChartNotes notes = new AoChartNotes(store.activeObjects(), CLOCK);
            notes.add(KPI, ChartNotes.Kind.REBASE, Q3, "New collection contract", "perf.officer");
            notes.add(KPI, ChartNotes.Kind.GHOST, FinancialPeriod.parse("2023/24 Q1"), "Keyed twice", "perf.officer");
            notes.add(KPI, ChartNotes.Kind.ANNOTATION, Q3, "Garden waste charge", "perf.officer");

            assertThat(notes.rebases(KPI)).containsExactly(new Rebase(Q3, "New collection contract"));
            assertThat(notes.ghosts(KPI)).containsExactly(new Ghost(FinancialPeriod.parse("2023/24 Q1"),
                    "Keyed twice"));
            assertThat(notes.annotations(KPI)).containsExactly(new ChartAnnotation(Q3, "Garden waste charge"));
            assertThatThrownBy(() -> notes.add(KPI, ChartNotes.Kind.REBASE, Q3, "Again", "perf.officer"))
                    .hasMessage("Invalid rebase for WST-01 at 2024/25 Q3: period already has one");
            assertThatThrownBy(() -> notes.add(KPI, ChartNotes.Kind.GHOST, FinancialPeriod.parse("Jul 2024"), "x",
                    "perf.officer")).hasMessage("Invalid ghost for WST-01 at Jul 2024: period must be QUARTERLY like "
                            + "the KPI");

            assertThatThrownBy(() -> notes.remove(KPI, ChartNotes.Kind.REBASE, Q3, " ", "perf.lead"))
                    .hasMessage("Cannot remove the rebase for WST-01 at 2024/25 Q3: reason is required");
            assertThat(notes.remove(KPI, ChartNotes.Kind.REBASE, Q3, "Contract start was delayed", "perf.lead"))
                    .isTrue();
            assertThat(notes.remove(KPI, ChartNotes.Kind.REBASE, Q3, "Again", "perf.lead")).isFalse();

            assertThat(notes.rebases(KPI)).isEmpty();
            assertThat(new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 1).get(0).newValue())
                    .hasValue("Removed: Contract start was delayed");
            assertThat(new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 10))
                    .extracting(AuditEvent::subject)
                    .containsExactly("rebase removed", "annotation", "ghost", "rebase");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void kpi18BenchmarksImportUpdateAndExportExactly(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            String file = """
                    indicator,period,authority,value,comparator_group,source
                    LGI-45,2023/24,Anytown,44.10,CIPFA nearest neighbours,LG Inform
                    LGI-45,2023-24,Otherby,51.2,CIPFA nearest neighbours,LG Inform
                    LGI-45,2011/12,Otherby,38,,
                    """;
            ImportJob ambiguous = csv.importBenchmarks("lginform.csv", CsvImportTest.bytes(
                    "indicator,period,authority,value\nLGI-45,2011-12,Otherby,38\n"), "perf.officer");
            assertThat(ambiguous.problems()).singleElement().asString()
                    .startsWith("row 2, column period ('2011-12'): ");

            ImportJob first = csv.importBenchmarks("lginform.csv", CsvImportTest.bytes(file), "perf.officer");
            ImportJob update = csv.importBenchmarks("lginform.csv",
                    CsvImportTest.bytes(file.replace("51.2", "52.0")), "perf.officer");
            String exported = new CsvExport(store.activeObjects(), CLOCK).benchmarks();
            ImportJob again = csv.importBenchmarks("export.csv", CsvImportTest.bytes(exported), "perf.officer");

            assertThat(first.createdRows()).isEqualTo(3);
            assertThat(update.changedRows()).isEqualTo(1);
            assertThat(update.unchangedRows()).isEqualTo(2);
            assertThat(again.unchangedRows()).isEqualTo(3);
            List<BenchmarkValue> values = new AoBenchmarkRepository(store.activeObjects()).values("LGI-45");
            assertThat(values).hasSize(3);
            assertThat(values.get(0).period().label()).isEqualTo("2011/12");
            assertThat(values.get(1)).isEqualTo(new BenchmarkValue("LGI-45", FinancialPeriod.parse("2023/24"),
                    "Anytown", Optional.of("CIPFA nearest neighbours"), new BigDecimal("44.10"),
                    Optional.of("LG Inform")));
            assertThat(values.get(2).value()).isEqualByComparingTo("52.0");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void kpi18AFigureWhoseNamesFillEveryColumnStillHasOneRow(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            String authority = "Anytown " + "a".repeat(247);
            String group = "Nearest " + "n".repeat(247);
            String file = "indicator,period,authority,value,comparator_group\nLGI-45,2023/24," + authority + ",44.1,"
                    + group + "\n";

            ImportJob first = csv.importBenchmarks("long.csv", CsvImportTest.bytes(file), "perf.officer");
            ImportJob again = csv.importBenchmarks("long.csv", CsvImportTest.bytes(file), "perf.officer");

            assertThat(first.createdRows()).as(first.problems().toString()).isEqualTo(1);
            assertThat(again.unchangedRows()).isEqualTo(1);
            assertThat(new AoBenchmarkRepository(store.activeObjects()).values("LGI-45")).singleElement()
                    .satisfies(value -> assertThat(value.comparatorGroup()).contains(group));
        }
    }
}
