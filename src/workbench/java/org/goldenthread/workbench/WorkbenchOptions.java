package org.goldenthread.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where the workbench listens and keeps its data: from {@code --port}/{@code --data}, else GT_PORT/GT_DATA; whether
 * it loads the sample council into an empty store ({@code --no-sample} leaves it empty); and the clock it runs by.
 */
public final class WorkbenchOptions {
    public static final String HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_DATA = "data";
    static final String USAGE = "usage: workbench [--port N] [--data DIR] [--no-sample]"
            + "   (or GT_PORT, GT_DATA; defaults 8080 and ./data)";

    private final int port;
    private final Path dataDirectory;
    private final boolean sampleCouncil;
    private final Clock clock;

    /** Options for a workbench that starts with an empty store and the system clock. */
    public WorkbenchOptions(int port, Path dataDirectory) {
        this(port, dataDirectory, false, Clock.systemDefaultZone());
    }

    private WorkbenchOptions(int port, Path dataDirectory, boolean sampleCouncil, Clock clock) {
        this.port = port;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.sampleCouncil = sampleCouncil;
        this.clock = clock;
    }

    /** The same options, loading the sample council into an empty store, with "today" taken from the clock. */
    public WorkbenchOptions withSampleCouncil(Clock clock) {
        return new WorkbenchOptions(port, dataDirectory, true, clock);
    }

    /** The same options, the workbench running by the clock. */
    public WorkbenchOptions withClock(Clock clock) {
        return new WorkbenchOptions(port, dataDirectory, sampleCouncil, clock);
    }

    public static WorkbenchOptions parse(String[] args, Map<String, String> environment) {
        String port = environment.get("GT_PORT");
        String data = environment.get("GT_DATA");
        boolean sample = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = valueAfter(args, i++);
                case "--data" -> data = valueAfter(args, i++);
                case "--no-sample" -> sample = false;
                default -> throw new WorkbenchException("unknown option '" + args[i] + "'; " + USAGE);
            }
        }
        return new WorkbenchOptions(port == null ? DEFAULT_PORT : parsePort(port),
                Path.of(data == null || data.isBlank() ? DEFAULT_DATA : data), sample, Clock.systemDefaultZone());
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public boolean sampleCouncil() {
        return sampleCouncil;
    }

    public Clock clock() {
        return clock;
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new WorkbenchException(args[i] + " needs a value; " + USAGE);
        }
        return args[i + 1];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new WorkbenchException("port must be a whole number from 0 to 65535, not '" + text + "'");
    }
}
