package org.goldenthread.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import jakarta.inject.Inject;
import java.time.Clock;
import org.goldenthread.store.Repositories;

/** The store in Jira, over Jira's Active Objects: the one the REST resources are given. */
@JiraComponent
public class JiraRepositories extends Repositories {

    @Inject
    public JiraRepositories(@JiraImport ActiveObjects ao) {
        super(ao, Clock.systemDefaultZone());
    }
}
