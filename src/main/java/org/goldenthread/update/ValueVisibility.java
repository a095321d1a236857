package org.goldenthread.update;

import java.util.Set;

/**
 * Who may see a period's figure in each state (ARCHITECTURE.md section 4): a published figure, everyone who may see
 * the KPI; a signed-off one, council staff; before that, only the people with a part in the update.
 */
public final class ValueVisibility {
    private ValueVisibility() {
    }

    public static boolean visible(UpdateState state, Set<Part> parts, boolean staff) {
        return switch (state) {
            case PUBLISHED -> true;
            case SIGNED_OFF -> staff;
            case AWAITING_DATA, SUBMITTED, VERIFIED, NO_DATA -> !parts.isEmpty();
        };
    }
}
