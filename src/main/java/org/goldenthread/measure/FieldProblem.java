package org.goldenthread.measure;

import java.util.Objects;

/** One broken rule on one named field, written so it reads as a sentence: "owner is required". */
public record FieldProblem(String field, String rule) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return field + " " + rule;
    }
}
