package org.goldenthread.confluence;

import java.util.Optional;

/** Why KPI data could not be had: each problem becomes a clear inline message on the page, never an error page. */
public final class KpiSourceException extends Exception {
    public enum Problem {
        NOT_FOUND, NO_PERMISSION, UNREACHABLE, AUTHORISATION_NEEDED, INVALID
    }

    private final Problem problem;
    private final String authorisationUrl;

    public KpiSourceException(Problem problem, String message) {
        this(problem, message, null);
    }

    public KpiSourceException(Problem problem, String message, String authorisationUrl) {
        super(message);
        this.problem = problem;
        this.authorisationUrl = authorisationUrl;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<String> authorisationUrl() {
        return Optional.ofNullable(authorisationUrl);
    }
}
