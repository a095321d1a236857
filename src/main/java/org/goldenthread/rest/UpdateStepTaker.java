package org.goldenthread.rest;

import org.goldenthread.contract.MeasurementRow;
import org.goldenthread.contract.StepRequestBody;

/**
 * Takes a step of a period's update for a caller, made to {@code version} of it, and answers the period's row: in the
 * store itself, or, where the host has a workflow of its own, as Jira has, through that workflow, so both apply the
 * same rules. A refusal is an {@link ApiException} naming the check.
 */
public interface UpdateStepTaker {
    MeasurementRow take(Caller caller, String key, String periodId, StepRequestBody body, int version);
}
