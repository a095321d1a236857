package org.goldenthread.jira.workflow;

/** The screens the quarterly update's transitions show: the figure fields on submission, a comment for a reason. */
public enum TransitionScreen {
    FIGURE("figure"),
    REASON("reason");

    private final String placeholderName;

    TransitionScreen(String placeholderName) {
        this.placeholderName = placeholderName;
    }

    String placeholder() {
        return "@screen:" + placeholderName + "@";
    }
}
