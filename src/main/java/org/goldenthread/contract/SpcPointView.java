package org.goldenthread.contract;

/**
 * One point of a KPI's SPC chart: its value, its partition's mean and process limits (null where there are none), and
 * what the rules made of it.
 */
public record SpcPointView(String periodId, String value, int partition, String mean, String upl, String lpl,
                           boolean ghosted, String ghostReason, String pointType, String rule) {
}
