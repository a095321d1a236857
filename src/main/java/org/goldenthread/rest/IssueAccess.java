package org.goldenthread.rest;

/**
 * Which of the host's issues a caller may see. In Jira a KPI with an issue is read only by those who may browse that
 * issue, issue security included; outside Jira every KPI has only Golden Thread's own checks.
 */
@FunctionalInterface
public interface IssueAccess {
    IssueAccess ALL = issueId -> true;

    boolean maySee(long issueId);
}
