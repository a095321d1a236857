package org.goldenthread.contract;

/** A new note on a KPI's trend graph: its kind, the period (id or label) and its reason or text. */
public record ChartNoteRequest(String kind, String period, String note) {
}
