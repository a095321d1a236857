package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CSV import and export on HSQLDB and PostgreSQL (SYS-01): all rows or none, the same file twice changes nothing,
 * export then import round-trips, and every kind of bad file fails with its own message and writes nothing.
 */
class CsvImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);

    static final String KPIS = """
            key,title,directorate,unit,decimals,polarity,frequency,owner,tolerance_type,tolerance,min,max,band_low,band_high,service,lifecycle
            WST-01,"Household waste recycled, reused or composted",Place,PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,head.waste,ABSOLUTE,2,0,100,,,Waste and recycling,ACTIVE
            HOU-07,Temporary accommodation occupancy,Housing,PERCENT,1,WITHIN_BAND,QUARTERLY,head.housing,,,0,100,85,92,Housing options,under review
            """;
    static final String TARGETS = """
            kpi,financial_year,value,period,band_low,band_high
            WST-01,2025/26,68.0,,,
            WST-01,2025/26,60.0,2025/26 Q3,,
            HOU-07,2025-26,,,86,91
            """;
    static final String MEASUREMENTS = """
            kpi,period,value,data_quality,commentary
            WST-01,2024/25 Q4,61.20,CONFIRMED,"Rounds missed in snow; catch-up in April"
            WST-01,2025/26 Q1,64.5,PROVISIONAL,
            HOU-07,2025-26-Q1,93.1,,
            """;

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void sys01AllThreeFilesImportAndASecondImportChangesNothing(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);

            assertThat(outcome(csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer"))).isEqualTo("SUCCEEDED 2/0/0");
            assertThat(outcome(csv.importTargets("targets.csv", bytes(TARGETS), "perf.officer")))
                    .isEqualTo("SUCCEEDED 2/0/0");
            assertThat(outcome(csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer")))
                    .isEqualTo("SUCCEEDED 3/0/0");
            int audited = store.activeObjects().count(AuditEventEntity.class);

            assertThat(outcome(csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer"))).isEqualTo("SUCCEEDED 0/0/2");
            assertThat(outcome(csv.importTargets("targets.csv", bytes(TARGETS), "perf.officer")))
                    .isEqualTo("SUCCEEDED 0/0/2");
            assertThat(outcome(csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer")))
                    .isEqualTo("SUCCEEDED 0/0/3");
            assertThat(store.activeObjects().count(AuditEventEntity.class)).isEqualTo(audited);
            assertThat(store.activeObjects().count(MeasurementEntity.class)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void sys01WhatIsExportedImportsUnchangedAndIsExact(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer");
            csv.importTargets("targets.csv", bytes(TARGETS), "perf.officer");
            csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer");
            CsvExport export = new CsvExport(store.activeObjects(), CLOCK);

            assertThat(outcome(csv.importKpis("export.csv", bytes(export.kpis()), "x"))).isEqualTo("SUCCEEDED 0/0/2");
            assertThat(outcome(csv.importTargets("export.csv", bytes(export.targets()), "x")))
                    .isEqualTo("SUCCEEDED 0/0/2");
            assertThat(outcome(csv.importMeasurements("export.csv", bytes(export.measurements()), "x")))
                    .isEqualTo("SUCCEEDED 0/0/3");
            assertThat(export.measurements())
                    .contains("WST-01,2024-25-Q4,61.20,CONFIRMED,\"Rounds missed in snow; catch-up in April\",,");
            assertThat(export.targets()).contains("WST-01,2025-26,68.0,,,,\r\nWST-01,2025-26,60.0,2025-26-Q3,,,");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void sys01AnEditedKpiIsUpdatedAndAChangedPastFigureIsRefused(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer");
            csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer");

            ImportJob edited = csv.importKpis("kpis.csv", bytes(KPIS.replace("head.waste", "new.head")), "lead");
            ImportJob restated = csv.importMeasurements("history.csv",
                    bytes(MEASUREMENTS.replace("64.5", "65.0") + "WST-01,2025/26 Q2,66.0,,\n"), "lead");

            assertThat(outcome(edited)).isEqualTo("SUCCEEDED 0/1/1");
            assertThat(outcome(restated)).isEqualTo("FAILED 0/0/0");
            assertThat(restated.problems()).containsExactly("row 3, column value ('65.0'): WST-01 2025/26 Q1 already "
                    + "has 64.5 (published): change it through its update or a restatement, not an import");
            assertThat(store.activeObjects().count(MeasurementEntity.class)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void cyc08ImportedFiguresCommentaryAndTargetReasonsAreAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer");
            csv.importTargets("targets.csv", bytes("kpi,financial_year,value,reason\n"
                    + "WST-01,2025/26,68.0,Council plan 2025-29 stretch\n"), "perf.officer");
            csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer");

            List<AuditEvent> events = new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 20);

            assertThat(events).filteredOn(event -> event.periodId().equals(Optional.of("2024-25-Q4")))
                    .extracting(AuditEvent::subject, event -> event.newValue().orElseThrow(), AuditEvent::userKey)
                    .containsExactlyInAnyOrder(tuple("value imported", "61.20", "perf.officer"),
                            tuple("data quality", "CONFIRMED", "perf.officer"),
                            tuple("commentary", "Rounds missed in snow; catch-up in April", "perf.officer"));
            assertThat(events).filteredOn(event -> event.subject().equals("target"))
                    .extracting(event -> event.newValue().orElseThrow())
                    .containsExactly("68.0: Council plan 2025-29 stretch");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void dot05AKpiWithFiguresKeepsItsFrequencyPolarityAndUnit(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer");
            csv.importMeasurements("history.csv", bytes(MEASUREMENTS), "perf.officer");
            String monthly = KPIS.replace("HIGHER_IS_BETTER,QUARTERLY", "LOWER_IS_BETTER,MONTHLY");

            ImportJob refused = csv.importKpis("kpis.csv", bytes(monthly), "perf.officer");
            ImportJob withoutFigures = csv.importKpis("kpis.csv", bytes(KPIS.replace("WST-01", "WST-02")
                    .replace("HIGHER_IS_BETTER,QUARTERLY", "LOWER_IS_BETTER,MONTHLY")), "perf.officer");

            assertThat(refused.problems()).containsExactly(
                    "row 2, column polarity ('LOWER_IS_BETTER'): cannot change from HIGHER_IS_BETTER while WST-01 "
                            + "has figures or targets: change it as a new definition version",
                    "row 2, column frequency ('MONTHLY'): cannot change from QUARTERLY while WST-01 "
                            + "has figures or targets: change it as a new definition version");
            assertThat(new AoKpiRepository(store.activeObjects(), CLOCK).find("WST-01").orElseThrow().definition()
                    .frequency().name()).isEqualTo("QUARTERLY");
            assertThat(outcome(withoutFigures)).isEqualTo("SUCCEEDED 1/0/1");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void sys01EachBadFileFailsWithItsOwnMessageAndWritesNothing(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActiveObjects ao = store.activeObjects();
            CsvImport csv = new CsvImport(ao, CLOCK);
            csv.importKpis("kpis.csv", bytes(KPIS), "perf.officer");
            int audited = ao.count(AuditEventEntity.class);

            assertThat(problem(csv.importMeasurements("a.csv", bytes("kpi,value\nWST-01,1\n"), "x")))
                    .isEqualTo("row 1, column period: is a required column, and the header lacks it");
            assertThat(problem(csv.importMeasurements("a.csv", bytes("kpi,period,value\nWST-09,2025/26 Q1,1\n"), "x")))
                    .isEqualTo("row 2, column kpi ('WST-09'): is not a KPI in Golden Thread: import the KPI "
                            + "definitions first");
            assertThat(problem(csv.importMeasurements("a.csv", bytes("kpi,period,value\nWST-01,2025/26 Q1,6l\n"),
                    "x"))).isEqualTo("row 2, column value ('6l'): must be a number written with digits and a decimal"
                            + " point, e.g. 61.2");
            assertThat(problem(csv.importMeasurements("a.csv",
                    bytes("kpi,period,value\nWST-01,2025/26 Q1,1\nWST-01,2025-26-Q1,2\n"), "x")))
                    .isEqualTo("row 3, column period ('2025/26 Q1'): appears again for WST-01: see row 2");
            assertThat(problem(csv.importMeasurements("a.csv", bytes("kpi,period,value\nWST-01,Q1 2025,1\n"), "x")))
                    .startsWith("row 2, column period ('Q1 2025'): is not a quarterly financial period");
            assertThat(problem(csv.importMeasurements("a.csv", bytes(""), "x")))
                    .isEqualTo("The file is empty: it needs a header row naming its columns.");
            assertThat(problem(csv.importMeasurements("a.csv", bytes("k".repeat(10 * 1024 * 1024)), "x")))
                    .startsWith("Row 1 is longer than 65536 characters");
            assertThat(problem(csv.importMeasurements("a.csv", new byte[] {'k', 'p', 'i', '\n', (byte) 0xC3}, "x")))
                    .startsWith("The file is not UTF-8 text");

            assertThat(ao.count(MeasurementEntity.class)).isZero();
            assertThat(ao.count(AuditEventEntity.class)).isEqualTo(audited);
            assertThat(ao.count(ImportJobEntity.class)).isEqualTo(9);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aJobCanBeReadBackWithItsStateAndReport(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            ImportJob failed = csv.importKpis("kpis.csv", bytes("key\n"), "perf.officer");

            ImportJob read = csv.job(failed.id()).orElseThrow();

            assertThat(read).isEqualTo(failed);
            assertThat(read.kind()).isEqualTo(ImportJob.Kind.KPIS);
            assertThat(read.fileName()).isEqualTo("kpis.csv");
            assertThat(read.problems()).hasSize(7);
            assertThat(read.finished()).contains(CLOCK.instant());
            assertThat(csv.job(failed.id() + 1)).isEmpty();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String outcome(ImportJob job) {
        return job.state() + " " + job.createdRows() + "/" + job.changedRows() + "/" + job.unchangedRows();
    }

    private static String problem(ImportJob job) {
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.problems()).hasSize(1);
        return job.problems().get(0);
    }
}
