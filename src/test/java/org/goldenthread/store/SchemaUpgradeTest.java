package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import org.goldenthread.workbench.PluginDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database written by the previous model version (0.1.0's foundation: the audit table alone) opens under the
 * current model without losing a row, and the current model migrates onto itself without change.
 */
class SchemaUpgradeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final List<String> FOUNDATION = List.of(AuditEventEntity.class.getName());

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void thePreviousModelsRowsSurviveMigration(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind, FOUNDATION)) {
            for (int i = 0; i < 3; i++) {
                store.activeObjects().create(AuditEventEntity.class, new DBParam("KPI_KEY", "WST-01"),
                        new DBParam("SUBJECT", "value"), new DBParam("USER_KEY", "officer"),
                        new DBParam("OCCURRED", new Date(1_700_000_000_000L + i)), new DBParam("NEW_VALUE", "6" + i));
            }

            store.reopen(PluginDescriptor.fromClasspath().activeObjectsEntities());

            AuditTrail audit = new AoAuditTrail(store.activeObjects());
            assertThat(audit.page("WST-01", 0, 10)).extracting(event -> event.newValue().orElseThrow())
                    .containsExactly("62", "61", "60");
            assertThat(store.activeObjects().moduleMetaData().isTablePresent(KpiEntity.class)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void migratingTheCurrentModelAgainKeepsEverything(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            csv.importKpis("kpis.csv", CsvImportTest.bytes(CsvImportTest.KPIS), "officer");
            csv.importMeasurements("history.csv", CsvImportTest.bytes(CsvImportTest.MEASUREMENTS), "officer");

            store.reopen(PluginDescriptor.fromClasspath().activeObjectsEntities());

            assertThat(new AoKpiRepository(store.activeObjects(), CLOCK).all()).hasSize(2);
            assertThat(store.activeObjects().count(MeasurementEntity.class)).isEqualTo(3);
        }
    }
}
