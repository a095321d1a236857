package org.goldenthread.measure;

import java.util.List;

/** A name, code or title: kept in a database column of at most {@value #MAX} characters. */
public final class ShortText {
    public static final int MAX = 255;

    private ShortText() {
    }

    /** Adds a problem naming the field when the text, stripped, is longer than a short text column keeps. */
    public static void check(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.strip().length() > MAX) {
            problems.add(new FieldProblem(field, "must be at most " + MAX + " characters, but has "
                    + value.strip().length()));
        }
    }
}
