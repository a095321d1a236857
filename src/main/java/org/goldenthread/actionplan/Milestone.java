package org.goldenthread.actionplan;

import java.time.LocalDate;
import java.util.Objects;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.ShortText;

/** A step of an action plan with the date it is due by, and whether it is done (ACT-02). */
public record Milestone(String title, LocalDate due, boolean done) {
    public Milestone {
        Objects.requireNonNull(due, "due");
        if (title == null || title.isBlank()) {
            throw InvalidFieldsException.of("Invalid milestone", "title", "is required");
        }
        if (title.strip().length() > ShortText.MAX) {
            throw InvalidFieldsException.of("Invalid milestone", "title",
                    "must be at most " + ShortText.MAX + " characters, but has " + title.strip().length());
        }
    }
}
