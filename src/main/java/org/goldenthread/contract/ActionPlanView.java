package org.goldenthread.contract;

import java.util.List;

/**
 * An action plan for an under-performing KPI (ACT-01): {@code status} is {@code COMPLETE}, {@code OVERDUE} or
 * {@code ON_TRACK}; {@code version} is sent back with a change.
 */
public record ActionPlanView(int id, String title, String kpi, String owner, String status, String due, int progress,
                             String description, List<MilestoneView> milestones, int version) {
}
