package org.goldenthread.status;

import java.util.Locale;

/**
 * A KPI's status for a period. Green, amber, red, met and not met are judgements against target (RAG-04); the rest say
 * why there is no judgement (RAG-05, TGT-08) and never count as red or green.
 */
public enum Status {
    GREEN("Green", true),
    AMBER("Amber", true),
    RED("Red", true),
    MET("Met", true),
    NOT_MET("Not met", true),
    NO_TARGET("No target", false),
    CONTEXT("Context measure", false),
    NOT_DUE("Not yet due", false),
    MISSING("Missing", false),
    SUSPENDED("Not rated", false);

    private final String label;
    private final boolean judgement;

    Status(String label, boolean judgement) {
        this.label = label;
        this.judgement = judgement;
    }

    /** The words shown with the colour and shape, so status is never colour alone. */
    public String label() {
        return label;
    }

    /** The status as it reads after "the status is": "red", or "‘No target’" for a status that is not a judgement. */
    public String inSentence() {
        return judgement ? label.toLowerCase(Locale.ROOT) : "‘" + label + "’";
    }

    public boolean isJudgement() {
        return judgement;
    }

    /** Green or met. */
    public boolean isOnTarget() {
        return this == GREEN || this == MET;
    }

    /** Red or not met: worse than target beyond any tolerance. */
    public boolean isOffTarget() {
        return this == RED || this == NOT_MET;
    }
}
