package org.goldenthread.contract;

import java.util.List;
import java.util.Map;

/** The scorecard for a period ({@code latest}: each KPI's latest published one): rows, and how many per status. */
public record ScorecardView(String period, List<ScorecardRowView> rows, Map<String, Integer> counts) {
}
