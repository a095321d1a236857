package org.goldenthread.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.measure.FieldProblem;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.ShortText;

/**
 * What a service will do about an under-performing KPI (ACT-01, ACT-02): a title, the officer who owns it, the date it
 * is due by, how far it has got (0 to 100%), and its milestones.
 */
public record ActionPlan(String kpiKey, String title, String description, String owner, LocalDate due, int progress,
                         List<Milestone> milestones) {
    public ActionPlan {
        description = description == null ? "" : description.strip();
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        List<FieldProblem> problems = new ArrayList<>();
        if (kpiKey == null || kpiKey.isBlank()) {
            problems.add(new FieldProblem("kpi", "is required"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        }
        if (owner == null || owner.isBlank()) {
            problems.add(new FieldProblem("owner", "is required"));
        }
        ShortText.check(problems, "title", title);
        ShortText.check(problems, "owner", owner);
        if (due == null) {
            problems.add(new FieldProblem("due", "is required"));
        }
        if (progress < 0 || progress > 100) {
            problems.add(new FieldProblem("progress", "must be from 0 to 100%, but is " + progress + "%"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException("Invalid action plan" + (title == null ? "" : " '" + title + "'"),
                    problems);
        }
    }
}
