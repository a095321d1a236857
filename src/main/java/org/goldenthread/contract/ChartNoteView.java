package org.goldenthread.contract;

/**
 * A note on a KPI's trend graph: {@code kind} is {@code rebase} (SPC starts a new partition there, with its reason),
 * {@code ghost} (the point is left out of the SPC calculation, with its reason) or {@code annotation}.
 */
public record ChartNoteView(String kind, String periodId, String period, String note) {
}
