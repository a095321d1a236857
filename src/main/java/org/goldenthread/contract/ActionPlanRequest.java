package org.goldenthread.contract;

import java.util.List;

/**
 * A new action plan for a KPI: {@code due} and each milestone's due date are ISO dates ({@code 2027-03-31}),
 * {@code progress} a whole percentage.
 */
public record ActionPlanRequest(String kpi, String title, String description, String owner, String due,
                                Integer progress, List<MilestoneView> milestones) {
}
