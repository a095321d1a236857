package org.goldenthread.store;

import java.util.Optional;

/** Which Jira issue shows which action plan. */
public interface PlanIssues {
    /** Records the issue made for the plan. */
    void made(int planId, long issueId);

    Optional<Long> issueOf(int planId);

    /** The plan an issue shows, if it shows one. */
    Optional<Integer> planOf(long issueId);
}
