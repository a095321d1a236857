package org.goldenthread.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import org.goldenthread.rest.BackgroundWork;

/**
 * Work that outlives its request in Jira, such as an import answered with 202: each runs on a thread of its own that
 * ends with it, so the app holds no pool to leak when it is disabled. An import's progress is in Active Objects, so
 * any node can answer for it.
 */
@JiraComponent
public class JiraBackgroundWork implements BackgroundWork {

    @Override
    public void run(Runnable work) {
        Thread thread = new Thread(work, "golden-thread-background");
        thread.setDaemon(true);
        thread.start();
    }
}
