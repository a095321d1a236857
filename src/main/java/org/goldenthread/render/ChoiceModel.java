package org.goldenthread.render;

/** One choice in a form, a checkbox or a radio button: its value, its label and whether it is chosen. */
public final class ChoiceModel {
    private final String value;
    private final String label;
    private final boolean chosen;

    public ChoiceModel(String value, String label, boolean chosen) {
        this.value = value;
        this.label = label;
        this.chosen = chosen;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isChosen() {
        return chosen;
    }
}
