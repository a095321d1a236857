package org.goldenthread.store;

import java.util.Optional;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.KpiDefinition;

/**
 * Claims on the update issues of KPIs and periods, across the cluster: whoever claims a KPI and period first makes
 * its issue, and records the issue's id once it is made.
 */
public interface UpdateIssues {
    /** The claim key the issue carries too, so that a claim cut short can find the issue it may have made. */
    static String claimKey(KpiDefinition kpi, FinancialPeriod period) {
        return kpi.key() + " " + period.id();
    }

    /** What is known of a claim: the issue's id once it is made. */
    record Claim(String kpiKey, FinancialPeriod period, Optional<Long> issueId) {
    }

    /** Claims the KPI's update for the period; false if it was claimed already, by this node or another. */
    boolean claim(KpiDefinition kpi, FinancialPeriod period);

    Optional<Claim> find(KpiDefinition kpi, FinancialPeriod period);

    /** Records the issue made for a claim. */
    void made(KpiDefinition kpi, FinancialPeriod period, long issueId);

    /** The KPI key and period id of the update an issue was made for, if it was made for one. */
    record UpdateOf(String kpiKey, String periodId) {
    }

    Optional<UpdateOf> updateOf(long issueId);
}
