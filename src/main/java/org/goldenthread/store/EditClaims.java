package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lets the database judge a stale edit. Reading the version before writing leaves a gap in which two people can both
 * save over the same version; claiming the new version in a unique row closes it, as the database lets only one
 * claim commit and makes the other wait for it and then fail.
 */
final class EditClaims {
    /** The SQL state class of integrity constraint violations, unique keys among them, on every database. */
    private static final String INTEGRITY_VIOLATION = "23";

    private final ActiveObjects ao;

    EditClaims(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Claims {@code version} of the record inside the caller's transaction, or throws the conflict. */
    void claim(String record, int version, Supplier<ConflictException> conflict) {
        try {
            ao.create(EditClaimEntity.class, Map.of("CLAIM_KEY", record + " #" + version));
        } catch (RuntimeException e) {
            if (isIntegrityViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    private static boolean isIntegrityViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
