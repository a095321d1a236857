package org.goldenthread.contract;

import java.util.List;

/**
 * A KPI's Making Data Count chart: the points, the latest partition's mean and limits, the variation and assurance
 * icons (codes, labels and letters, null when withheld) and why.
 */
public record SpcView(List<SpcPointView> points, String mean, String upl, String lpl, String variation,
                      String variationLabel, String variationLetter, String assurance, String assuranceLabel,
                      String assuranceLetter, boolean trialLimits, String explanation, String assuranceExplanation) {
}
