package org.goldenthread.jira;

import java.util.List;

/**
 * What enabling Golden Thread on a project does, item by item, said before it is done: create what is missing, reuse
 * what is already there under the same name, stop at a conflict an administrator must resolve first, or leave to the
 * administrator what Jira does only through its own pages. Once carried out, the same plan says what was done.
 */
public record ProvisioningPlan(String projectKey, List<Item> items) {
    public enum Action { CREATE, REUSE, CONFLICT, BY_HAND }

    public enum Kind {
        PROJECT, SUB_TASKS, ISSUE_TYPE, STATUS, CUSTOM_FIELD, SCREEN, WORKFLOW, WORKFLOW_SCHEME, LINK_TYPE, PROJECT_ROLE
    }

    /**
     * One thing Golden Thread needs: its kind, its name, what happens to it and why, and for what an administrator
     * does by hand, the path of Jira's page for it (else null).
     */
    public record Item(Kind kind, String name, Action action, String detail, String path) {
        public Item(Kind kind, String name, Action action, String detail) {
            this(kind, name, action, detail, null);
        }
    }

    public ProvisioningPlan {
        items = List.copyOf(items);
    }

    /** True if nothing stands in the way: every item is created or reused. */
    public boolean canRun() {
        return items.stream().noneMatch(item -> item.action() == Action.CONFLICT);
    }

    /** The items that will be, or were, created. */
    public List<Item> created() {
        return items.stream().filter(item -> item.action() == Action.CREATE).toList();
    }
}
