package org.goldenthread.contract;

import java.util.List;

/**
 * What a KPI tile shows: the scorecard row, the SPC icons with their letters, a sparkline of recent released figures,
 * and the "why": rationale, owner, and the data quality when it is not confirmed.
 */
public record TileView(ScorecardRowView kpi, String unit, String variation, String variationLabel,
                       String variationLetter, String assurance, String assuranceLabel, String assuranceLetter,
                       List<SparkPoint> sparkline, String rationale, String owner, boolean provisional) {

    /** One figure of the sparkline. */
    public record SparkPoint(String periodId, String value) {
    }
}
