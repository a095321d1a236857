package org.goldenthread.status;

/**
 * Why a KPI belongs in the exception report beyond its RAG status (RAG-09, CYC-12); good exceptions are reported too.
 */
public enum ExceptionTrigger {
    CONSECUTIVE_DECLINE("Declining", false),
    SHARP_DECLINE("Sharp decline", false),
    PERSISTENT_RED("Persistently off target", false),
    BACK_ON_TARGET("Back on target", true),
    SUSTAINED_IMPROVEMENT("Improving", true),
    SHARP_IMPROVEMENT("Sharp improvement", true);

    private final String label;
    private final boolean good;

    ExceptionTrigger(String label, boolean good) {
        this.label = label;
        this.good = good;
    }

    public String label() {
        return label;
    }

    /** A good exception: news to celebrate or learn from, not a concern. */
    public boolean isGood() {
        return good;
    }
}
