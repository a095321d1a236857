package org.goldenthread.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.time.Clock;
import org.goldenthread.store.ActionPlanStore;
import org.goldenthread.store.Repositories;

/**
 * The store in Jira, over Jira's Active Objects: the one the REST resources are given. Its action plans are each
 * shown as an Action Plan issue too.
 */
@JiraComponent
public class JiraRepositories extends Repositories {
    private final ActionPlanIssueMaker planIssueMaker;

    @Inject
    public JiraRepositories(@JiraImport ActiveObjects ao, ActionPlanIssueMaker planIssueMaker) {
        super(ao, Clock.systemDefaultZone());
        this.planIssueMaker = planIssueMaker;
    }

    @Override
    public ActionPlanStore actionPlans() {
        return new IssueLinkedActionPlans(super.actionPlans(), kpis(), planIssues(), planIssueMaker);
    }
}
