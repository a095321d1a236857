package org.goldenthread.contract;

import java.util.List;

/**
 * One KPI at one period, as a scorecard shows it. A KPI with nothing released for the period has a null value and
 * status, and its explanation says so. {@code version} is the period's update version as shown, for a step taken
 * from it (null where nothing is shown). {@code restated} is there for a figure restated since publication,
 * {@code override} for a status the performance team overrode. {@code steps} are the update steps the caller may take
 * on the period now ({@code submit}, {@code verify}, ...): none in a report as published, or in a closed period.
 */
public record ScorecardRowView(String key, String title, String directorate, String level, String priority,
                               String periodId, String period, String value, String display, String target,
                               String status, String statusLabel, String explanation, DirectionView direction,
                               String dataQuality, String commentary, String state, Integer version,
                               RestatementView restated, OverrideView override, List<String> steps) {
}
