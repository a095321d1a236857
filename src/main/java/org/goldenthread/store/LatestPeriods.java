package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;

/** Row and year keys, and each KPI's latest figure kept up to date as figures arrive. */
final class LatestPeriods {
    private LatestPeriods() {
    }

    /** {@code WST-01 2025-26-Q2}: neither a key nor a period id holds a space. */
    static String rowKey(String kpiKey, FinancialPeriod period) {
        return kpiKey + " " + period.id();
    }

    /** {@code WST-01 2025-26}. */
    static String yearKey(String kpiKey, FinancialYear year) {
        return kpiKey + " " + year.id();
    }

    /**
     * Moves the KPI's latest figure on to {@code period} if it is later, and marks its row as the latest figure. Ids of one frequency sort in period order
     * ({@code 2025-26-Q1} before {@code 2025-26-Q2}, {@code 2025-12} before {@code 2026-01}).
     */
    static void advance(ActiveObjects ao, String kpiKey, FinancialPeriod period) {
        for (KpiEntity kpi : ao.find(KpiEntity.class, "KPI_KEY = ?", kpiKey)) {
            String latest = kpi.getLatestRow();
            if (latest == null || latest.substring(kpiKey.length() + 1).compareTo(period.id()) < 0) {
                kpi.setLatestRow(rowKey(kpiKey, period));
                kpi.setLatestYear(yearKey(kpiKey, period.year()));
                kpi.save();
                if (latest != null) {
                    markLatest(ao, latest, false);
                }
                markLatest(ao, rowKey(kpiKey, period), true);
            }
        }
    }

    private static void markLatest(ActiveObjects ao, String rowKey, boolean latest) {
        for (MeasurementEntity row : ao.find(MeasurementEntity.class, "ROW_KEY = ?", rowKey)) {
            row.setLatestFigure(latest);
            row.save();
        }
    }
}
