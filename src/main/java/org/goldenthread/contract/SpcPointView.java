package org.goldenthread.contract;

/**
 * One point of a KPI's SPC chart: its value, its partition's mean, process limits and 2σ and 1σ lines (null where
 * there are none), whether it is ghosted and why, and what the rules made of it.
 */
public record SpcPointView(String periodId, String value, int partition, String mean, String upl, String lpl,
                           String upperTwoSigma, String lowerTwoSigma, String upperOneSigma, String lowerOneSigma,
                           boolean ghosted, String ghostReason, String pointType, String rule) {
}
