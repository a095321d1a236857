package org.goldenthread.measure;

/** Text that is not a financial period; the message quotes it and shows the forms that are. */
public class PeriodFormatException extends IllegalArgumentException {
    private final String input;

    PeriodFormatException(String input, String message) {
        super(message);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
