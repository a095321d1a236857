package org.goldenthread.measure;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more field rules; nothing was built from it. */
public class InvalidFieldsException extends IllegalArgumentException {
    private final transient List<FieldProblem> problems;

    public InvalidFieldsException(String subject, List<FieldProblem> problems) {
        super(subject + ": " + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidFieldsException of(String subject, String field, String rule) {
        return new InvalidFieldsException(subject, List.of(new FieldProblem(field, rule)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
