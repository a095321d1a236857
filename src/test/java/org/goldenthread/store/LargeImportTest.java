package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 50,000 rows of history import in one job, and importing them again changes nothing (SYS-01). */
class LargeImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final int KPIS = 125;
    private static final int MONTHS = 400;

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void fiftyThousandMeasurementRowsImportInOneJob(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
            StringBuilder kpis = new StringBuilder("key,title,directorate,unit,decimals,polarity,frequency,owner\n");
            StringBuilder history = new StringBuilder("kpi,period,value\n");
            for (int k = 0; k < KPIS; k++) {
                kpis.append("BULK-").append(k).append(",Measure ").append(k)
                        .append(",Corporate,NUMBER,0,LOWER_IS_BETTER,MONTHLY,owner\n");
                for (int m = 0; m < MONTHS; m++) {
                    FinancialPeriod month = FinancialPeriod.of(Frequency.MONTHLY,
                            FinancialYear.startingIn(1990 + m / 12), m % 12 + 1);
                    history.append("BULK-").append(k).append(',').append(month.id()).append(',')
                            .append(k * 7 + m % 13).append('.').append(m % 10).append('\n');
                }
            }
            csv.importKpis("kpis.csv", CsvImportTest.bytes(kpis.toString()), "importer");

            ImportJob first = csv.importMeasurements("history.csv", CsvImportTest.bytes(history.toString()), "importer");
            ImportJob again = csv.importMeasurements("history.csv", CsvImportTest.bytes(history.toString()), "importer");

            assertThat(first.problems()).isEmpty();
            assertThat(first.totalRows()).isEqualTo(50_000);
            assertThat(first.createdRows()).isEqualTo(50_000);
            assertThat(again.unchangedRows()).isEqualTo(50_000);
            assertThat(again.createdRows()).isZero();
            assertThat(store.activeObjects().count(MeasurementEntity.class)).isEqualTo(50_000);
        }
    }
}
