package org.goldenthread.contract;

import java.util.List;

/**
 * One KPI in a list: enough to find it and tell what kind of measure it is ({@code isPublic} is sent as
 * {@code public}), and the council's labels for it.
 */
public record KpiSummary(String key, String title, String directorate, String level, String unit, String polarity,
                         String frequency, String owner, boolean isPublic, List<String> labels) {
}
