package org.goldenthread.measure;

/** The corporate health report a KPI belongs to, if any (KPI-11). */
public enum CorporateHealthCategory {
    RESIDENTS("Residents"),
    GOVERNANCE("Governance"),
    FINANCE("Finance"),
    STAFF("Staff"),
    PROCUREMENT("Procurement and contract management"),
    SAFETY("Safety and security");

    private final String label;

    CorporateHealthCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
