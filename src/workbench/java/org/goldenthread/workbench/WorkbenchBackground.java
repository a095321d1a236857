package org.goldenthread.workbench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.goldenthread.rest.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One background thread for imports, stopped with the server after the work in hand is done. */
final class WorkbenchBackground implements BackgroundWork, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchBackground.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "golden-thread-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void run(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Background work failed", e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
