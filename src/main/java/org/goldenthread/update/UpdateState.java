package org.goldenthread.update;

/** Where a period's update is in the quarterly cycle (CYC-01). */
public enum UpdateState {
    AWAITING_DATA("Awaiting data"),
    SUBMITTED("Submitted"),
    VERIFIED("Verified"),
    SIGNED_OFF("Signed off"),
    PUBLISHED("Published"),
    NO_DATA("No data");

    private final String label;

    UpdateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
