package org.goldenthread.measure;

/** Where a KPI is in its life (KPI-33); a retired KPI keeps its history. */
public enum LifecycleState {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    ACTIVE("Active"),
    UNDER_REVIEW("Under review"),
    RETIRED("Retired");

    private final String label;

    LifecycleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
