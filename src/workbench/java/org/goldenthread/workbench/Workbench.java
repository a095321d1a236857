package org.goldenthread.workbench;

/**
 * Runs the app without Jira or Confluence: {@code mvn -q compile exec:java}. Options {@code --port} and
 * {@code --data}, or the environment variables GT_PORT and GT_DATA.
 */
public final class Workbench {

    private Workbench() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        WorkbenchServer server;
        try {
            server = WorkbenchServer.start(WorkbenchOptions.parse(args, System.getenv()));
        } catch (WorkbenchException e) {
            System.err.println("workbench: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "workbench-shutdown"));
        System.out.println("Golden Thread workbench running at " + server.baseUri()
                + " with data in " + server.dataDirectory() + " (Ctrl-C stops it)");
        server.join();
    }
}
