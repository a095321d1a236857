package org.goldenthread.contract;

import java.util.List;

/**
 * A KPI's whole definition, its edit {@code version} (sent back with a change), the target in force for its latest
 * period and that period's status. Decimals are exact strings.
 */
public record KpiDetail(String key, String title, String definition, String rationale, String calculation,
                        String dataSource, String directorate, String service, String priority, String level,
                        String unit, int decimals, String polarity, String frequency, String control,
                        boolean compliance, boolean isPublic, String corporateHealth, String toleranceType,
                        String tolerance, String min, String max, String benchmarkIndicator, String lifecycle,
                        int definitionVersion, String owner, List<String> updaters, String approver, int version,
                        String latestPeriodId, TargetView target, StatusView status, List<String> labels) {
}
