package org.goldenthread.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.status.RatingRequest;
import org.goldenthread.status.StatusRules;

/**
 * A council's worth of data for the scorecard: quarterly KPIs with 40 quarters of history from 2015/16, targets for
 * the last three years, and the status recorded for each KPI's latest quarter.
 */
final class ScorecardFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    static final int QUARTERS = 40;
    static final FinancialPeriod LATEST = FinancialPeriod.of(Frequency.QUARTERLY, FinancialYear.startingIn(2024), 4);

    private ScorecardFixture() {
    }

    static void load(StoreDatabase store, int kpiCount) {
        CsvImport csv = new CsvImport(store.activeObjects(), CLOCK);
        StringBuilder kpis = new StringBuilder("key,title,directorate,unit,decimals,polarity,frequency,owner\n");
        StringBuilder targets = new StringBuilder("kpi,financial_year,value\n");
        StringBuilder history = new StringBuilder("kpi,period,value\n");
        for (int k = 0; k < kpiCount; k++) {
            String key = key(k);
            kpis.append(key).append(",Measure ").append(k).append(",Directorate ").append(k % 7)
                    .append(",PERCENT,1,HIGHER_IS_BETTER,QUARTERLY,owner.").append(k % 50).append('\n');
            for (int year = 2022; year < 2025; year++) {
                targets.append(key).append(',').append(FinancialYear.startingIn(year).id()).append(',')
                        .append(60 + k % 20).append(".0\n");
            }
            for (int q = 0; q < QUARTERS; q++) {
                FinancialPeriod quarter = FinancialPeriod.of(Frequency.QUARTERLY,
                        FinancialYear.startingIn(2015 + q / 4), q % 4 + 1);
                history.append(key).append(',').append(quarter.id()).append(',')
                        .append(55 + (k + q) % 30).append('.').append(q % 10).append('\n');
            }
        }
        require(csv.importKpis("kpis.csv", CsvImportTest.bytes(kpis.toString()), "loader"));
        require(csv.importTargets("targets.csv", CsvImportTest.bytes(targets.toString()), "loader"));
        require(csv.importMeasurements("history.csv", CsvImportTest.bytes(history.toString()), "loader"));

        AoKpiRepository kpiRepository = new AoKpiRepository(store.activeObjects(), CLOCK);
        AoTargetRepository targetRepository = new AoTargetRepository(store.activeObjects(), CLOCK);
        AoMeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
        StatusRules rules = new StatusRules(RatingPolicy.STANDARD);
        store.activeObjects().executeInTransaction(() -> {
            for (StoredKpi stored : kpiRepository.all()) {
                KpiDefinition kpi = stored.definition();
                RatingRequest request = RatingRequest.of(targetRepository.schedule(kpi), LATEST,
                        figures.find(kpi, LATEST).flatMap(StoredMeasurement::measurement), LocalDate.of(2025, 6, 1));
                figures.recordStatus(kpi, LATEST, rules.assess(request));
            }
            return null;
        });
    }

    static String key(int k) {
        return "KPI-" + k;
    }

    private static void require(ImportJob job) {
        if (job.state() != ImportJob.State.SUCCEEDED) {
            throw new IllegalStateException("the fixture did not import: " + job.problems());
        }
    }
}
