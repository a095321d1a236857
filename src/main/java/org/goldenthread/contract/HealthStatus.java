package org.goldenthread.contract;

/** The answer of {@code GET /health}: the app is up, and which version it is. */
public final class HealthStatus {
    private final String status;
    private final String version;

    private HealthStatus(String status, String version) {
        this.status = status;
        this.version = version;
    }

    public static HealthStatus ok(String version) {
        return new HealthStatus("ok", version);
    }

    public String getStatus() {
        return status;
    }

    public String getVersion() {
        return version;
    }
}
