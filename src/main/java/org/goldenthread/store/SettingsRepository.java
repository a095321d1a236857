package org.goldenthread.store;

/** The council's settings; every change is audited and made against the version the administrator saw. */
public interface SettingsRepository {
    /** The audit trail's key for changes to the settings, which no KPI key can be. */
    String AUDIT_KEY = "(settings)";

    /** The settings in force, at version 0 while they are still the standard ones. */
    StoredSettings current();

    /** Saves the settings made to {@code editVersion}, or refuses them with a {@link ConflictException}. */
    StoredSettings change(CouncilSettings settings, int editVersion, String userKey);
}
