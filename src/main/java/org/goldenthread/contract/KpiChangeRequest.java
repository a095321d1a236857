package org.goldenthread.contract;

import java.util.Map;

/**
 * A change to a KPI's definition: the cells to change, named as in the KPI definitions file ({@code title},
 * {@code calculation}, {@code polarity}, ...), why, and the {@code version} of the KPI that was changed.
 */
public record KpiChangeRequest(Integer version, String reason, Map<String, String> fields) {
}
