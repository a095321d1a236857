package org.goldenthread.contract;

/**
 * One period of a KPI's series. {@code value} is exact and {@code display} rounded as shown; both are null where the
 * figure is not yet released to the caller (see {@code state}). {@code restated} is there for a published figure
 * since restated, {@code override} for a status the performance team overrode; both are null otherwise.
 */
public record MeasurementRow(String periodId, String period, String value, String display, String target,
                             String status, String explanation, DirectionView direction, String dataQuality,
                             String commentary, String state, int version,
                             RestatementView restated, OverrideView override) {
}
