package org.goldenthread.rest;

import org.goldenthread.measure.KpiDefinition;

/**
 * Who may see a period's figure in each update state (ARCHITECTURE.md section 4): a published figure, everyone who
 * may see the KPI; a signed-off one, council staff; before sign-off, only the KPI's owner, updaters and approver and
 * the performance team.
 */
final class FigureRelease {
    static final String PUBLISHED = "PUBLISHED";
    static final String SIGNED_OFF = "SIGNED_OFF";

    private FigureRelease() {
    }

    static boolean visible(Caller caller, KpiDefinition kpi, String updateState) {
        return switch (updateState) {
            case PUBLISHED -> true;
            case SIGNED_OFF -> caller.isStaff();
            default -> caller.isResponsibleFor(kpi);
        };
    }
}
