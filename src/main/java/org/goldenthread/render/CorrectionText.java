package org.goldenthread.render;

import org.goldenthread.contract.OverrideView;
import org.goldenthread.contract.ScorecardRowView;

/** The words a page shows for an overridden status and a restated figure, so neither is shown by colour alone. */
final class CorrectionText {
    private CorrectionText() {
    }

    /** "overridden from Red: the depot fire", or empty for a status worked out as it stands. */
    static String overriddenFrom(ScorecardRowView row) {
        OverrideView override = row.override();
        return override == null ? "" : "overridden from " + override.computedLabel() + ": " + override.reason();
    }

    /** "Restated on 3 November 2025: now 63.0%", or empty for a figure never restated. */
    static String restated(ScorecardRowView row) {
        return row.restated() == null ? "" : row.restated().note();
    }
}
