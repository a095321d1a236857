package org.goldenthread.update;

/** The checks a step must pass, named so a refusal says which one failed. */
public enum Check {
    /** The update is in a state the step cannot be taken from. */
    STATE,
    /** The person does not play a part that takes the step. */
    PERMISSION,
    /** A figure is needed to submit. */
    VALUE,
    /** Commentary is needed (RAG-07, CYC-06), or a reason for returning or for no data. */
    COMMENTARY,
    /** A linked action plan is needed before sign-off (ACT-01). */
    ACTION_PLAN,
    /** The person who submitted cannot also verify or sign off. */
    SEPARATION_OF_DUTIES
}
